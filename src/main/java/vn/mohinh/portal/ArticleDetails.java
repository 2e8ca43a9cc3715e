package vn.mohinh.portal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An article as the editor pages show it: its content (the body sanitised), where it is in its
 * workflow, its links by name, and what the signed-in user may do with it.
 */
record ArticleDetails(long id, String slug, String title, String summary, String bodyHtml, String author,
		String categoryCode, List<String> tags, List<Link> models, List<Link> localities, List<Link> exemplars,
		boolean hasCover, String coverAlt, ArticleStatus status, boolean featured, LocalDateTime publishedAt,
		boolean scheduled, String publisherName, String returnedReason, String withdrawnReason, LocalDateTime updatedAt,
		long version, boolean canEdit, boolean canSubmit, boolean canApprove, boolean canWithdraw) {

	/** A linked model, commune or exemplar: its key (id or code) and its name. */
	record Link(String key, String name) {
	}

}
