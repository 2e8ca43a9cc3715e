package vn.mohinh.document;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A document as its pages and the API show it: the public view plus what only this module shows. */
record DocumentCard(GuidingDocumentView document, String summary, Attachment attachment, long version,
		boolean canEdit, Instant withdrawnAt, Instant updatedAt) {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static DocumentCard of(GuidingDocument document, boolean canEdit) {
		return new DocumentCard(document.view(), document.summary(), document.attachment(), document.version(), canEdit,
				document.withdrawnAt(), document.updatedAt());
	}

	public long id() {
		return document.id();
	}

	/** When it was withdrawn, on Vietnam's clock. */
	public LocalDateTime withdrawnLocal() {
		return withdrawnAt == null ? null : LocalDateTime.ofInstant(withdrawnAt, VIETNAM);
	}

	public LocalDateTime updatedLocal() {
		return updatedAt == null ? null : LocalDateTime.ofInstant(updatedAt, VIETNAM);
	}

	/** The summary's paragraphs, as the user typed them. */
	public List<String> summaryLines() {
		return summary == null ? List.of() : summary.lines().filter(l -> !l.isBlank()).toList();
	}

	public boolean hasFile() {
		return attachment != null && attachment.sha256() != null;
	}

}
