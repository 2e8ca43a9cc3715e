package vn.mohinh.document;

/** Someone saved the document after the user opened it; the user's edit is refused, not merged. */
class StaleDocumentException extends RuntimeException {

	private final long documentId;

	StaleDocumentException(long documentId) {
		super("document " + documentId + " changed meanwhile");
		this.documentId = documentId;
	}

	long documentId() {
		return documentId;
	}

}
