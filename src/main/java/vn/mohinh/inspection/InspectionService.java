package vn.mohinh.inspection;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.mohinh.evaluation.CriteriaCatalogue;
import vn.mohinh.evaluation.CriterionView;
import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.files.FileRejectedException;
import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.files.FileType;
import vn.mohinh.shared.files.ImageRejectedException;
import vn.mohinh.shared.files.ResponsiveImages;
import vn.mohinh.shared.files.StoredFile;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The use cases of inspections for their pages, API and minutes: list and read in scope, record,
 * correct and withdraw an inspection, its photos. Every path checks scope through
 * {@link InspectionAccess}; the rules live in {@link Inspection}. Each recording or withdrawal
 * publishes {@link InspectionRecorded} inside the transaction.
 */
@Service
@Transactional(readOnly = true)
class InspectionService {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Enough for a select or a suggestion list; a province's scope is narrowed by typing. */
	static final int CHOICES = 300;

	/** Organisations whose staff the form suggests as team members and people in charge. */
	private static final int STAFF_OF_ORGANISATIONS = 30;

	/** The last day before the 2025 reform, when the old codes still meant the old units. */
	private static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

	private final Inspections inspections;
	private final InspectionQuery query;
	private final InspectionAccess access;
	private final CriteriaCatalogue criteria;
	private final InitiativeDirectory models;
	private final LocalityDirectory localities;
	private final OrganisationDirectory organisations;
	private final FileStore files;
	private final ResponsiveImages images;
	private final ApplicationEventPublisher publisher;
	private final Clock clock = Clock.system(VIETNAM);

	InspectionService(Inspections inspections, InspectionQuery query, InspectionAccess access,
			CriteriaCatalogue criteria, InitiativeDirectory models, LocalityDirectory localities,
			OrganisationDirectory organisations, FileStore files, ResponsiveImages images,
			ApplicationEventPublisher publisher) {
		this.inspections = inspections;
		this.query = query;
		this.access = access;
		this.criteria = criteria;
		this.models = models;
		this.localities = localities;
		this.organisations = organisations;
		this.files = files;
		this.images = images;
		this.publisher = publisher;
	}

	// ---- reading ----

	Page<InspectionRow> list(InspectionQuery.Criteria criteria, Pageable pageable) {
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
		return localities.findByCode(c, today()).or(() -> localities.findByCode(c, BEFORE_REFORM));
	}

	vn.mohinh.locality.Scope subtreeOf(long localityId) {
		return access.subtreeOf(localityId);
	}

	InspectionCard read(long id) {
		Inspection inspection = inspections.findById(id).orElseThrow(() -> new NotFoundException("inspection", id));
		access.requireReadable(inspection.scopePath(), id);
		return card(inspection);
	}

	InspectionCard readForChange(long id) {
		Inspection inspection = inspections.findById(id).orElseThrow(() -> new NotFoundException("inspection", id));
		access.requireRecorder(inspection.scopePath(), id);
		return card(inspection);
	}

	/** A model the user may read, to inspect or to filter by; 404 otherwise. */
	InitiativeView model(long initiativeId) {
		return models.find(initiativeId).orElseThrow(() -> new NotFoundException("initiative", initiativeId));
	}

	/** A model the user may inspect: in scope (404 otherwise); the role was checked before. */
	InitiativeView modelToInspect(long initiativeId) {
		InitiativeView model = model(initiativeId);
		access.requireRecorder(model.scopePath(), initiativeId);
		return model;
	}

	/** The models in scope, in Vietnamese order, to choose the one inspected. */
	Page<InitiativeView> modelsToInspect(Pageable pageable) {
		return models.inScope(pageable);
	}

	Optional<InitiativeView> findModel(long initiativeId) {
		return models.find(initiativeId);
	}

	boolean mayRecord() {
		return access.mayRecord();
	}

