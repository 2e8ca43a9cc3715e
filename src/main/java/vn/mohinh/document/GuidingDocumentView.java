package vn.mohinh.document;

import java.time.LocalDate;

/**
 * What other modules see of a guiding document. {@code localityId} is {@code null} for a national
 * document; {@code localityName} is the address as it was written when the document was registered.
 */
public record GuidingDocumentView(long id, DocumentKind kind, String number, LocalDate issuedOn, int year,
		String issuer, String title, Long localityId, String localityName, boolean withdrawn) {

	public boolean national() {
		return localityId == null;
	}

}
