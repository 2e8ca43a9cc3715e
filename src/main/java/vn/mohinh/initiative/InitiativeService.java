package vn.mohinh.initiative;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.mohinh.shared.files.FileRejectedException;
import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.files.FileType;
import vn.mohinh.shared.files.ImageRejectedException;
import vn.mohinh.shared.files.ResponsiveImages;
import vn.mohinh.document.GuidingDocumentView;
import vn.mohinh.document.GuidingDocuments;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityKind;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The use cases of the register of models for its pages and API: list and read in scope, start and
 * revise a model, register it year by year, follow its lifecycle and lineage, attach photos and
 * files. Every path checks scope through {@link InitiativeAccess}; the rules live in {@link Initiative}.
 */
@Service
@Transactional(readOnly = true)
class InitiativeService {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Enough for a select; a province's scope holds fewer organisations or party members in charge. */
	static final int CHOICES = 300;

	private final Initiatives initiatives;
	private final InitiativeTypes types;
	private final Events events;
	private final InitiativeAccess access;
	private final InitiativeQuery query;
	private final InitiativeHistory history;
	private final LocalityDirectory localities;
	private final OrganisationDirectory organisations;
	private final GuidingDocuments documents;
	/** Photos and files of models: images, PDF and Office documents, sniffed from their content. */
	private static final java.util.Set<FileType> ACCEPTED_FILES = java.util.EnumSet.allOf(FileType.class);

	private final FileStore files;
	private final ResponsiveImages images;
	private final ApplicationEventPublisher publisher;
	private final Clock clock = Clock.systemDefaultZone();

	InitiativeService(Initiatives initiatives, InitiativeTypes types, Events events, InitiativeAccess access,
			InitiativeQuery query, InitiativeHistory history, LocalityDirectory localities,
			OrganisationDirectory organisations, GuidingDocuments documents, FileStore files, ResponsiveImages images,
			ApplicationEventPublisher publisher) {
		this.initiatives = initiatives;
		this.types = types;
		this.events = events;
		this.access = access;
		this.query = query;
		this.history = history;
		this.localities = localities;
		this.organisations = organisations;
		this.documents = documents;
		this.files = files;
		this.images = images;
		this.publisher = publisher;
	}

	// ---- reading ----

	Page<InitiativeRow> list(InitiativeQuery.Criteria criteria, Pageable pageable) {
		return query.find(criteria, pageable);
	}

