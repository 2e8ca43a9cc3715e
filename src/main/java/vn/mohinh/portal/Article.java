package vn.mohinh.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

import vn.mohinh.shared.text.VietnameseText;

/**
 * A news article (tin bài): written by editors in their place, submitted for review, published by an
 * approver (at once or from a later time), returned with a reason, withdrawn with a reason, never
 * deleted. Everything it stores went through {@link ArticleSanitiser}. Only drafts (and withdrawn
 * articles, which become drafts again) may be edited: the public keeps exactly what was approved.
 */
@Entity
@Table(name = "article")
@Audited
class Article {

	static final int MAX_TITLE = 300;
	static final int MAX_SUMMARY = 1000;
	static final int MAX_BODY = 100_000;
	static final int MAX_AUTHOR = 200;
	static final int MAX_SLUG = 200;
	static final int MAX_ALT = 300;
	static final int MAX_TAG = 100;
	static final int MAX_TAGS = 20;
	static final int MAX_REASON = 1000;
	static final int MAX_LINKS = 50;

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
	@SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
	private Long id;

	private String slug;
	private String title;
	private String searchKey;
	private String summary;
	private String body;
	private String coverHash;
	private String coverType;
	private String coverAlt;
	private String author;
	private String categoryCode;
	private String scopePath;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status;

