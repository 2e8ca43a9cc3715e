package vn.mohinh.commendation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.files.FileRejectedException;
import vn.mohinh.shared.files.FileSniffer;
import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.files.FileType;
import vn.mohinh.shared.files.StoredFile;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The use cases of commendations and praise: list and read in scope, record, revise, withdraw, and
 * the search of recipients. Scope (docs/decisions/0007): a commendation is seen when one of its
 * recipients is in scope, and then only those recipients; writing needs the commendation's own place
 * (its issuing body's, else its recipients' common one) writable, and every recipient chosen readable.
 */
@Service
@Transactional(readOnly = true)
class CommendationService {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The most recipients one search offers. */
	static final int MAX_CHOICES = 30;

	private final Commendations commendations;
	private final CommendationQuery query;
	private final OrganisationDirectory organisations;
	private final InitiativeDirectory models;
	private final LocalityDirectory localities;
	private final ScopeGuard scope;
	private final JdbcClient jdbc;
	private final FileStore files;
	private final Clock clock = Clock.system(VIETNAM);

	CommendationService(Commendations commendations, CommendationQuery query, OrganisationDirectory organisations,
			InitiativeDirectory models, LocalityDirectory localities, ScopeGuard scope, JdbcClient jdbc, FileStore files) {
		this.files = files;
		this.commendations = commendations;
		this.query = query;
		this.organisations = organisations;
		this.models = models;
		this.localities = localities;
		this.scope = scope;
		this.jdbc = jdbc;
	}

	// ---- reading ----

	Page<CommendationRow> list(CommendationQuery.Criteria criteria, Pageable pageable) {
		return query.find(criteria, pageable);
	}

