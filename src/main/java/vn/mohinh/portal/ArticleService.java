package vn.mohinh.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.mohinh.commendation.CommendationFigures;
import vn.mohinh.commendation.ExemplarEntry;
import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityKind;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.files.FileRejectedException;
import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.files.ImageRejectedException;
import vn.mohinh.shared.files.ResponsiveImages;
import vn.mohinh.shared.files.FileType;
import vn.mohinh.shared.files.StoredFile;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Articles in the user's scope (the place of the editor who wrote them): list, read, write, revise,
 * and the workflow. Editors write and submit; approvers (leaders, role VIEWER, and admins) publish,
 * return, feature; both may withdraw. Every change checks scope and version.
 */
@Service
@Transactional(readOnly = true)
class ArticleService {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Exemplars have no date of their own; this reaches back before any record. */
	private static final LocalDate EVER = LocalDate.of(1945, 9, 2);

	private static final Set<String> APPROVER_AUTHORITIES = Set.of("ROLE_VIEWER", "ROLE_ADMIN");

	/** Filters of the editor's list. */
	record Criteria(ArticleStatus status, String categoryCode, String words) {
	}

	/** A cover change: a new upload (may be empty), or removing the current one. */
	record CoverChange(MultipartFile upload, boolean remove) {

		static final CoverChange NONE = new CoverChange(null, false);

		boolean hasUpload() {
			return upload != null && !upload.isEmpty();
		}

	}

	private final Articles articles;
	private final ArticleCategories categories;
	private final ScopeGuard scope;
	private final LocalityDirectory localities;
	private final InitiativeDirectory models;
	private final CommendationFigures commendations;
	private final FileStore files;
	private final ResponsiveImages images;
	private final Clock clock;