	void requireRecorder() {
		access.requireRecorder();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	long maxUploadBytes() {
		return files.maxBytes();
	}

	// ---- recording ----

	/** A photo chosen on the form or sent by a client, with the text that describes it. */
	record PhotoUpload(MultipartFile file, String altText) {

		boolean chosen() {
			return file != null && !file.isEmpty();
		}

	}

	/**
	 * Records an inspection; every broken rule of the input, the photos included, is reported at
	 * once, each by its field, and nothing is kept then (photos stored meanwhile are removed again).
	 */
	@Transactional
	long record(InspectionInput input, List<PhotoUpload> uploads) {
		access.requireRecorder();
		InspectionRuleException.Rules rules = new InspectionRuleException.Rules();
		InitiativeView model = input.initiativeId() == null ? null : models.find(input.initiativeId()).orElse(null);
		if (model == null) {
			rules.reject("initiativeId", input.initiativeId() == null ? "inspection.error.model.required"
					: "inspection.error.model.notFound");
		}
		else if (!access.canRecord(model.scopePath())) {
			rules.reject("initiativeId", "inspection.error.model.outOfScope", model.name());
		}
		List<Photo> photos = store(uploads, 0, rules);
		if (model == null || rules.has("initiativeId")) {
			rules.throwIfAny();
		}
		InspectedModel inspected = snapshot(model);
		InspectionDetails details = resolve(input, inspected, null, rules);
		Inspection.check(inspected, details, today(), rules);
		Inspection.checkPhotos(photos, 0, rules);
		rules.throwIfAny();
		Inspection inspection = Inspection.record(inspected, details, photos, today(), username(), clock.instant());
		return publish(inspections.saveAndFlush(inspection)).id();
	}

	/**
	 * The rules of the input, the photos included, without keeping anything ({@code id} is the
	 * inspection being corrected, or null): the transaction is rolled back, so photos stored to be
	 * checked are removed again.
	 */
	@Transactional
	void check(InspectionInput input, Long id, List<PhotoUpload> uploads) {
		org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		InspectionRuleException.Rules rules = new InspectionRuleException.Rules();
		Inspection current = id == null ? null : inspections.findById(id).orElse(null);
		InitiativeView model = current != null ? models.find(current.initiativeId()).orElse(null)
				: input.initiativeId() == null ? null : models.find(input.initiativeId()).orElse(null);
		List<Photo> photos = store(uploads, 0, rules);
		if (model == null && current == null) {
			rules.reject("initiativeId", "inspection.error.model.required");
			rules.throwIfAny();
		}
		InspectedModel inspected = current != null ? snapshotOf(current, model) : snapshot(model);
		InspectionDetails details = resolve(input, inspected, current, rules);
		Inspection.check(inspected, details, today(), rules);
		Inspection.checkPhotos(photos, 0, rules);
		rules.throwIfAny();
	}

	/** Corrects a standing inspection; {@code dropped} are the positions of photos taken off. */
	@Transactional
	void revise(long id, long expectedVersion, InspectionInput input, Set<Integer> dropped, List<PhotoUpload> uploads) {
		Inspection inspection = writable(id, expectedVersion);
		InspectionRuleException.Rules rules = new InspectionRuleException.Rules();
		InitiativeView model = models.find(inspection.initiativeId()).orElse(null);
		InspectedModel inspected = snapshotOf(inspection, model);
		int kept = (int) java.util.stream.IntStream.range(0, inspection.photos().size()).filter(i -> !dropped.contains(i))
			.count();
		List<Photo> photos = store(uploads, 0, rules);
		if (kept + photos.size() > InspectionForm.MAX_PHOTOS) {
			rules.reject("photos", "inspection.error.photo.tooMany", InspectionForm.MAX_PHOTOS);
		}
		InspectionDetails details = resolve(input, inspected, inspection, rules);
		rules.throwIfAny();
		inspection.revise(inspected, details, dropped, photos, today(), clock.instant());
		publish(inspections.saveAndFlush(inspection));
	}

	@Transactional
	void withdraw(long id, long expectedVersion, String reason) {
		Inspection inspection = writable(id, expectedVersion);
		inspection.withdraw(reason, today(), username(), clock.instant());
		publish(inspections.saveAndFlush(inspection));
	}

	/** The bytes of an inspection's photo, if the user may read the inspection. */
	PhotoContent photo(long id, int index) {
		Inspection inspection = inspections.findById(id).orElseThrow(() -> new NotFoundException("inspection", id));
		access.requireReadable(inspection.scopePath(), id);
		List<Photo> all = inspection.photos();
		if (index < 0 || index >= all.size()) {
			throw new NotFoundException("photo of inspection", id);
		}
		Photo photo = all.get(index);
		Path path = files.find(photo.sha256()).orElseThrow(() -> new NotFoundException("file", photo.sha256()));
		return new PhotoContent(photo, path);
	}

	record PhotoContent(Photo photo, Path path) {
	}

	private Inspection writable(long id, long expectedVersion) {
		Inspection inspection = inspections.findById(id).orElseThrow(() -> new NotFoundException("inspection", id));
		access.requireRecorder(inspection.scopePath(), id);
		if (inspection.version() != expectedVersion) {
			throw new StaleInspectionException(id);
		}
		return inspection;
	}

	/** The model's latest standing inspection after the change, for the regularity watch (same transaction). */
	private Inspection publish(Inspection saved) {
		LocalDate latest = inspections.latestStandingOn(saved.initiativeId()).orElse(null);
		publisher.publishEvent(new InspectionRecorded(saved.id(), saved.initiativeId(), latest));
		return saved;
	}

	/**
	 * Stores the chosen photos (sniffed: images only, size-limited); each refusal is a broken rule
	 * of its row. A row with a description but no photo is one too: the photo has to be chosen again.
	 */
	private List<Photo> store(List<PhotoUpload> uploads, int first, InspectionRuleException.Rules rules) {
		List<Photo> photos = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			PhotoUpload upload = uploads.get(i);
			String field = "photos[" + (first + i) + "]";
			if (!upload.chosen()) {
				if (upload.altText() != null && !upload.altText().isBlank()) {
					rules.reject(field + ".file", "inspection.error.photo.missing");
				}
				continue;
			}
			boolean described = upload.altText() != null && !upload.altText().isBlank();
			if (!described) {
				rules.reject(field + ".altText", "inspection.error.photo.altRequired");
			}
			else if (upload.altText().strip().length() > 500) {
				rules.reject(field + ".altText", "inspection.error.photo.altSize");
			}
			try {
				StoredFile stored = files.store(upload.file(), FileType.images());
				images.createVariants(stored);
				if (described) {
					photos.add(new Photo(stored.hash(), stored.name(), stored.type(), stored.size(),
							VietnameseText.clean(upload.altText())));
				}
			}
			catch (FileRejectedException e) {
				switch (e.reason()) {
					case EMPTY -> rules.reject(field + ".file", "inspection.error.photo.empty");
					case TOO_LARGE -> rules.reject(field + ".file", "inspection.error.photo.tooLarge", e.args());
					case TYPE -> rules.reject(field + ".file", "inspection.error.photo.notImage");
				}
			}
			catch (ImageRejectedException e) {
				rules.reject(field + ".file", "inspection.error.photo.tooManyPixels", e.args());
			}
		}
		if (photos.size() > InspectionForm.MAX_PHOTOS) {
			rules.reject("photos", "inspection.error.photo.tooMany", InspectionForm.MAX_PHOTOS);
		}
		return photos;
	}