	Optional<LocalityView> localityByCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String c = code.strip();
		return localities.findByCode(c, today()).or(() -> localities.findByCode(c, LocalDate.of(2025, 6, 30)));
	}

	Scope subtreeOf(long localityId) {
		return scope.scopeOfRoot(localityId);
	}

	CommendationCard read(long id) {
		return card(readable(id));
	}

	CommendationCard readForChange(long id) {
		Commendation c = readable(id);
		requireWritable(c);
		return card(c);
	}

	/** Seen but owned by another place (a district's decision for a commune's model): 403, not 404. */
	private void requireWritable(Commendation c) {
		scope.requireEditor();
		if (!scope.canEdit(c.scopePath())) {
			throw new AccessDeniedException("commendation of another place");
		}
	}

	boolean mayCreate() {
		return CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false);
	}

	void requireEditor() {
		scope.requireEditor();
	}

	/** The organisations in scope that may be chosen as the issuing body. */
	List<OrganisationView> bodies() {
		return organisations.search("", OrganisationDirectory.MAX_RESULTS);
	}

	/**
	 * Recipients whose name holds every word of {@code text} (accents and case ignored): organisations
	 * and party members in scope, models evaluated in scope, and the residents of those models' villages.
	 */
	List<RecipientChoice> searchRecipients(String text) {
		List<RecipientChoice> found = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return found;
		}
		for (OrganisationView o : organisations.search(text, 10)) {
			found.add(new RecipientChoice(RecipientKind.ORGANISATION + ":" + o.id(), RecipientKind.ORGANISATION, o.name(), null));
		}
		for (PersonView p : organisations.searchPartyMembers(text, 10)) {
			found.add(new RecipientChoice(RecipientKind.PERSON + ":" + p.id(), RecipientKind.PERSON, p.fullName(), p.position()));
		}
		Scope mine = scope.current();
		if (!CommendationFigures.nothingIn(mine)) {
			List<Object> params = new ArrayList<>();
			StringBuilder sql = new StringBuilder("select distinct m.initiative_id from commendation_effective_model m where 1 = 1");
			for (String word : VietnameseText.fold(text).split(" ")) {
				if (!word.isBlank()) {
					sql.append(" and m.search_key like ?");
					params.add("%" + CommendationFigures.escape(word) + "%");
				}
			}
			sql.append(CommendationFigures.recipientIn("m", mine, params)).append(" order by m.initiative_id fetch first 10 rows only");
			List<Long> ids = jdbc.sql(sql.toString()).params(params).query(Long.class).list();
			for (InitiativeView m : models.findAll(ids).values()) {
				found.add(new RecipientChoice(RecipientKind.MODEL + ":" + m.id(), RecipientKind.MODEL, m.name(), m.communeName()));
				for (int i = 0; i < m.villageIds().size(); i++) {
					found.add(new RecipientChoice(RecipientKind.VILLAGE + ":" + m.villageIds().get(i), RecipientKind.VILLAGE,
							residents(m.villageNames().get(i)), m.communeName()));
				}
			}
		}
		return found.stream().distinct().limit(MAX_CHOICES).toList();
	}

	/** The recipients named by the form's values, each checked readable; unknown or unseen ones refused by the field. */
	List<Recipient> resolve(List<String> tokens) {
		Map<String, Recipient> chosen = new LinkedHashMap<>();
		for (String token : tokens == null ? List.<String>of() : tokens) {
			Optional<Recipient> r = resolveOne(token);
			if (r.isEmpty()) {
				throw new CommendationRuleException("recipients", "commendation.error.recipients.unknown");
			}
			chosen.putIfAbsent(r.get().token(), r.get());
		}
		return List.copyOf(chosen.values());
	}

	/** The choices already on the form, for showing them again (checked) when the form comes back. */
	List<RecipientChoice> choicesOf(List<String> tokens) {
		List<RecipientChoice> choices = new ArrayList<>();
		for (String token : tokens == null ? List.<String>of() : tokens) {
			resolveOne(token).ifPresent(r -> choices.add(new RecipientChoice(r.token(), r.kind(), r.name(), null)));
		}
		return choices.stream().distinct().toList();
	}

	Optional<Recipient> resolveOne(String token) {
		if (token == null || !token.contains(":")) {
			return Optional.empty();
		}
		String[] parts = token.split(":", 2);
		RecipientKind kind;
		long id;
		try {
			kind = RecipientKind.valueOf(parts[0]);
			id = Long.parseLong(parts[1]);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		Optional<Recipient> found = switch (kind) {
			case PERSON -> organisations.findPerson(id).map(p -> new Recipient(kind, id, p.fullName(), p.scopePath()));
			case ORGANISATION -> organisations.find(id).map(o -> new Recipient(kind, id, o.name(), o.scopePath()));
			case VILLAGE -> localities.find(id).map(v -> new Recipient(kind, id, residents(v.name()), v.path()));
			case MODEL -> models.find(id).map(m -> new Recipient(kind, id, m.name(), m.scopePath()));
		};
		return found.filter(r -> scope.canRead(r.scopePath()));
	}

	/** "Nhân dân thôn 12": the residents of a village as a collective. */
	static String residents(String villageName) {
		String name = villageName == null ? "" : villageName.strip();
		String lowered = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
		return "Nhân dân " + lowered;
	}

	// ---- writing ----

	/** Records a commendation or praise; a number the body already used that year is refused by its field. */
	/** A body chosen from the register is named as the register names it. */
	Commendation.Details named(Commendation.Details d) {
		if (d.bodyOrganisationId() == null) {
			return d;
		}
		return organisations.find(d.bodyOrganisationId()).filter(o -> scope.canRead(o.scopePath()))
			.map(o -> new Commendation.Details(d.kind(), d.category(), d.award(), d.bodyOrganisationId(), o.name(),
					d.bodyLevel(), d.decisionNumber(), d.recognisedOn(), d.year(), d.movement(), d.occasion(), d.reason()))
			.orElse(d);
	}

	@Transactional
	long create(Commendation.Details given, List<String> recipientTokens) {
		return create(given, recipientTokens, null);
	}

	/** As above, with the decision's scan (PDF, JPEG or PNG), stored with the record or not at all. */
	@Transactional
	long create(Commendation.Details given, List<String> recipientTokens, MultipartFile scan) {
		scope.requireEditor();
		Commendation.Details details = named(given);
		Prepared p = prepare(details, recipientTokens, null);
		Commendation c = Commendation.record(details, p.recipients(), p.scopePath(), today(), username(), now());
		attach(c, scan);
		try {
			return commendations.saveAndFlush(c).id();
		}
		catch (DataIntegrityViolationException ex) {
			throw new CommendationRuleException("decisionNumber", "commendation.error.decisionNumber.taken");
		}
	}

	/** The rules without saving (a form with binding errors shows them all at once). */
	void check(Commendation.Details given, List<String> recipientTokens, Long id) {
		Commendation.Details details = named(given);
		CommendationRuleException.Rules rules = new CommendationRuleException.Rules();
		rules.check(() -> {
			Prepared p = prepare(details, recipientTokens, id);
			Commendation.check(details, p.recipients(), today());
		});
		rules.throwIfAny();
	}

	@Transactional
	void revise(long id, long expectedVersion, Commendation.Details given, List<String> recipientTokens) {
		revise(id, expectedVersion, given, recipientTokens, null);
	}

	@Transactional
	void revise(long id, long expectedVersion, Commendation.Details given, List<String> recipientTokens, MultipartFile scan) {
		Commendation.Details details = named(given);
		Commendation c = writable(id, expectedVersion);
		Prepared p = prepare(details, recipientTokens, id);
		// Recipients outside the user's scope are not shown, so they are kept as they are.
		List<Recipient> all = new ArrayList<>(p.recipients());
		c.recipients().stream().filter(r -> !scope.canRead(r.scopePath())).forEach(all::add);
		String path = p.scopePath();
		c.revise(details, all, path, today(), now());
		attach(c, scan);
		save(c);
	}

	@Transactional
	void withdraw(long id, long expectedVersion, String reason) {
		Commendation c = writable(id, expectedVersion);
		c.withdraw(reason, now());
		save(c);
	}

	/** Types a scanned decision may have. */
	static final Set<FileType> SCAN_TYPES = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG);

	private void attach(Commendation c, MultipartFile scan) {
		if (scan == null || scan.isEmpty()) {
			return;
		}
		try {
			StoredFile stored = files.store(scan, SCAN_TYPES);
			c.attachScan(stored.hash(), stored.name());
		}
		catch (FileRejectedException e) {
			throw new CommendationRuleException("scan", "commendation.error.scan." + e.reason().code(), e.args());
		}
	}

	/** The scan of a commendation the user sees, with its path and type. */
	record Scan(Path path, String name, FileType type) {
	}

	Scan scan(long id) {
		Commendation c = readable(id);
		if (c.scanHash() == null) {
			throw new NotFoundException("scan of commendation", id);
		}
		Path path = files.find(c.scanHash()).orElseThrow(() -> new NotFoundException("scan of commendation", id));
		try {
			FileType type = FileSniffer.sniff(path).orElse(FileType.PDF);
			return new Scan(path, c.scanName(), type);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	record Prepared(List<Recipient> recipients, String scopePath) {
	}

	/** Recipients resolved, the commendation's own place found and checked writable, the number checked free. */
	private Prepared prepare(Commendation.Details d, List<String> tokens, Long id) {
		CommendationRuleException.Rules rules = new CommendationRuleException.Rules();
		List<Recipient> recipients = List.of();
		try {
			recipients = resolve(tokens);
		}
		catch (CommendationRuleException ex) {
			ex.violations().forEach(v -> rules.reject(v.field(), v.messageKey(), v.args()));
		}
		if (recipients.isEmpty()) {
			rules.reject("recipients", "commendation.error.recipients.required");
		}
		String path = null;
		if (d.bodyOrganisationId() != null) {
			Optional<OrganisationView> body = organisations.find(d.bodyOrganisationId()).filter(o -> scope.canRead(o.scopePath()));
			if (body.isEmpty()) {
				rules.reject("bodyOrganisationId", "commendation.error.body.unknown");
			}
			else {
				path = body.get().scopePath();
				if (!scope.canEdit(path)) {
					rules.reject("bodyOrganisationId", "commendation.error.body.notWritable");
				}
			}
		}
		else if (!recipients.isEmpty()) {
			path = commonPlace(recipients.stream().map(Recipient::scopePath).toList());
			if (!scope.canEdit(path)) {
				rules.reject("recipients", "commendation.error.recipients.notWritable");
			}
		}
		if (d.kind() == CommendationKind.FORMAL && d.decisionNumber() != null && !d.decisionNumber().isBlank()
				&& d.bodyName() != null && !d.bodyName().isBlank() && d.recognisedOn() != null) {
			int year = d.year() == null ? d.recognisedOn().getYear() : d.year();
			if (commendations.numberTaken(Commendation.key(VietnameseText.clean(d.bodyName())), year,
					Commendation.numberKey(VietnameseText.clean(d.decisionNumber())), id)) {
				rules.reject("decisionNumber", "commendation.error.decisionNumber.taken");
			}
		}
		rules.check(() -> Commendation.check(d, List.of(new Recipient(RecipientKind.MODEL, 0, "", "")), today()));
		rules.throwIfAny();
		return new Prepared(recipients, path);
	}

	/** The deepest locality path shared by all: "/1/2/3/" and "/1/2/4/" share "/1/2/". */
	static String commonPlace(List<String> paths) {
		String common = paths.get(0);
		for (String p : paths) {
			int i = 0;
			while (i < common.length() && i < p.length() && common.charAt(i) == p.charAt(i)) {
				i++;
			}
			common = common.substring(0, i);
		}
		int cut = common.lastIndexOf('/');
		return cut < 0 ? "/" : common.substring(0, cut + 1);
	}

	// ---- helpers ----

	CommendationCard card(Commendation c) {
		List<Recipient> visible = c.recipients().stream().filter(r -> scope.canRead(r.scopePath())).toList();
		return new CommendationCard(c.id(), c.kind(), c.awardCategory(), c.award(), c.bodyOrganisationId(), c.bodyName(),
				c.bodyLevel(), c.decisionNumber(), c.recognisedOn(), c.year(), c.movement(), c.occasion(), c.reason(),
				c.withdrawn(), c.withdrawnReason(), visible, c.scanName(), c.version(),
				!c.withdrawn() && scope.canEdit(c.scopePath()));
	}

	/** Seen when one of its recipients is in scope; otherwise it does not exist for the user. */
	Commendation readable(long id) {
		Commendation c = commendations.findById(id).orElseThrow(() -> new NotFoundException("commendation", id));
		if (c.recipients().stream().noneMatch(r -> scope.canRead(r.scopePath()))) {
			throw new NotFoundException("commendation", id);
		}
		return c;
	}

	private Commendation writable(long id, long expectedVersion) {
		Commendation c = readable(id);
		requireWritable(c);
		if (c.version() != expectedVersion) {
			throw new StaleCommendationException(id);
		}
		return c;
	}

	private void save(Commendation c) {
		try {
			commendations.saveAndFlush(c);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleCommendationException(c.id());
		}
		catch (DataIntegrityViolationException ex) {
			throw new CommendationRuleException("decisionNumber", "commendation.error.decisionNumber.taken");
		}
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Instant now() {
		return clock.instant();
	}

	static String username() {
		return CurrentUser.get().map(ScopedPrincipal::username).orElse(null);
	}

}
