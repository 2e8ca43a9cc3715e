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

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

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

	private final Initiatives initiatives;
	private final InitiativeTypes types;
	private final Events events;
	private final InitiativeAccess access;
	private final InitiativeQuery query;
	private final InitiativeHistory history;
	private final LocalityDirectory localities;
	private final OrganisationDirectory organisations;
	private final GuidingDocuments documents;
	private final InitiativeFileStore files;
	private final Clock clock = Clock.systemDefaultZone();

	InitiativeService(Initiatives initiatives, InitiativeTypes types, Events events, InitiativeAccess access,
			InitiativeQuery query, InitiativeHistory history, LocalityDirectory localities,
			OrganisationDirectory organisations, GuidingDocuments documents, InitiativeFileStore files) {
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
		Resolved r = resolve(input, 0);
		Instant now = clock.instant();
		Initiative initiative = Initiative.start(r.details(), r.type(), r.commune(), r.placeText(), r.villages(),
				r.overlaps(), now);
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
		Resolved r = resolve(input, id);
		initiative.revise(r.details(), r.type(), r.commune(), r.placeText(), r.villages(), r.overlaps(), clock.instant());
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
		Upload stored = files.store(upload);
		if (photo && stored.type() != FileType.JPEG && stored.type() != FileType.PNG) {
			throw new InitiativeRuleException("file", "initiative.error.file.notPhoto");
		}
		initiative.attach(new StoredFile(photo, stored.sha256(), stored.name(), stored.type(), stored.size(),
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

	private record Resolved(InitiativeDetails details, InitiativeTypeView type, LocalityView commune, String placeText,
			List<LocalityView> villages, List<String> overlaps) {
	}

	private Resolved resolve(InitiativeInput in, long exceptId) {
		if (in.startDate() == null) {
			throw new InitiativeRuleException("startDate", "initiative.error.startDate.required");
		}
		InitiativeTypeView type = in.typeId() == null ? null
				: types.findById(in.typeId()).map(InitiativeType::view).orElse(null);
		if (type == null) {
			throw new InitiativeRuleException("typeId", "initiative.error.type.required");
		}
		String code = in.communeCode() == null || in.communeCode().isBlank() ? ownCommuneCode().orElse(null)
				: in.communeCode().strip();
		if (code == null) {
			throw new InitiativeRuleException("communeCode", "initiative.error.commune.required");
		}
		// Codes are reused after the 2025 reform: the model's start date decides what a code means.
		LocalityView commune = localities.findByCode(code, in.startDate())
			.orElseThrow(() -> new InitiativeRuleException("communeCode", "initiative.error.commune.unknown", code));
		if (!access.canEdit(commune.path())) {
			throw new InitiativeRuleException("communeCode", "initiative.error.commune.outOfScope", commune.fullName());
		}
		List<LocalityView> villages = villages(in, commune);
		Ref lead = null;
		if (in.leadOrganisation() != null && !in.leadOrganisation().isBlank()) {
			OrganisationView o = organisations.findByName(in.leadOrganisation()).orElseThrow(
					() -> new InitiativeRuleException("leadOrganisation", "initiative.error.organisation.unknown",
							in.leadOrganisation()));
			lead = new Ref(o.id(), o.name());
		}
		PersonView inCharge = null;
		if (in.personInCharge() != null && !in.personInCharge().isBlank()) {
			if (lead == null) {
				throw new InitiativeRuleException("personInCharge", "initiative.error.personInCharge.leadFirst");
			}
			String wanted = VietnameseText.fold(in.personInCharge());
			inCharge = organisations.staffOf(lead.id()).stream().filter(p -> VietnameseText.fold(p.fullName()).equals(wanted))
				.findFirst().orElseThrow(() -> new InitiativeRuleException("personInCharge",
						"initiative.error.personInCharge.unknown", in.personInCharge()));
		}
		List<Partner> partners = new ArrayList<>();
		for (InitiativeInput.PartnerInput p : in.partners()) {
			if (p.organisation() == null || p.organisation().isBlank()) {
				continue;
			}
			OrganisationView o = organisations.findByName(p.organisation()).orElseThrow(
					() -> new InitiativeRuleException("partners", "initiative.error.organisation.unknown", p.organisation()));
			partners.add(new Partner(o.id(), o.name(), p.role() == null || p.role().isBlank() ? null : VietnameseText.clean(p.role())));
		}
		Set<Long> documentIds = new LinkedHashSet<>(in.documentIds());
		if (documents.findAll(documentIds).size() != documentIds.size()) {
			throw new InitiativeRuleException("documentIds", "initiative.error.documents.unknown");
		}
		List<Target> targets = new ArrayList<>();
		for (InitiativeInput.TargetInput t : in.targets()) {
			boolean empty = (t.description() == null || t.description().isBlank()) && t.targetValue() == null
					&& t.achievedValue() == null && (t.unit() == null || t.unit().isBlank());
			if (empty) {
				continue;
			}
			if (t.description() == null || t.description().isBlank()) {
				throw new InitiativeRuleException("targets", "initiative.error.targets.description");
			}
			targets.add(new Target(VietnameseText.clean(t.description()),
					t.unit() == null || t.unit().isBlank() ? null : VietnameseText.clean(t.unit()), t.targetValue(),
					t.achievedValue()));
		}
		List<String> overlaps = initiatives
			.sameTypeInVillages(type.id(), villages.stream().map(LocalityView::id).toList(), exceptId).stream()
			.map(row -> row[0] + " (" + row[1] + ")").distinct().toList();
		InitiativeDetails details = new InitiativeDetails(in.name(), in.description(), in.startDate(), in.endDate(),
				in.published(), in.level(), in.levelYear(), lead, inCharge, partners, documentIds, targets,
				in.overlapReason());
		return new Resolved(details, type, commune, localities.address(commune.id()), villages, overlaps);
	}

	/** By id (the API) or by name within the commune, "9" meaning "Thôn 9" (the form). */
	private List<LocalityView> villages(InitiativeInput in, LocalityView commune) {
		Map<Long, LocalityView> found = new LinkedHashMap<>();
		if (!in.villageIds().isEmpty()) {
			Map<Long, LocalityView> byId = localities.findAll(in.villageIds());
			for (Long villageId : in.villageIds()) {
				LocalityView village = byId.get(villageId);
				if (village == null) {
					throw new InitiativeRuleException("villages", "initiative.error.villages.unknown", String.valueOf(villageId),
							commune.fullName());
				}
				found.put(village.id(), village);
			}
		}
		for (String raw : in.villageNames()) {
			String name = VietnameseText.clean(raw);
			if (name == null || name.isBlank()) {
				continue;
			}
			LocalityView village = localities.findVillage(commune.id(), name)
				.or(() -> name.matches("\\d+") ? localities.findVillage(commune.id(), "Thôn " + name) : Optional.empty())
				.orElseThrow(() -> new InitiativeRuleException("villages", "initiative.error.villages.unknown", name,
						commune.fullName()));
			found.put(village.id(), village);
		}
		return List.copyOf(found.values());
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
				.map(o -> lineage(o, i.originRelation())).orElse(null);
		}
		List<InitiativeCard.Lineage> successors = initiatives.findByOriginIdOrderByStartDateAscIdAsc(i.id()).stream()
			.filter(s -> access.canRead(s.scopePath())).map(s -> lineage(s, s.originRelation())).toList();
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

	private InitiativeCard.Lineage lineage(Initiative other, LineageRelation relation) {
		String typeName = types.findById(other.typeId()).map(InitiativeType::name).orElse("");
		return new InitiativeCard.Lineage(other.id(), other.name(), relation, typeName, other.status(),
				other.communeName());
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
			return initiatives.saveAndFlush(initiative);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleInitiativeException(initiative.id());
		}
	}

	private static String username() {
		return CurrentUser.get().map(ScopedPrincipal::username).orElse(null);
	}

}
