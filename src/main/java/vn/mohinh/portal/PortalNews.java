package vn.mohinh.portal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import vn.mohinh.portal.PublishedArticles.ArticleSummary;

/**
 * The published articles as the public pages list them (dates as days in Vietnam). Reads only
 * {@link PublishedArticles} (published and due), plus one indexed query of slugs for the sitemaps.
 */
@Component
class PortalNews {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final PublishedArticles articles;
	private final JdbcClient jdbc;

	PortalNews(PublishedArticles articles, JdbcClient jdbc) {
		this.articles = articles;
		this.jdbc = jdbc;
	}

	/** A published article's slug and publication time (sitemaps, feed). */
	record Entry(String slug, Instant publishedAt) {
	}

	List<PortalArticleItem> featured(int n) {
		return articles.featured(n).stream().map(PortalNews::item).toList();
	}

	List<PortalArticleItem> newest(int n) {
		return articles.newest(n).stream().map(PortalNews::item).toList();
	}

	List<PortalArticleItem> related(long articleId, int n) {
		return articles.related(articleId, n).stream().map(PortalNews::item).toList();
	}

	List<PortalArticleItem> aboutInitiative(long initiativeId, int n) {
		return articles.aboutInitiative(initiativeId, n).stream().map(PortalNews::item).toList();
	}

	List<PortalArticleItem> aboutExemplar(long exemplarId, int n) {
		return articles.aboutExemplar(exemplarId, n).stream().map(PortalNews::item).toList();
	}

	Page<PortalArticleItem> search(String q, String categoryCode, Pageable pageable) {
		return articles.search(q, categoryCode, pageable).map(PortalNews::item);
	}

	/** The same rule as {@link PublishedArticles}: published, and its time has come (index ix_article_public). */
	long countPublished() {
		return jdbc.sql("select count(*) from article where status = 'PUBLISHED' and published_at <= ?")
			.param(Timestamp.from(Instant.now())).query(Long.class).single();
	}

	List<Entry> entries(int page, int size) {
		return jdbc.sql("""
				select slug, published_at from article where status = 'PUBLISHED' and published_at <= :now
				order by published_at, id offset :skip rows fetch first :size rows only""")
			.param("now", Timestamp.from(Instant.now())).param("skip", (long) Math.max(page, 0) * size).param("size", size)
			.query((rs, n) -> new Entry(rs.getString(1), rs.getTimestamp(2).toInstant())).list();
	}

	/** A slug as one path segment of a URL. */
	static String encodeSlug(String slug) {
		return UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
	}

	static LocalDate day(Instant instant) {
		return instant == null ? null : instant.atZone(VIETNAM).toLocalDate();
	}

	static PortalArticleItem item(ArticleSummary a) {
		return new PortalArticleItem(a.id(), a.slug(), a.title(), a.summary(), day(a.publishedAt()), a.categoryCode(),
				a.coverHash() != null, a.coverAlt());
	}

}