	private boolean featured;
	private Instant publishedAt;
	private String publishedBy;
	private String publisherName;
	private String submittedBy;
	private String returnedReason;
	private String withdrawnReason;
	private String createdBy;
	private Instant createdAt;
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "tag")
	@BatchSize(size = 50)
	private List<String> tags = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_model", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "initiative_id")
	@BatchSize(size = 50)
	private List<Long> modelIds = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_locality", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "locality_code")
	@BatchSize(size = 50)
	private List<String> localityCodes = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_exemplar", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "exemplar_id")
	@BatchSize(size = 50)
	private List<Long> exemplarIds = new ArrayList<>();

	@Version
	private long version;

	protected Article() {
	}

	/**
	 * What an editor writes. Text is sanitised here, so that nothing else reaches the entity: the body
	 * through the HTML policy, every other field as plain text.
	 */
	record Content(String slug, String title, String summary, String body, String author, String categoryCode,
			List<String> tags, List<Long> modelIds, List<String> localityCodes, List<Long> exemplarIds, String coverAlt) {

		Content {
			slug = slug == null ? null : slug.strip().toLowerCase(java.util.Locale.ROOT);
			title = ArticleSanitiser.plain(title);
			summary = ArticleSanitiser.plain(summary);
			body = ArticleSanitiser.body(body);
			author = ArticleSanitiser.plain(author);
			categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
			tags = cleanTags(tags);
			modelIds = modelIds == null ? List.of() : modelIds.stream().filter(Objects::nonNull).distinct().toList();
			localityCodes = localityCodes == null ? List.of()
					: localityCodes.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
			exemplarIds = exemplarIds == null ? List.of() : exemplarIds.stream().filter(Objects::nonNull).distinct().toList();
			coverAlt = ArticleSanitiser.plain(coverAlt);
		}

		/** Tags trimmed, without markup, the first of those equal but for accents and case kept. */
		static List<String> cleanTags(List<String> tags) {
			if (tags == null) {
				return List.of();
			}
			Map<String, String> byKey = new LinkedHashMap<>();
			for (String t : tags) {
				String clean = ArticleSanitiser.plain(t);
				if (clean != null && !clean.isEmpty()) {
					byKey.putIfAbsent(VietnameseText.fold(clean), clean);
				}
			}
			return List.copyOf(byKey.values());
		}

	}

	static Article write(Content c, String scopePath, String createdBy, boolean hasCover, Instant now) {
		check(c, hasCover);
		Article a = new Article();
		a.scopePath = scopePath;
		a.createdBy = createdBy;
		a.createdAt = now;
		a.status = ArticleStatus.DRAFT;
		a.apply(c, now);
		return a;
	}

	/** Drafts are edited freely; a withdrawn article becomes a draft again when edited. */
	void revise(Content c, boolean hasCover, Instant now) {
		if (status != ArticleStatus.DRAFT && status != ArticleStatus.WITHDRAWN) {
			throw new ArticleRuleException(null, "article.error.notEditable");
		}
		check(c, hasCover);
		apply(c, now);
		if (status == ArticleStatus.WITHDRAWN) {
			status = ArticleStatus.DRAFT;
			withdrawnReason = null;
			publishedAt = null;
			publishedBy = null;
			publisherName = null;
		}
	}

	void cover(String hash, String type, Instant now) {
		coverHash = hash;
		coverType = type;
		updatedAt = now;
	}

	void removeCover(Instant now) {
		coverHash = null;
		coverType = null;
		coverAlt = null;
		updatedAt = now;
	}

	void submit(String by, Instant now) {
		if (status != ArticleStatus.DRAFT) {
			throw new ArticleRuleException(null, "article.error.submit.notDraft");
		}
		status = ArticleStatus.IN_REVIEW;
		submittedBy = by;
		returnedReason = null;
		updatedAt = now;
	}

	/**
	 * An approver publishes an article in review, now or from a later time; nobody publishes what they
	 * wrote or submitted themselves.
	 */
	void publish(String by, String byName, Instant at, boolean feature, Instant now) {
		ArticleRuleException.Rules rules = new ArticleRuleException.Rules();
		if (status != ArticleStatus.IN_REVIEW) {
			rules.reject(null, "article.error.publish.notInReview");
		}
		if (by != null && (by.equals(submittedBy) || by.equals(createdBy))) {
			rules.reject(null, "article.error.publish.own");
		}
		if (at != null && at.isBefore(now.minusSeconds(60))) {
			rules.reject("publishDate", "article.error.publishAt.past");
		}
		rules.throwIfAny();
		status = ArticleStatus.PUBLISHED;
		publishedAt = at == null || at.isBefore(now) ? now : at;
		publishedBy = by;
		publisherName = byName;
		featured = feature;
		updatedAt = now;
	}

	void returnToDraft(String reason, Instant now) {
		if (status != ArticleStatus.IN_REVIEW) {
			throw new ArticleRuleException(null, "article.error.return.notInReview");
		}
		returnedReason = requireReason(reason);
		status = ArticleStatus.DRAFT;
		updatedAt = now;
	}

	void withdraw(String reason, Instant now) {
		if (status != ArticleStatus.PUBLISHED) {
			throw new ArticleRuleException(null, "article.error.withdraw.notPublished");
		}
		withdrawnReason = requireReason(reason);
		status = ArticleStatus.WITHDRAWN;
		featured = false;
		updatedAt = now;
	}

	void feature(boolean on, Instant now) {
		if (status != ArticleStatus.PUBLISHED) {
			throw new ArticleRuleException(null, "article.error.feature.notPublished");
		}
		featured = on;
		updatedAt = now;
	}

	private static String requireReason(String reason) {
		String clean = ArticleSanitiser.plain(reason);
		if (clean == null || clean.isEmpty()) {
			throw new ArticleRuleException("reason", "article.error.reason.required");
		}
		if (clean.length() > MAX_REASON) {
			throw new ArticleRuleException("reason", "article.error.tooLong", MAX_REASON);
		}
		return clean;
	}

	static void check(Content c, boolean hasCover) {
		ArticleRuleException.Rules rules = new ArticleRuleException.Rules();
		if (c.slug() == null || c.slug().isEmpty()) {
			rules.reject("slug", "article.error.slug.required");
		}
		else if (c.slug().length() > MAX_SLUG) {
			rules.reject("slug", "article.error.tooLong", MAX_SLUG);
		}
		else if (!SLUG.matcher(c.slug()).matches()) {
			rules.reject("slug", "article.error.slug.format");
		}
		required(rules, "title", c.title(), MAX_TITLE);
		required(rules, "summary", c.summary(), MAX_SUMMARY);
		required(rules, "author", c.author(), MAX_AUTHOR);
		if (ArticleSanitiser.textOf(c.body()).isEmpty()) {
			rules.reject("body", "article.error.body.required");
		}
		else if (c.body().length() > MAX_BODY) {
			rules.reject("body", "article.error.tooLong", MAX_BODY);
		}
		if (c.categoryCode() == null) {
			rules.reject("categoryCode", "article.error.category.required");
		}
		if (c.tags().size() > MAX_TAGS) {
			rules.reject("tags", "article.error.tags.tooMany", MAX_TAGS);
		}
		else if (c.tags().stream().anyMatch(t -> t.length() > MAX_TAG)) {
			rules.reject("tags", "article.error.tooLong", MAX_TAG);
		}
		if (c.modelIds().size() > MAX_LINKS || c.localityCodes().size() > MAX_LINKS || c.exemplarIds().size() > MAX_LINKS) {
			rules.reject(null, "article.error.links.tooMany", MAX_LINKS);
		}
		if (hasCover && (c.coverAlt() == null || c.coverAlt().isEmpty())) {
			rules.reject("coverAlt", "article.error.coverAlt.required");
		}
		else if (c.coverAlt() != null && c.coverAlt().length() > MAX_ALT) {
			rules.reject("coverAlt", "article.error.tooLong", MAX_ALT);
		}
		rules.throwIfAny();
	}

	private static void required(ArticleRuleException.Rules rules, String field, String value, int max) {
		if (value == null || value.isEmpty()) {
			rules.reject(field, "article.error." + field + ".required");
		}
		else if (value.length() > max) {
			rules.reject(field, "article.error.tooLong", max);
		}
	}

	private void apply(Content c, Instant now) {
		slug = c.slug();
		title = c.title();
		summary = c.summary();
		body = c.body();
		author = c.author();
		categoryCode = c.categoryCode();
		coverAlt = c.coverAlt() == null || c.coverAlt().isEmpty() ? null : c.coverAlt();
		tags.clear();
		tags.addAll(c.tags());
		modelIds.clear();
		modelIds.addAll(c.modelIds());
		localityCodes.clear();
		localityCodes.addAll(c.localityCodes());
		exemplarIds.clear();
		exemplarIds.addAll(c.exemplarIds());
		String key = VietnameseText.fold(title + " " + summary + " " + String.join(" ", tags));
		searchKey = key.length() > 2000 ? key.substring(0, 2000) : key;
		updatedAt = now;
	}

	/** Visible to the public at this instant. */
	boolean publicAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

	Long id() { return id; }
	String slug() { return slug; }
	String title() { return title; }
	String summary() { return summary; }
	String body() { return body; }
	String coverHash() { return coverHash; }
	String coverType() { return coverType; }
	String coverAlt() { return coverAlt; }
	String author() { return author; }
	String categoryCode() { return categoryCode; }
	String scopePath() { return scopePath; }
	ArticleStatus status() { return status; }
	boolean featured() { return featured; }
	Instant publishedAt() { return publishedAt; }
	String publishedBy() { return publishedBy; }
	String publisherName() { return publisherName; }
	String submittedBy() { return submittedBy; }
	String returnedReason() { return returnedReason; }
	String withdrawnReason() { return withdrawnReason; }
	String createdBy() { return createdBy; }
	Instant createdAt() { return createdAt; }
	Instant updatedAt() { return updatedAt; }
	List<String> tags() { return List.copyOf(tags); }
	List<Long> modelIds() { return List.copyOf(modelIds); }
	List<String> localityCodes() { return List.copyOf(localityCodes); }
	List<Long> exemplarIds() { return List.copyOf(exemplarIds); }
	long version() { return version; }

}
