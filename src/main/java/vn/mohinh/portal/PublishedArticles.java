package vn.mohinh.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.text.VietnameseText;

/**
 * What the public pages may read of articles: published ones whose time has come, nothing else,
 * without any scope (the public is national). Bodies are sanitised again on the way out.
 */
@Service
@Transactional(readOnly = true)
public class PublishedArticles {

	/** The most one list answers. */
	public static final int MAX_LIMIT = 100;

	private static final Sort NEWEST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

	/** An article in a list: a card on the home page, a search result, a related item. */
	public record ArticleSummary(long id, String slug, String title, String summary, String categoryCode,
			Instant publishedAt, boolean featured, String coverHash, String coverAlt) {
	}

	/** An article's page: its summary, sanitised body, byline, tags and links. */
	public record ArticleView(ArticleSummary summary, String bodyHtml, String author, List<String> tags,
			List<Long> initiativeIds, List<String> localityCodes, List<Long> exemplarIds) {

		public ArticleView {
			tags = List.copyOf(tags);
			initiativeIds = List.copyOf(initiativeIds);
			localityCodes = List.copyOf(localityCodes);
			exemplarIds = List.copyOf(exemplarIds);
		}

	}

	/** A published article's cover photo: the file store's hash, its media type and the alternative text. */
	public record StoredCover(String hash, String contentType, String alt) {

		/** The sniffed type the cover was stored with (a cover is always a JPEG, PNG or WebP). */
		public vn.mohinh.shared.files.FileType fileType() {
			return vn.mohinh.shared.files.FileType.ofMediaType(contentType).orElse(vn.mohinh.shared.files.FileType.JPEG);
		}

	}

	private final Articles articles;
	private final ArticleCategories categories;
	private final Clock clock;