	// ---- resolution of the input against the other modules ----

	private InspectedModel snapshot(InitiativeView model) {
		String villages = String.join(", ", model.villageNames());
		String address = localities.address(model.communeId());
		return new InspectedModel(model.id(), model.name(), model.typeId(), model.typeName(), model.communeId(),
				model.communeName(), villages.isEmpty() ? address : villages + ", " + address, model.scopePath(),
				model.startDate(), model.endDate());
	}

	/** The snapshot an inspection already has, with the model's dates as they are now (when readable). */
	private static InspectedModel snapshotOf(Inspection i, InitiativeView model) {
		return new InspectedModel(i.initiativeId(), i.initiativeName(), i.typeId(), i.typeName(), i.communeId(),
				i.communeName(), i.placeText(), i.scopePath(), model == null ? null : model.startDate(),
				model == null ? null : model.endDate());
	}

	/**
	 * The input resolved against the other modules, in the user's scope; problems are collected in
	 * {@code rules}. {@code current} is the inspection being corrected (its organisation, people and
	 * criteria may stay although they now lie outside the scope or the catalogue), or null.
	 */
	private InspectionDetails resolve(InspectionInput in, InspectedModel model, Inspection current,
			InspectionRuleException.Rules rules) {
		// Organisation: picked in scope, or named (kept as written when the register does not know it).
		Long organisationId = null;
		String organisationName = null;
		Long keptOrganisation = current == null ? null : current.organisationId();
		if (in.organisationId() != null) {
			Optional<OrganisationView> found = organisations.find(in.organisationId())
				.filter(o -> access.canRead(o.scopePath()) || o.id() == (keptOrganisation == null ? -1 : keptOrganisation));
			if (found.isEmpty()) {
				rules.reject("organisationId", "inspection.error.organisation.notFound");
			}
			else {
				organisationId = found.get().id();
				organisationName = found.get().name();
			}
		}
		else if (in.organisation() != null && !in.organisation().isBlank()) {
			organisationName = VietnameseText.clean(in.organisation());
			if (organisationName.length() > 300) {
				rules.reject("organisation", "inspection.error.organisation.size");
			}
			Optional<OrganisationView> named = organisations.findByName(organisationName)
				.filter(o -> access.canRead(o.scopePath()));
			if (named.isPresent()) {
				organisationId = named.get().id();
				organisationName = named.get().name();
			}
		}
		// People: of the register in scope, or those the inspection already names.
		Map<Long, PersonView> known = new LinkedHashMap<>();
		Set<Long> keptPeople = new HashSet<>();
		if (current != null) {
			current.team().forEach(m -> { if (m.personId() != null) keptPeople.add(m.personId()); });
			current.actions().forEach(a -> { if (a.personId() != null) keptPeople.add(a.personId()); });
		}
		List<PersonView> suggestions = null;
		List<TeamMember> team = new ArrayList<>();
		for (InspectionInput.MemberInput m : in.team()) {
			if (m.blank()) {
				continue;
			}
			int index = team.size();
			PersonView person = null;
			if (m.personId() != null) {
				person = person(m.personId(), keptPeople, known);
				if (person == null) {
					rules.reject("team[" + index + "].name", "inspection.error.person.notFound");
				}
			}
			else if (m.name() != null && !m.name().isBlank()) {
				String wanted = VietnameseText.fold(m.name());
				// A member the inspection already names keeps the link to the register, even out of scope.
				Long kept = current == null ? null : current.team().stream()
					.filter(t -> t.personId() != null && VietnameseText.fold(t.fullName()).equals(wanted))
					.map(TeamMember::personId).findFirst().orElse(null);
				if (kept != null) {
					person = person(kept, keptPeople, known);
				}
				else {
					if (suggestions == null) {
						suggestions = people(organisationId);
					}
					List<PersonView> same = suggestions.stream()
						.filter(p -> VietnameseText.fold(p.fullName()).equals(wanted)).toList();
					person = same.size() == 1 ? same.get(0) : null;
				}
			}
			String name = person != null ? person.fullName() : m.name();
			if (name != null && name.strip().length() > 200) {
				rules.reject("team[" + index + "].name", "inspection.error.team.nameSize");
			}
			if (m.role() != null && m.role().strip().length() > 200) {
				rules.reject("team[" + index + "].role", "inspection.error.team.roleSize");
			}
			team.add(new TeamMember(person == null ? null : person.id(), name, m.role()));
		}
		// Findings: criteria in force for the type on the day, or those the inspection already has.
		Map<Long, CriterionView> inForce = new LinkedHashMap<>();
		LocalDate day = in.inspectedOn() == null ? today() : in.inspectedOn();
		criteria.criteriaFor(model.typeId(), model.scopePath(), day).forEach(c -> inForce.put(c.id(), c));
		Map<Long, Finding> previous = new LinkedHashMap<>();
		if (current != null) {
			current.findings().forEach(f -> previous.put(f.criterionId(), f));
		}
		List<Finding> findings = new ArrayList<>();
		Set<Long> judged = new HashSet<>();
		for (int i = 0; i < in.findings().size(); i++) {
			InspectionInput.FindingInput f = in.findings().get(i);
			if (f.blank()) {
				continue;
			}
			if (f.criterionId() == null || (!inForce.containsKey(f.criterionId()) && !previous.containsKey(f.criterionId()))) {
				rules.reject("findings[" + i + "].finding", "inspection.error.finding.criterion");
				continue;
			}
			if (!judged.add(f.criterionId())) {
				rules.reject("findings[" + i + "].finding", "inspection.error.finding.twice");
				continue;
			}
			if (f.finding() != null && f.finding().strip().length() > 2000) {
				rules.reject("findings[" + i + "].finding", "inspection.error.finding.size");
			}
			CriterionView c = inForce.get(f.criterionId());
			Finding before = previous.get(f.criterionId());
			findings.add(new Finding(f.criterionId(), c != null ? c.code() : before.code(),
					c != null ? c.name() : before.criterionName(),
					f.finding() == null || f.finding().isBlank() ? null : f.finding().strip(), f.met()));
		}
		// Follow-up actions: the person in charge among the people in scope.
		List<FollowUp> actions = new ArrayList<>();
		for (InspectionInput.ActionInput a : in.actions()) {
			if (a.blank()) {
				continue;
			}
			int index = actions.size();
			PersonView person = null;
			if (a.personInChargeId() != null) {
				person = person(a.personInChargeId(), keptPeople, known);
				if (person == null) {
					rules.reject("actions[" + index + "].personInChargeId", "inspection.error.person.notFound");
				}
			}
			if (a.description() != null && a.description().strip().length() > 1000) {
				rules.reject("actions[" + index + "].description", "inspection.error.action.descriptionSize");
			}
			actions.add(new FollowUp(a.description(), person == null ? null : person.id(),
					person == null ? null : person.fullName(), a.dueOn(), a.status() == null ? ActionStatus.OPEN : a.status()));
		}
		if (in.generalFindings() != null && in.generalFindings().strip().length() > 4000) {
			rules.reject("generalFindings", "inspection.error.text.size", 4000);
		}
		if (in.recommendations() != null && in.recommendations().strip().length() > 4000) {
			rules.reject("recommendations", "inspection.error.text.size", 4000);
		}
		return new InspectionDetails(in.inspectedOn(), in.kind(), organisationId, organisationName, team, findings,
				in.rating(), in.generalFindings(), in.recommendations(), actions, scaled(in.latitude()),
				scaled(in.longitude()), in.locationAccuracy());
	}

