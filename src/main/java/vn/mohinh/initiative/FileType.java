package vn.mohinh.initiative;

import org.springframework.http.MediaType;

/** The file types a model may carry (a copy of the document module's, until both move to shared), recognised from their content, never from name or declared type. */
enum FileType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	// The OLE2 container of Word 97-2003 (also used by old Excel); enough to refuse everything else.
	DOC("application/msword", "doc"),
	JPEG("image/jpeg", "jpg"),
	PNG("image/png", "png");

	private final String mediaType;
	private final String extension;

	FileType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	MediaType mediaType() {
		return MediaType.parseMediaType(mediaType);
	}

	String extension() {
		return extension;
	}

}