	PublishedArticles(Articles articles, ArticleCategories categories, ObjectProvider<Clock> clock) {
		this.articles = articles;
		this.categories = categories;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Newest first; words match title, summary and tags ignoring accents and case. */
	public Page<ArticleSummary> search(String words, String categoryCode, Pageable pageable) {
		return search(words, categoryCode, pageable, clock.instant());
	}

	Page<ArticleSummary> search(String words, String categoryCode, Pageable pageable, Instant now) {
		Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), MAX_LIMIT), NEWEST);
		Specification<Article> spec = visibleAt(now);
		if (categoryCode != null && !categoryCode.isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("categoryCode"), categoryCode.strip()));
		}
		spec = spec.and(matching(words));
		return articles.findAll(spec, page).map(PublishedArticles::summary);
	}

	public Optional<ArticleView> bySlug(String slug) {
		return bySlug(slug, clock.instant());
	}

	Optional<ArticleView> bySlug(String slug, Instant now) {
		if (slug == null) {
			return Optional.empty();
		}
		return articles.findBySlug(slug).filter(a -> a.publicAt(now)).map(PublishedArticles::view);
	}

	public List<ArticleSummary> featured(int limit) {
		return featured(limit, clock.instant());
	}

	List<ArticleSummary> featured(int limit, Instant now) {
		Specification<Article> spec = visibleAt(now).and((root, q, cb) -> cb.isTrue(root.get("featured")));
		return articles.findAll(spec, PageRequest.of(0, clamp(limit), NEWEST)).map(PublishedArticles::summary).getContent();
	}

	public List<ArticleSummary> newest(int limit) {
		return newest(limit, clock.instant());
	}

	List<ArticleSummary> newest(int limit, Instant now) {
		return articles.findAll(visibleAt(now), PageRequest.of(0, clamp(limit), NEWEST)).map(PublishedArticles::summary)
			.getContent();
	}

	/** Articles about the same models first, then about the same communes, then of the same category. */
	public List<ArticleSummary> related(long articleId, int limit) {
		return related(articleId, limit, clock.instant());
	}

	List<ArticleSummary> related(long articleId, int limit, Instant now) {
		Optional<Article> found = articles.findById(articleId).filter(a -> a.publicAt(now));
		if (found.isEmpty()) {
			return List.of();
		}
		Article article = found.get();
		int max = clamp(limit);
		Map<Long, ArticleSummary> out = new LinkedHashMap<>();
		if (!article.modelIds().isEmpty()) {
			add(out, articles.publishedAboutModels(article.modelIds(), articleId, now, PageRequest.of(0, max)), max);
		}
		if (out.size() < max && !article.localityCodes().isEmpty()) {
			add(out, articles.publishedAboutLocalities(article.localityCodes(), articleId, now, PageRequest.of(0, max + out.size())), max);
		}
		if (out.size() < max) {
			Specification<Article> sameCategory = visibleAt(now)
				.and((root, q, cb) -> cb.and(cb.equal(root.get("categoryCode"), article.categoryCode()),
						cb.notEqual(root.get("id"), articleId)));
			add(out, articles.findAll(sameCategory, PageRequest.of(0, max + out.size(), NEWEST)).getContent(), max);
		}
		return new ArrayList<>(out.values());
	}

	public List<ArticleSummary> aboutInitiative(long initiativeId, int limit) {
		return aboutInitiative(initiativeId, limit, clock.instant());
	}

	List<ArticleSummary> aboutInitiative(long initiativeId, int limit, Instant now) {
		return articles.publishedAboutModels(List.of(initiativeId), -1L, now, PageRequest.of(0, clamp(limit))).stream()
			.map(PublishedArticles::summary).toList();
	}

	public List<ArticleSummary> aboutExemplar(long exemplarId, int limit) {
		return aboutExemplar(exemplarId, limit, clock.instant());
	}

	List<ArticleSummary> aboutExemplar(long exemplarId, int limit, Instant now) {
		return articles.publishedAboutExemplar(exemplarId, now, PageRequest.of(0, clamp(limit))).stream()
			.map(PublishedArticles::summary).toList();
	}

	/** The categories' codes in the catalogue's order; each is named by the message article.category.<code>. */
	public List<String> categoryCodes() {
		return categories.codes();
	}

	/** The cover of a published, visible article, if it has one. */
	public Optional<StoredCover> cover(String slug) {
		return cover(slug, clock.instant());
	}

	Optional<StoredCover> cover(String slug, Instant now) {
		if (slug == null) {
			return Optional.empty();
		}
		return articles.findBySlug(slug).filter(a -> a.publicAt(now) && a.coverHash() != null)
			.map(a -> new StoredCover(a.coverHash(), a.coverType(), a.coverAlt()));
	}

	private static void add(Map<Long, ArticleSummary> out, List<Article> found, int max) {
		for (Article a : found) {
			if (out.size() >= max) {
				return;
			}
			out.putIfAbsent(a.id(), summary(a));
		}
	}

	private static int clamp(int limit) {
		return Math.min(Math.max(limit, 1), MAX_LIMIT);
	}

	static Specification<Article> visibleAt(Instant now) {
		return (root, q, cb) -> cb.and(cb.equal(root.get("status"), ArticleStatus.PUBLISHED),
				cb.lessThanOrEqualTo(root.get("publishedAt"), now));
	}

	/** Every folded word must appear in the search key; wildcards typed by users match themselves. */
	static Specification<Article> matching(String words) {
		String folded = VietnameseText.fold(words);
		if (folded.isBlank()) {
			return (root, q, cb) -> cb.conjunction();
		}
		return (root, q, cb) -> {
			List<Predicate> all = new ArrayList<>();
			for (String word : folded.split(" ")) {
				String escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
				all.add(cb.like(root.get("searchKey"), "%" + escaped + "%", '\\'));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	static ArticleSummary summary(Article a) {
		return new ArticleSummary(a.id(), a.slug(), a.title(), a.summary(), a.categoryCode(), a.publishedAt(), a.featured(),
				a.coverHash(), a.coverAlt());
	}

	static ArticleView view(Article a) {
		return new ArticleView(summary(a), ArticleSanitiser.body(a.body()), a.author(), a.tags(), a.modelIds(),
				a.localityCodes(), a.exemplarIds());
	}

}