	/** Six decimals: about 10 cm, more than a phone knows. */
	private static java.math.BigDecimal scaled(java.math.BigDecimal degrees) {
		return degrees == null ? null : degrees.setScale(6, java.math.RoundingMode.HALF_UP);
	}

	/** A person the user may name: in scope, or already named on the inspection ({@code kept}). */
	private PersonView person(long id, Set<Long> kept, Map<Long, PersonView> known) {
		if (known.containsKey(id)) {
			return known.get(id);
		}
		PersonView person = organisations.findPerson(id).filter(p -> access.canRead(p.scopePath()) || kept.contains(id))
			.orElse(null);
		known.put(id, person);
		return person;
	}

	// ---- choices for the form, all in the user's scope ----

	/** The organisations a user may pick as the inspecting one, in Vietnamese order. */
	List<Choice> organisationChoices(Long keep) {
		List<Choice> choices = new ArrayList<>(organisations.search("", CHOICES).stream()
			.map(o -> new Choice(o.id(), o.name(), o.name())).toList());
		if (keep != null && choices.stream().noneMatch(c -> c.id() == keep)) {
			organisations.find(keep).ifPresent(o -> choices.add(0, new Choice(o.id(), o.name(), o.name())));
		}
		return choices;
	}

	/**
	 * The people a user may name on the form: the staff of the inspecting organisation, the party
	 * members in scope and the staff of the first organisations in scope, active, in Vietnamese order.
	 */
	List<Choice> peopleChoices(Long organisationId, java.util.Collection<Long> keep) {
		List<PersonView> people = new ArrayList<>(people(organisationId));
		// The people an inspection already names stay on offer, although they lie outside the scope.
		for (Long id : keep) {
			if (id != null && people.stream().noneMatch(p -> p.id() == id)) {
				organisations.findPerson(id).ifPresent(people::add);
			}
		}
		return people.stream()
			.map(p -> new Choice(p.id(), p.position() == null ? p.fullName() : p.fullName() + " – " + p.position(),
					p.fullName()))
			.toList();
	}