	/**
	 * The subtree filter of a locality given by its official code: the unit bearing the code today,
	 * or, for a code no longer in use, the one that bore it before the 2025 reform.
	 */
	Optional<LocalityView> localityByCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String c = code.strip();
		return localities.findByCode(c, LocalDate.now(clock)).or(() -> localities.findByCode(c, LocalDate.of(2025, 6, 30)));
	}

	vn.mohinh.locality.Scope subtreeOf(long localityId) {
		return access.subtreeOf(localityId);
	}

	InitiativeCard read(long id) {
		Initiative initiative = readable(id);
		return card(initiative);
	}

	List<InitiativeHistory.Change> history(long id) {
		readable(id);
		return history.of(id);
	}

	InitiativeCard readForChange(long id) {
		Initiative initiative = initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
		access.requireWritable(initiative.scopePath(), id);
		return card(initiative);
	}

	void requireEditor() {
		access.requireEditor();
	}

	boolean mayCreate() {
		return access.isEditor();
	}

	List<InitiativeTypeView> types() {
		return types.findAllInOrder().stream().map(InitiativeType::view).toList();
	}

	/** The guiding documents a user may pick: those in force that the user may read, newest first. */
	List<GuidingDocumentView> documentChoices() {
		return documents.search("", GuidingDocuments.MAX_RESULTS);
	}

	/** The official code of the user's own commune, to prefill the form of a commune editor. */
	Optional<String> ownCommuneCode() {
		return CurrentUser.get().map(ScopedPrincipal::scopeLocalityId).flatMap(localities::find)
			.filter(l -> l.kind().level() == LocalityKind.Level.COMMUNE).map(LocalityView::code);
	}

	// ---- writing ----

	@Transactional
	long create(InitiativeInput input, Long originId, LineageRelation relation, String lineageReason) {
		access.requireEditor();
		InitiativeRuleException.Rules rules = new InitiativeRuleException.Rules();
		if (relation == LineageRelation.CONVERSION && (lineageReason == null || lineageReason.isBlank())) {
			rules.reject("lineageReason", "initiative.error.lifecycle.reasonRequired");
		}
		Resolved[] resolved = new Resolved[1];
		rules.check(() -> resolved[0] = resolve(input, null));
		rules.throwIfAny();
		Resolved r = resolved[0];
		Instant now = clock.instant();
		Initiative initiative = Initiative.start(r.details(), r.type(), r.commune(), r.mergedCommuneIds(), r.placeText(),
				r.villages(), r.overlaps(), now);
		if (originId != null && relation != null) {
			Initiative origin = initiatives.findById(originId).orElseThrow(() -> new NotFoundException("initiative", originId));
			access.requireWritable(origin.scopePath(), originId);
			initiative.descendFrom(origin, relation);
			LocalDate on = input.startDate();
			if (relation == LineageRelation.CONVERSION) {
				origin.convertTo(on.isBefore(origin.startDate()) ? origin.startDate() : on, lineageReason, now);
			}
			else {
				origin.spreadTo(on, now);
			}
			save(origin);
		}
		return save(initiative).id();
	}

	@Transactional
	void revise(long id, long expectedVersion, InitiativeInput input) {
		Initiative initiative = writable(id, expectedVersion);
		Resolved r = resolve(input, initiative);
		initiative.revise(r.details(), r.type(), r.commune(), r.mergedCommuneIds(), r.placeText(), r.villages(),
				r.overlaps(), clock.instant());
		save(initiative);
	}

	@Transactional
	void submit(long id, long expectedVersion, int year) {
		Initiative initiative = writable(id, expectedVersion);
		initiative.submit(year, username(), clock.instant());
		save(initiative);
	}

	@Transactional
	void register(long id, long expectedVersion, int year, String board, LocalDate on, String number) {
		Initiative initiative = writable(id, expectedVersion);
		Ref boardRef = board == null || board.isBlank() ? null
				: organisations.findByName(board).map(o -> new Ref(o.id(), o.name()))
					.orElseThrow(() -> new InitiativeRuleException("organisation", "initiative.error.organisation.unknown", board));
		initiative.register(year, access.standsAbove(initiative.scopePath()), boardRef, on, number, username(),
				clock.instant());
		save(initiative);
	}

	@Transactional
	void returnRegistration(long id, long expectedVersion, int year, String reason) {
		Initiative initiative = writable(id, expectedVersion);
		initiative.returnRegistration(year, access.standsAbove(initiative.scopePath()), reason, username(), clock.instant());
		save(initiative);
	}

	@Transactional
	void renew(long id, long expectedVersion, int year) {
		Initiative initiative = writable(id, expectedVersion);
		initiative.renew(year, clock.instant());
		save(initiative);
	}

	@Transactional
	void setLevel(long id, long expectedVersion, int year, PilotLevel level) {
		Initiative initiative = writable(id, expectedVersion);
		initiative.setLevel(year, level);
		save(initiative);
	}

	@Transactional
	void maintain(long id, long expectedVersion, LocalDate on) {
		Initiative initiative = writable(id, expectedVersion);
		initiative.maintain(on == null ? LocalDate.now(clock) : on, clock.instant());
		save(initiative);
	}

	@Transactional
	void discontinue(long id, long expectedVersion, LocalDate on, String reason) {
		Initiative initiative = writable(id, expectedVersion);
		initiative.discontinue(on, reason, clock.instant());
		save(initiative);
	}

	@Transactional
	void attach(long id, long expectedVersion, MultipartFile upload, boolean photo, String altText) {
		Initiative initiative = writable(id, expectedVersion);
		if (upload == null || upload.isEmpty()) {
			throw new InitiativeRuleException("file", "initiative.error.file.empty");
		}
		if (photo && (altText == null || altText.isBlank())) {
			throw new InitiativeRuleException("altText", "initiative.error.file.altRequired");
		}
		vn.mohinh.shared.files.StoredFile stored;
		try {
			stored = files.store(upload, photo ? FileType.images() : ACCEPTED_FILES);
			if (photo) {
				images.createVariants(stored);
			}
		}
		catch (ImageRejectedException e) {
			throw new InitiativeRuleException("file", "initiative.error.file.tooManyPixels", e.args());
		}
		catch (FileRejectedException e) {
			throw switch (e.reason()) {
				case EMPTY -> new InitiativeRuleException("file", "initiative.error.file.empty");
				case TOO_LARGE -> new InitiativeRuleException("file", "initiative.error.file.tooLarge", e.args());
				case TYPE -> new InitiativeRuleException("file", photo ? "initiative.error.file.notPhoto" : "initiative.error.file.type");
			};
		}
		initiative.attach(new StoredFile(photo, stored.hash(), stored.name(), stored.type(), stored.size(),
				altText == null || altText.isBlank() ? null : VietnameseText.clean(altText)), clock.instant());
		save(initiative);
	}

	/** The bytes of a model's photo or file, if the user may read the model. */
	StoredFileContent file(long id, int index) {
		Initiative initiative = readable(id);
		List<StoredFile> all = initiative.files();
		if (index < 0 || index >= all.size()) {
			throw new NotFoundException("file of initiative", id);
		}
		StoredFile file = all.get(index);
		Path path = files.pathOf(file.sha256());
		if (!Files.isReadable(path)) {
			throw new NotFoundException("file", file.sha256());
		}
		return new StoredFileContent(file, path);
	}

	record StoredFileContent(StoredFile file, Path path) {
	}

	long maxUploadBytes() {
		return files.maxBytes();
	}

	// ---- resolution of the input against the other modules ----

	private record Resolved(InitiativeDetails details, InitiativeTypeView type, LocalityView commune,
			Set<Long> mergedCommuneIds, String placeText, List<LocalityView> villages, List<String> overlaps) {
	}

	/** The rules of the input, without saving anything ({@code id} is the model being edited, or null). */
	void check(InitiativeInput input, Long id) {
		resolve(input, id == null ? null : initiatives.findById(id).orElse(null));
	}

	/**
	 * The input resolved against the other modules, in the user's scope; every problem is collected
	 * and reported at once. {@code current} is the model being edited (its lead, partners and party
	 * member may stay even when they lie outside the user's scope), or null.
	 */
	private Resolved resolve(InitiativeInput in, Initiative current) {
		InitiativeRuleException.Rules rules = new InitiativeRuleException.Rules();
		LocalDate day = in.startDate() == null ? LocalDate.now(clock) : in.startDate();
		InitiativeTypeView type = in.typeId() == null ? null
				: types.findById(in.typeId()).map(InitiativeType::view).orElse(null);
		if (type == null) {
			rules.reject("typeId", "initiative.error.type.required");
		}
		LocalityView commune = commune(in.communeCode(), day, rules);
		Set<Long> merged = Set.of();
		List<LocalityView> villages = List.of();
		if (commune != null) {
			Map<Long, LocalityView> inCommune = villagesOf(commune, day);
			merged = inCommune.values().stream().map(LocalityView::parentId)
				.filter(p -> p != null && p != commune.id()).collect(java.util.stream.Collectors.toSet());
			villages = villages(in, commune, inCommune, rules);
		}
		Ref lead = null;
		Long keptLead = current == null ? null : current.lead() == null ? null : current.lead().id();
		if (in.leadOrganisationId() != null) {
			lead = organisation(in.leadOrganisationId(), keptLead).orElse(null);
			if (lead == null) {
				rules.reject("leadOrganisationId", "initiative.error.organisation.notFound");
			}
		}
		else if (in.leadOrganisation() != null && !in.leadOrganisation().isBlank()) {
			lead = organisations.findByName(in.leadOrganisation()).map(o -> new Ref(o.id(), o.name())).orElse(null);
			if (lead == null) {
				rules.reject("leadOrganisationId", "initiative.error.organisation.unknown", in.leadOrganisation());
			}
		}
		PersonView inCharge = null;
		Long keptPerson = current == null ? null : current.personInCharge() == null ? null : current.personInCharge().id();
		if (in.personInChargeId() != null) {
			inCharge = organisations.findPerson(in.personInChargeId())
				.filter(p -> access.canRead(p.scopePath()) || p.id() == (keptPerson == null ? -1 : keptPerson)).orElse(null);
			if (inCharge == null) {
				rules.reject("personInChargeId", "initiative.error.personInCharge.notFound");
			}
		}
		else if (in.personInCharge() != null && !in.personInCharge().isBlank()) {
			// The API names the person: one of the lead organisation's staff.
			String wanted = VietnameseText.fold(in.personInCharge());
			inCharge = lead == null ? null : organisations.staffOf(lead.id()).stream()
				.filter(p -> VietnameseText.fold(p.fullName()).equals(wanted)).findFirst().orElse(null);
			if (inCharge == null) {
				rules.reject("personInChargeId", "initiative.error.personInCharge.unknown", in.personInCharge());
			}
		}
		Set<Long> keptPartners = current == null ? Set.of()
				: current.partners().stream().map(Partner::organisationId).filter(java.util.Objects::nonNull)
					.collect(java.util.stream.Collectors.toSet());
		List<Partner> partners = new ArrayList<>();
		for (InitiativeInput.PartnerInput p : in.partners()) {
			Ref o = null;
			if (p.organisationId() != null) {
				o = organisation(p.organisationId(), keptPartners.contains(p.organisationId()) ? p.organisationId() : null)
					.orElse(null);
				if (o == null) {
					rules.reject("partners", "initiative.error.organisation.notFound");
				}
			}
			else if (p.organisation() != null && !p.organisation().isBlank()) {
				o = organisations.findByName(p.organisation()).map(v -> new Ref(v.id(), v.name())).orElse(null);
				if (o == null) {
					rules.reject("partners", "initiative.error.organisation.unknown", p.organisation());
				}
			}
			if (o != null) {
				partners.add(new Partner(o.id(), o.name(),
						p.role() == null || p.role().isBlank() ? null : VietnameseText.clean(p.role())));
			}
		}
		Set<Long> documentIds = new LinkedHashSet<>(in.documentIds());
		if (documents.findAll(documentIds).size() != documentIds.size()) {
			rules.reject("documentIds", "initiative.error.documents.unknown");
		}
		List<Target> targets = new ArrayList<>();
		for (InitiativeInput.TargetInput t : in.targets()) {
			boolean empty = (t.description() == null || t.description().isBlank()) && t.targetValue() == null
					&& t.achievedValue() == null && (t.unit() == null || t.unit().isBlank());
			if (empty) {
				continue;
			}
			if (t.description() == null || t.description().isBlank()) {
				rules.reject("targets", "initiative.error.targets.description");
				continue;
			}
			targets.add(new Target(VietnameseText.clean(t.description()),
					t.unit() == null || t.unit().isBlank() ? null : VietnameseText.clean(t.unit()), t.targetValue(),
					t.achievedValue()));
		}
		List<String> overlaps = type == null || villages.isEmpty() ? List.of()
				: initiatives.sameTypeInVillages(type.id(), villages.stream().map(LocalityView::id).toList(),
						current == null ? 0 : current.id()).stream().map(row -> row[0] + " (" + row[1] + ")").distinct()
					.toList();
		InitiativeDetails details = new InitiativeDetails(in.name(), in.description(), in.startDate(), in.endDate(),
				in.published(), in.level(), in.levelYear(), lead, inCharge, partners, documentIds, targets,
				in.overlapReason());
		if (commune != null && villages.isEmpty()) {
			rules.reject("villageIds", "initiative.error.villages.required");
		}
		Initiative.checkDetails(details, overlaps, rules);
		rules.throwIfAny();
		return new Resolved(details, type, commune, merged, localities.address(commune.id()), villages, overlaps);
	}

	/** The commune by its official code (or the user's own), on the model's start date, in the user's scope. */
	private LocalityView commune(String typed, LocalDate day, InitiativeRuleException.Rules rules) {
		String code = typed == null || typed.isBlank() ? ownCommuneCode().orElse(null) : typed.strip();
		if (code == null) {
			rules.reject("communeCode", "initiative.error.commune.required");
			return null;
		}
		// Codes are reused after the 2025 reform: the model's start date decides what a code means.
		LocalityView commune = localities.findByCode(code, day).orElse(null);
		if (commune == null) {
			rules.reject("communeCode", "initiative.error.commune.unknown", code);
			return null;
		}
		if (!access.canEdit(commune.path())) {
			rules.reject("communeCode", "initiative.error.commune.outOfScope", commune.fullName());
			return null;
		}
		return commune;
	}

	/** An organisation the user may pick: in scope, or the one the model already had ({@code kept}). */
	private Optional<Ref> organisation(long id, Long kept) {
		return organisations.find(id).filter(o -> access.canRead(o.scopePath()) || Long.valueOf(id).equals(kept))
			.map(o -> new Ref(o.id(), o.name()));
	}

	/** The villages of a commune on a day, with those of the communes merged into it. */
	private Map<Long, LocalityView> villagesOf(LocalityView commune, LocalDate day) {
		Map<Long, LocalityView> villages = new LinkedHashMap<>();
		localities.childrenOn(commune.id(), day, 1000).stream().filter(v -> v.kind().isVillage())
			.forEach(v -> villages.put(v.id(), v));
		return villages;
	}

	/** By id (form and API) or by name within the commune, "9" meaning "Thôn 9" (API). */
	private List<LocalityView> villages(InitiativeInput in, LocalityView commune, Map<Long, LocalityView> inCommune,
			InitiativeRuleException.Rules rules) {
		Map<Long, LocalityView> found = new LinkedHashMap<>();
		List<Long> unknown = in.villageIds().stream().filter(id -> !inCommune.containsKey(id)).toList();
		if (!unknown.isEmpty()) {
			Map<Long, LocalityView> elsewhere = localities.findAll(unknown);
			for (Long id : unknown) {
				LocalityView v = elsewhere.get(id);
				if (v != null && access.canRead(v.path())) {
					rules.reject("villageIds", "initiative.error.villages.outside", v.name(), commune.fullName());
				}
				else {
					rules.reject("villageIds", "initiative.error.villages.notOffered", commune.fullName());
				}
			}
		}
		in.villageIds().stream().filter(inCommune::containsKey).forEach(id -> found.put(id, inCommune.get(id)));
		for (String raw : in.villageNames()) {
			String name = VietnameseText.clean(raw);
			if (name == null || name.isBlank()) {
				continue;
			}
			Optional<LocalityView> village = localities.findVillage(commune.id(), name)
				.or(() -> name.matches("\\d+") ? localities.findVillage(commune.id(), "Thôn " + name) : Optional.empty())
				.filter(v -> inCommune.containsKey(v.id()));
			if (village.isEmpty()) {
				rules.reject("villageIds", "initiative.error.villages.unknown", name, commune.fullName());
			}
			village.ifPresent(v -> found.put(v.id(), v));
		}
		return List.copyOf(found.values());
	}

	// ---- choices for the form's pickers, all in the user's scope ----

	/**
	 * The communes a user may place a model in on a day: their own commune, or the communes of their
	 * district or province as they were on that day; none for national users, who type a code.
	 */
	List<CommuneChoice> communeChoices(LocalDate on) {
		Long rootId = CurrentUser.get().map(ScopedPrincipal::scopeLocalityId).orElse(null);
		if (rootId == null) {
			return List.of();
		}
		LocalityView root = localities.find(rootId).orElse(null);
		if (root == null) {
			return List.of();
		}
		if (root.kind().level() == LocalityKind.Level.COMMUNE) {
			return List.of(new CommuneChoice(root.code(), root.fullName()));
		}
		LocalDate day = on == null ? LocalDate.now(clock) : on;
		if (root.validTo() != null && day.isAfter(root.validTo())) {
			day = root.validTo();
		}
		if (root.validFrom() != null && day.isBefore(root.validFrom())) {
			day = root.validFrom();
		}
		List<CommuneChoice> choices = new ArrayList<>();
		for (LocalityView child : localities.childrenOn(root.id(), day, 1000)) {
			if (child.kind().level() == LocalityKind.Level.COMMUNE) {
				choices.add(new CommuneChoice(child.code(), child.fullName()));
			}
			else if (child.kind().level() == LocalityKind.Level.DISTRICT) {
				localities.childrenOn(child.id(), day, 1000).stream()
					.filter(c -> c.kind().level() == LocalityKind.Level.COMMUNE)
					.forEach(c -> choices.add(new CommuneChoice(c.code(), c.fullName() + ", " + child.fullName())));
			}
		}
		return choices;
	}

	/** The villages of the commune bearing a code on a day, and the ones already ticked. */
	List<Choice> villageChoices(String communeCode, LocalDate on, List<Long> ticked) {
		LocalDate start = on == null ? LocalDate.now(clock) : on;
		String code = communeCode == null || communeCode.isBlank() ? ownCommuneCode().orElse(null) : communeCode.strip();
		if (code == null) {
			return List.of();
		}
		// Codes were reused by the 2025 reform: the unit bearing it on the day, else the one before the
		// reform (a district's communes are offered as they last were), whichever the user may read.
		LocalityView commune = localities.findByCode(code, start).filter(c -> access.canRead(c.path()))
			.or(() -> localities.findByCode(code, LocalDate.of(2025, 6, 30)).filter(c -> access.canRead(c.path())))
			.or(() -> localities.findLatestByCode(code).filter(c -> access.canRead(c.path()))).orElse(null);
		if (commune == null) {
			return List.of();
		}
		LocalDate day = start;
		// A commune abolished by the reform shows its villages as they last were.
		if (commune.validTo() != null && day.isAfter(commune.validTo())) {
			day = commune.validTo();
		}
		if (commune.validFrom() != null && day.isBefore(commune.validFrom())) {
			day = commune.validFrom();
		}
		Map<Long, LocalityView> villages = villagesOf(commune, day);
		List<Choice> choices = new ArrayList<>();
		villages.values().forEach(v -> choices.add(new Choice(v.id(), villageLabel(v, commune))));
		List<Long> missing = ticked == null ? List.of() : ticked.stream().filter(id -> id != null && !villages.containsKey(id)).toList();
		localities.findAll(missing).values().stream().filter(v -> access.canRead(v.path()))
			.forEach(v -> choices.add(new Choice(v.id(), v.name())));
		return choices;
	}

	/** "Thôn 3" of the commune itself; "Thôn 3 (Xã Tân Lập)" of a commune merged into it. */
	private String villageLabel(LocalityView village, LocalityView commune) {
		if (village.parentId() == null || village.parentId() == commune.id()) {
			return village.name();
		}
		return localities.find(village.parentId()).map(p -> village.name() + " (" + p.fullName() + ")").orElse(village.name());
	}

	/** Organisations in scope matching the words, and those already chosen. */
	List<Choice> organisationChoices(String query, List<Long> chosen) {
		List<Choice> choices = new ArrayList<>(organisations.search(query, CHOICES).stream()
			.map(o -> new Choice(o.id(), o.name())).toList());
		for (Long id : chosen) {
			if (id != null && choices.stream().noneMatch(c -> c.id() == id)) {
				organisations.find(id).ifPresent(o -> choices.add(0, new Choice(o.id(), o.name())));
			}
		}
		return choices;
	}

	/** Party members in scope matching the words, and the one already chosen. */
	List<Choice> partyMemberChoices(String query, Long chosen) {
		List<Choice> choices = new ArrayList<>(organisations.searchPartyMembers(query, CHOICES).stream()
			.map(p -> new Choice(p.id(), p.position() == null ? p.fullName() : p.fullName() + " – " + p.position()))
			.toList());
		if (chosen != null && choices.stream().noneMatch(c -> c.id() == chosen)) {
			organisations.findPerson(chosen).ifPresent(p -> choices.add(0, new Choice(p.id(), p.fullName())));
		}
		return choices;
	}

	// ---- helpers ----

	private InitiativeCard card(Initiative i) {
		InitiativeTypeView type = types.findById(i.typeId()).map(InitiativeType::view).orElseThrow();
		Map<Long, GuidingDocumentView> docs = documents.findAll(i.documentIds());
		List<InitiativeCard.DocumentRef> documentRefs = docs.values().stream()
			.sorted(Comparator.comparing(GuidingDocumentView::year).reversed())
			.map(d -> new InitiativeCard.DocumentRef(d.id(), d.number() == null ? String.valueOf(d.year()) : d.number(),
					d.title()))
			.toList();
		InitiativeCard.Lineage origin = null;
		if (i.originId() != null) {
			origin = initiatives.findById(i.originId()).filter(o -> access.canRead(o.scopePath()))
				.map(o -> lineage(o, i.originRelation(), o.statusReason())).orElse(null);
		}
		List<InitiativeCard.Lineage> successors = initiatives.findByOriginIdOrderByStartDateAscIdAsc(i.id()).stream()
			.filter(s -> access.canRead(s.scopePath())).map(s -> lineage(s, s.originRelation(), i.statusReason())).toList();
		List<EventView> eventViews = events.findByInitiativeIdOrderByHeldOnDesc(i.id()).stream()
			.filter(e -> access.canRead(e.scopePath())).map(e -> e.view(i.name())).toList();
		List<Site> sites = i.sites().stream().sorted(VietnameseText.comparing(Site::villageName)).toList();
		List<YearLevel> levels = i.levels().stream().sorted(Comparator.comparing(YearLevel::year).reversed()).toList();
		List<Registration> registrations = i.registrations().stream()
			.sorted(Comparator.comparing(Registration::year).reversed()).toList();
		boolean canEdit = access.canEdit(i.scopePath());
		return new InitiativeCard(i.id(), i.name(), type, i.communeCode(), i.communeName(), i.placeText(), sites,
				i.startDate(), i.endDate(), levels, i.currentLevel(), i.lead(), i.personInCharge(), i.partners(),
				documentRefs, i.targets(), i.description(), i.published(), i.status(), i.statusOn(), i.statusReason(),
				origin, successors, registrations, i.files(), eventViews, i.overlapReason(), i.version(), canEdit,
				access.standsAbove(i.scopePath()),
				i.updatedAt() == null ? null : LocalDateTime.ofInstant(i.updatedAt(), VIETNAM));
	}

	/** The reason of a conversion is the origin's: it is why the origin was closed. */
	private InitiativeCard.Lineage lineage(Initiative other, LineageRelation relation, String originReason) {
		String typeName = types.findById(other.typeId()).map(InitiativeType::name).orElse("");
		return new InitiativeCard.Lineage(other.id(), other.name(), relation, typeName, other.status(),
				other.communeName(), relation == LineageRelation.CONVERSION ? originReason : null);
	}

	private Initiative readable(long id) {
		Initiative initiative = initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
		access.requireReadable(initiative.scopePath(), id);
		return initiative;
	}

	private Initiative writable(long id, long expectedVersion) {
		Initiative initiative = initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
		access.requireWritable(initiative.scopePath(), id);
		if (initiative.version() != expectedVersion) {
			throw new StaleInitiativeException(id);
		}
		return initiative;
	}

	/** Flushes now, so that a concurrent edit is reported here and the transaction rolls back. */
	private Initiative save(Initiative initiative) {
		try {
			Initiative saved = initiatives.saveAndFlush(initiative);
			publisher.publishEvent(saved.changed());
			return saved;
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleInitiativeException(initiative.id());
		}
	}

	private static String username() {
		return CurrentUser.get().map(ScopedPrincipal::username).orElse(null);
	}

}
