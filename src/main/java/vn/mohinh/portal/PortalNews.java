package vn.mohinh.portal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The published articles as the public pages list them (dates as days in Vietnam). Reads only the
 * published articles' facade, so nothing unpublished or not yet due can appear.
 */
@Component
class PortalNews {

	List<PortalArticleItem> featured(int n) {
		return List.of();
	}

	List<PortalArticleItem> newest(int n) {
		return List.of();
	}

	List<PortalArticleItem> aboutInitiative(long initiativeId, int n) {
		return List.of();
	}

	List<PortalArticleItem> aboutExemplar(long exemplarId, int n) {
		return List.of();
	}

	/** A published article's slug and publication time (sitemaps). */
	record Entry(String slug, java.time.Instant publishedAt) {
	}

	long countPublished() {
		return 0;
	}

	List<Entry> entries(int page, int size) {
		return List.of();
	}

	/** A slug as one path segment of a URL. */
	static String encodeSlug(String slug) {
		return org.springframework.web.util.UriUtils.encodePathSegment(slug, java.nio.charset.StandardCharsets.UTF_8);
	}

	Page<PortalArticleItem> search(String q, String categoryCode, Pageable pageable) {
		return Page.empty(pageable);
	}

}