	ArticleService(Articles articles, ArticleCategories categories, ScopeGuard scope, LocalityDirectory localities,
			InitiativeDirectory models, CommendationFigures commendations, FileStore files, ResponsiveImages images,
			ObjectProvider<Clock> clock) {
		this.articles = articles;
		this.categories = categories;
		this.scope = scope;
		this.localities = localities;
		this.models = models;
		this.commendations = commendations;
		this.files = files;
		this.images = images;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Instant now() {
		return clock.instant();
	}

	Page<ArticleRow> list(Criteria criteria, Pageable pageable) {
		Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
		Specification<Article> spec = scope.<Article>within("scopePath");
		if (criteria.status() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), criteria.status()));
		}
		if (criteria.categoryCode() != null && !criteria.categoryCode().isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("categoryCode"), criteria.categoryCode()));
		}
		spec = spec.and(PublishedArticles.matching(criteria.words()));
		Instant now = now();
		return articles.findAll(spec, page).map(a -> new ArticleRow(a.id(), a.title(), a.categoryCode(), a.status(),
				a.featured(), local(a.publishedAt()), a.publishedAt() != null && a.publishedAt().isAfter(now), local(a.updatedAt())));
	}

	ArticleDetails read(long id) {
		return details(readable(id));
	}

	ArticleDetails readForChange(long id) {
		Article a = readable(id);
		scope.requireWritable(a.scopePath());
		return details(a);
	}

	boolean mayCreate() {
		return CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false);
	}

	void requireEditor() {
		scope.requireEditor();
	}

	List<String> categoryCodes() {
		return categories.codes();
	}

	/** The slug a title gives: no accents, lower case, words joined by dashes. */
	static String slugOf(String title) {
		String folded = VietnameseText.fold(ArticleSanitiser.plain(title));
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > Article.MAX_SLUG) {
			slug = slug.substring(0, Article.MAX_SLUG).replaceAll("-+$", "");
		}
		return slug;
	}

	@Transactional
	long write(Article.Content content, CoverChange cover) {
		scope.requireEditor();
		ScopedPrincipal me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("anonymous"));
		String path = me.scopeLocalityId() == null ? null : localities.find(me.scopeLocalityId()).map(LocalityView::path).orElse(null);
		ArticleRuleException.Rules rules = new ArticleRuleException.Rules();
		rules.check(() -> Article.check(content, cover.hasUpload()));
		checkReferences(content, null, rules);
		rules.throwIfAny();
		StoredFile stored = store(cover);
		Article a = Article.write(content, path, me.username(), stored != null, now());
		if (stored != null) {
			a.cover(stored.hash(), stored.type().mediaType().toString(), now());
		}
		return saveUnique(a).id();
	}

	@Transactional
	void revise(long id, long expectedVersion, Article.Content content, CoverChange cover) {
		Article a = writable(id, expectedVersion);
		boolean hasCover = cover.hasUpload() || (a.coverHash() != null && !cover.remove());
		ArticleRuleException.Rules rules = new ArticleRuleException.Rules();
		if (a.status() != ArticleStatus.DRAFT && a.status() != ArticleStatus.WITHDRAWN) {
			rules.reject(null, "article.error.notEditable");
		}
		rules.check(() -> Article.check(content, hasCover));
		checkReferences(content, a.id(), rules);
		rules.throwIfAny();
		StoredFile stored = store(cover);
		a.revise(content, hasCover, now());
		if (stored != null) {
			a.cover(stored.hash(), stored.type().mediaType().toString(), now());
		}
		else if (cover.remove()) {
			a.removeCover(now());
		}
		saveUnique(a);
	}

	@Transactional
	void submit(long id, long expectedVersion) {
		Article a = writable(id, expectedVersion);
		a.submit(username(), now());
		save(a);
	}

	@Transactional
	void publish(long id, long expectedVersion, LocalDate onDate, String atTime, boolean feature) {
		Article a = approvable(id, expectedVersion);
		Instant at = publishAt(onDate, atTime);
		ScopedPrincipal me = CurrentUser.get().orElseThrow();
		a.publish(me.username(), me.displayName(), at, feature, now());
		save(a);
	}

	@Transactional
	void returnToDraft(long id, long expectedVersion, String reason) {
		Article a = approvable(id, expectedVersion);
		a.returnToDraft(reason, now());
		save(a);
	}

	@Transactional
	void withdraw(long id, long expectedVersion, String reason) {
		Article a = readable(id);
		if (!mayApprove(a.scopePath()) && !scope.canEdit(a.scopePath())) {
			throw new AccessDeniedException("read-only");
		}
		checkVersion(a, expectedVersion);
		a.withdraw(reason, now());
		save(a);
	}

	@Transactional
	void feature(long id, long expectedVersion, boolean on) {
		Article a = approvable(id, expectedVersion);
		a.feature(on, now());
		save(a);
	}

	/** The cover of an article the user may read. */
	Optional<PublishedArticles.StoredCover> cover(long id) {
		Article a = readable(id);
		return a.coverHash() == null ? Optional.empty()
				: Optional.of(new PublishedArticles.StoredCover(a.coverHash(), a.coverType(), a.coverAlt()));
	}

	/** Models the user may link: those in scope, a page at a time, plus those already chosen. */
	List<ArticleDetails.Link> modelChoices(List<Long> chosen) {
		List<ArticleDetails.Link> out = new ArrayList<>();
		models.findAll(chosen).values().forEach(m -> out.add(modelLink(m)));
		for (InitiativeView m : models.inScope(PageRequest.of(0, 200)).getContent()) {
			ArticleDetails.Link link = modelLink(m);
			if (!out.contains(link)) {
				out.add(link);
			}
		}
		return out;
	}

	/** Communes the user may link: the user's commune, or the communes of the user's district or province. */
	List<ArticleDetails.Link> localityChoices() {
		Long root = CurrentUser.get().map(ScopedPrincipal::scopeLocalityId).orElse(null);
		if (root == null) {
			return List.of();
		}
		LocalityView unit = localities.find(root).orElse(null);
		if (unit == null) {
			return List.of();
		}
		if (unit.kind().level() == LocalityKind.Level.COMMUNE) {
			return List.of(new ArticleDetails.Link(unit.code(), unit.fullName()));
		}
		// A district abolished by the 2025 reform still has its communes as they were on its last day.
		LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
		LocalDate on = unit.validTo() != null && unit.validTo().isBefore(today) ? unit.validTo() : today;
		return localities.childrenOn(root, on, 200).stream()
			.filter(l -> l.kind().level() == LocalityKind.Level.COMMUNE)
			.map(l -> new ArticleDetails.Link(l.code(), l.fullName())).toList();
	}

	/**
	 * The communes offered, by code. A code the 2025 reform gave to a new unit outside the user's
	 * scope still means the commune offered here (as it was on its district's last day), so links
	 * are checked and named against the offer first, not against the code's latest unit.
	 */
	private Map<String, ArticleDetails.Link> offeredCommunes() {
		return localityChoices().stream()
			.collect(Collectors.toMap(ArticleDetails.Link::key, l -> l, (x, y) -> x));
	}

	List<ArticleDetails.Link> exemplarChoices() {
		return commendations.exemplars(scope.current(), EVER, LocalDate.now(clock.withZone(VIETNAM))).stream()
			.map(e -> new ArticleDetails.Link(String.valueOf(e.id()), e.title() + " – " + e.subjectName())).toList();
	}

	private static ArticleDetails.Link modelLink(InitiativeView m) {
		return new ArticleDetails.Link(String.valueOf(m.id()), m.name() + " – " + String.join(", ", m.villageNames()) + ", " + m.communeName());
	}

	private void checkReferences(Article.Content c, Long self, ArticleRuleException.Rules rules) {
		if (c.slug() != null && !rules.has("slug")) {
			articles.findBySlug(c.slug()).filter(other -> !other.id().equals(self))
				.ifPresent(other -> rules.reject("slug", "article.error.slug.taken"));
		}
		if (c.categoryCode() != null && !categories.exists(c.categoryCode())) {
			rules.reject("categoryCode", "article.error.category.unknown");
		}
		if (!c.modelIds().isEmpty() && models.findAll(c.modelIds()).size() != c.modelIds().size()) {
			rules.reject("modelIds", "article.error.link.unknown");
		}
		Map<String, ArticleDetails.Link> offered = c.localityCodes().isEmpty() ? Map.of() : offeredCommunes();
		for (String code : c.localityCodes()) {
			if (offered.containsKey(code)) {
				continue;
			}
			Optional<LocalityView> l = localities.findLatestByCode(code);
			if (l.isEmpty() || l.get().kind().level() != LocalityKind.Level.COMMUNE || !scope.canRead(l.get().path())) {
				rules.reject("localityCodes", "article.error.link.unknown");
				break;
			}
		}
		if (!c.exemplarIds().isEmpty()) {
			Set<Long> visible = commendations.exemplars(scope.current(), EVER, LocalDate.now(clock.withZone(VIETNAM))).stream()
				.map(ExemplarEntry::id).collect(Collectors.toSet());
			if (!visible.containsAll(c.exemplarIds())) {
				rules.reject("exemplarIds", "article.error.link.unknown");
			}
		}
	}

	private StoredFile store(CoverChange cover) {
		if (!cover.hasUpload()) {
			return null;
		}
		try {
			StoredFile stored = files.store(cover.upload(), FileType.images());
			// Phone photos are megabytes: the portal serves copies as wide as the screen needs.
			images.createVariants(stored);
			return stored;
		}
		catch (FileRejectedException ex) {
			throw new ArticleRuleException("cover", ex.messageKey(), ex.args());
		}
		catch (ImageRejectedException ex) {
			throw new ArticleRuleException("cover", "article.error.cover.tooManyPixels", ex.args());
		}
	}

	/** A date and an "HH:mm" time in Vietnam's time; no date means now. */
	private static Instant publishAt(LocalDate date, String time) {
		if (date == null) {
			if (time != null && !time.isBlank()) {
				throw new ArticleRuleException("publishDate", "article.error.publishDate.required");
			}
			return null;
		}
		java.time.LocalTime at = java.time.LocalTime.MIDNIGHT;
		if (time != null && !time.isBlank()) {
			try {
				at = java.time.LocalTime.parse(time.strip(), java.time.format.DateTimeFormatter.ofPattern("H:mm"));
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new ArticleRuleException("publishTime", "article.error.publishTime.format");
			}
		}
		return date.atTime(at).atZone(VIETNAM).toInstant();
	}

	private Article saveUnique(Article a) {
		try {
			return articles.saveAndFlush(a);
		}
		catch (DataIntegrityViolationException ex) {
			// Two editors chose the same slug at the same moment: the second learns it by the field.
			throw new ArticleRuleException("slug", "article.error.slug.taken");
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleArticleException(a.id());
		}
	}

	private void save(Article a) {
		try {
			articles.saveAndFlush(a);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleArticleException(a.id());
		}
	}

	private Article readable(long id) {
		return articles.findById(id).filter(a -> scope.canRead(a.scopePath()))
			.orElseThrow(() -> new NotFoundException("article", id));
	}

	private Article writable(long id, long expectedVersion) {
		Article a = readable(id);
		scope.requireWritable(a.scopePath());
		checkVersion(a, expectedVersion);
		return a;
	}

	private Article approvable(long id, long expectedVersion) {
		Article a = readable(id);
		if (!mayApprove(a.scopePath())) {
			throw new AccessDeniedException("not an approver");
		}
		checkVersion(a, expectedVersion);
		return a;
	}

	private static void checkVersion(Article a, long expectedVersion) {
		if (a.version() != expectedVersion) {
			throw new StaleArticleException(a.id());
		}
	}

	/** Leaders (role VIEWER) and admins approve in their scope; the role's authority is all this module sees of it. */
	boolean mayApprove(String path) {
		if (!scope.canRead(path) || CurrentUser.get().isEmpty()) {
			return false;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().anyMatch(g -> APPROVER_AUTHORITIES.contains(g.getAuthority()));
	}

	private static String username() {
		return CurrentUser.get().map(ScopedPrincipal::username).orElse(null);
	}

	static LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, VIETNAM);
	}

	private ArticleDetails details(Article a) {
		Map<Long, InitiativeView> linked = models.findAll(a.modelIds());
		List<ArticleDetails.Link> modelLinks = a.modelIds().stream().filter(linked::containsKey)
			.map(id -> modelLink(linked.get(id))).toList();
		Map<String, ArticleDetails.Link> offered = a.localityCodes().isEmpty() ? Map.of() : offeredCommunes();
		List<ArticleDetails.Link> localityLinks = a.localityCodes().stream()
			.map(code -> offered.getOrDefault(code,
					new ArticleDetails.Link(code, localities.findLatestByCode(code).map(LocalityView::fullName).orElse(code))))
			.toList();
		List<ArticleDetails.Link> exemplarLinks = List.of();
		if (!a.exemplarIds().isEmpty()) {
			Map<Long, ExemplarEntry> visible = commendations.exemplars(scope.current(), EVER, LocalDate.now(clock.withZone(VIETNAM)))
				.stream().collect(Collectors.toMap(ExemplarEntry::id, e -> e, (x, y) -> x));
			exemplarLinks = a.exemplarIds().stream().filter(visible::containsKey)
				.map(id -> new ArticleDetails.Link(String.valueOf(id), visible.get(id).title() + " – " + visible.get(id).subjectName()))
				.toList();
		}
		Instant now = now();
		boolean canEdit = scope.canEdit(a.scopePath());
		boolean canApprove = mayApprove(a.scopePath());
		return new ArticleDetails(a.id(), a.slug(), a.title(), a.summary(), ArticleSanitiser.body(a.body()), a.author(),
				a.categoryCode(), a.tags(), modelLinks, localityLinks, exemplarLinks, a.coverHash() != null, a.coverAlt(),
				a.status(), a.featured(), local(a.publishedAt()), a.publishedAt() != null && a.publishedAt().isAfter(now),
				a.publisherName(), a.returnedReason(), a.withdrawnReason(), local(a.updatedAt()), a.version(),
				canEdit && (a.status() == ArticleStatus.DRAFT || a.status() == ArticleStatus.WITHDRAWN),
				canEdit && a.status() == ArticleStatus.DRAFT, canApprove,
				(canEdit || canApprove) && a.status() == ArticleStatus.PUBLISHED);
	}

}