	private List<PersonView> people(Long organisationId) {
		Map<Long, PersonView> found = new LinkedHashMap<>();
		if (organisationId != null) {
			organisations.staffOf(organisationId).forEach(p -> found.putIfAbsent(p.id(), p));
		}
		organisations.searchPartyMembers("", CHOICES).forEach(p -> found.putIfAbsent(p.id(), p));
		for (OrganisationView o : organisations.search("", STAFF_OF_ORGANISATIONS)) {
			organisations.staffOf(o.id()).forEach(p -> found.putIfAbsent(p.id(), p));
		}
		return found.values().stream().filter(p -> p.active() && access.canRead(p.scopePath()))
			.sorted(VietnameseText.comparing(PersonView::fullName)).limit(CHOICES).toList();
	}

	/** The criteria the form offers for a model on a day. */
	List<CriterionView> criteriaFor(InitiativeView model, LocalDate on) {
		return criteria.criteriaFor(model.typeId(), model.scopePath(), on == null ? today() : on);
	}

	/** The criteria the form offers when an inspection is corrected: those of its model's type on the day. */
	List<CriterionView> criteriaForInspection(long id, LocalDate on) {
		Inspection inspection = inspections.findById(id).orElseThrow(() -> new NotFoundException("inspection", id));
		access.requireReadable(inspection.scopePath(), id);
		return criteria.criteriaFor(inspection.typeId(), inspection.scopePath(), on == null ? inspection.inspectedOn() : on);
	}

	// ---- helpers ----

	private InspectionCard card(Inspection i) {
		return new InspectionCard(i.id(), i.initiativeId(), i.initiativeName(), i.typeId(), i.typeName(), i.communeName(),
				i.placeText(), i.inspectedOn(), i.kind(), i.organisationId(), i.organisationName(), i.team(), i.findings(),
				i.rating(), i.generalFindings(), i.recommendations(), i.actions(), i.photos(), i.latitude(),
				i.longitude(), i.locationAccuracy(), i.status(), i.withdrawnOn(), i.withdrawnReason(), i.withdrawnBy(),
				i.recordedBy(), local(i.createdAt()), local(i.updatedAt()), i.version(),
				i.standing() && access.canRecord(i.scopePath()));
	}

	private static LocalDateTime local(java.time.Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, VIETNAM);
	}

	private static String username() {
		return CurrentUser.get().map(ScopedPrincipal::username).orElse(null);
	}

}
