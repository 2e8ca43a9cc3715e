package vn.mohinh.portal;

import java.time.LocalDateTime;

/** A line of the editor's list of articles. */
record ArticleRow(long id, String title, String categoryCode, ArticleStatus status, boolean featured,
		LocalDateTime publishedAt, boolean scheduled, LocalDateTime updatedAt) {
}
