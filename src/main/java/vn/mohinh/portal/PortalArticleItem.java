package vn.mohinh.portal;

import java.time.LocalDate;

/** An article as a public list shows it: the day of publication in Vietnam, not an instant. */
record PortalArticleItem(long id, String slug, String title, String summary, LocalDate publishedOn, String categoryCode,
		boolean hasCover, String coverAlt) {
}
