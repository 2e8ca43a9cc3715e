package vn.mohinh.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

import vn.mohinh.locality.LocalityKind;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.text.VietnameseText;

/**
 * A model (mô hình): what it is, where it runs, who leads it, its yearly level and registration, and
 * its place in the lineage of models. Every change is a method that checks its rules; nothing is
 * deleted, since reports cite it.
 */
@Entity
@Table(name = "initiative")
@Audited
class Initiative {

	private static final int MAX_SEARCH_KEY = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_seq")
	@SequenceGenerator(name = "initiative_seq", sequenceName = "initiative_seq", allocationSize = 50)
	private Long id;

	private String name;

	private Long typeId;

	private Long communeId;

	private String communeCode;

	private String communeName;

	/** The address as written when the model was placed: "xã Tân Lập, huyện Kon Rẫy, tỉnh Kon Tum". */
	private String placeText;

	private String scopePath;

	private LocalDate startDate;

	private LocalDate endDate;

	private int startYear;

	private Integer endYear;

	private Long leadOrganisationId;

	private String leadOrganisationName;

	private Long personInChargeId;

	private String personInChargeName;

	private String description;

	private boolean published;

	@Enumerated(EnumType.STRING)
	private InitiativeStatus status;

	private LocalDate statusOn;

	private String statusReason;

	private Long originId;

	@Enumerated(EnumType.STRING)
	private LineageRelation originRelation;

	@Enumerated(EnumType.STRING)
	private PilotLevel currentLevel;

	/** Why the user kept the model although the same type already runs in one of its villages. */
	private String overlapReason;

	private String searchKey;

	private String sortKey;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "initiative_site", joinColumns = @JoinColumn(name = "initiative_id"))
	@BatchSize(size = 50)
	private Set<Site> sites = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "initiative_level", joinColumns = @JoinColumn(name = "initiative_id"))
	@BatchSize(size = 50)
	private Set<YearLevel> levels = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "initiative_partner", joinColumns = @JoinColumn(name = "initiative_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Partner> partners = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "initiative_document", joinColumns = @JoinColumn(name = "initiative_id"))
	@Column(name = "document_id")
	@BatchSize(size = 50)
	private Set<Long> documentIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "initiative_target", joinColumns = @JoinColumn(name = "initiative_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Target> targets = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "initiative_registration", joinColumns = @JoinColumn(name = "initiative_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Registration> registrations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "initiative_file", joinColumns = @JoinColumn(name = "initiative_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<StoredFile> files = new ArrayList<>();

	protected Initiative() {
	}

	/**
	 * A new model in a commune and some of its villages, with a draft registration for its first
	 * year. {@code overlaps} names the models of the same type already running in those villages.
	 */
	static Initiative start(InitiativeDetails details, InitiativeTypeView type, LocalityView commune, String placeText,
			List<LocalityView> villages, List<String> overlaps, Instant now) {
		return start(details, type, commune, Set.of(), placeText, villages, overlaps, now);
	}

	/**
	 * As above; {@code mergedCommuneIds} are the communes merged whole into {@code commune} (the 2025
	 * reform), whose villages now lie in it.
	 */
	static Initiative start(InitiativeDetails details, InitiativeTypeView type, LocalityView commune,
			Set<Long> mergedCommuneIds, String placeText, List<LocalityView> villages, List<String> overlaps, Instant now) {
		Initiative initiative = new Initiative();
		initiative.status = InitiativeStatus.ACTIVE;
		initiative.createdAt = now;
		initiative.apply(details, type, commune, mergedCommuneIds, placeText, villages, overlaps, now);
		initiative.registrations.add(Registration.draft(initiative.startYear));
		return initiative;
	}

	/** New details; a retired type may be kept by a model that already has it, not chosen anew. */
	void revise(InitiativeDetails details, InitiativeTypeView type, LocalityView commune, String placeText,
			List<LocalityView> villages, List<String> overlaps, Instant now) {
		revise(details, type, commune, Set.of(), placeText, villages, overlaps, now);
	}

	void revise(InitiativeDetails details, InitiativeTypeView type, LocalityView commune, Set<Long> mergedCommuneIds,
			String placeText, List<LocalityView> villages, List<String> overlaps, Instant now) {
		apply(details, type, commune, mergedCommuneIds, placeText, villages, overlaps, now);
	}

	/**
	 * The rules of what a user states that need no other part resolved: dates in order, a party
	 * member in charge, a reason when the same type already runs there. Collected, not thrown.
	 */
	static void checkDetails(InitiativeDetails d, List<String> overlaps, InitiativeRuleException.Rules rules) {
		if (d.startDate() == null) {
			rules.reject("startDate", "initiative.error.startDate.required");
		}
		if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
			rules.reject("endDate", "initiative.error.endDate.beforeStart");
		}
		if (d.inCharge() != null && !d.inCharge().partyMember()) {
			rules.reject("personInChargeId", "initiative.error.personInCharge.notPartyMember", d.inCharge().fullName());
		}
		if (!overlaps.isEmpty() && blankToNull(d.overlapReason()) == null) {
			rules.reject("overlapReason", "initiative.warning.overlap", String.join("; ", overlaps));
		}
		if (d.level() != null && d.levelYear() != null && d.startDate() != null
				&& (d.levelYear() < d.startDate().getYear()
						|| (d.endDate() != null && d.levelYear() > d.endDate().getYear()))) {
			rules.reject("levelYear", "initiative.error.level.yearOutside", String.valueOf(d.levelYear()));
		}
	}

	/** Every rule is checked and every broken one reported at once, each by its field. */
	private void apply(InitiativeDetails d, InitiativeTypeView type, LocalityView commune, Set<Long> mergedCommuneIds,
			String placeText, List<LocalityView> villages, List<String> overlaps, Instant now) {
		InitiativeRuleException.Rules rules = new InitiativeRuleException.Rules();
		if (type.retired() && !Long.valueOf(type.id()).equals(typeId)) {
			rules.reject("typeId", "initiative.error.type.retired", type.name());
		}
		if (commune.kind().level() != LocalityKind.Level.COMMUNE) {
			rules.reject("communeCode", "initiative.error.commune.notCommune", commune.fullName());
		}
		if (villages.isEmpty()) {
			rules.reject("villageIds", "initiative.error.villages.required");
		}
		for (LocalityView village : villages) {
			boolean inCommune = village.parentId() != null
					&& (village.parentId() == commune.id() || mergedCommuneIds.contains(village.parentId()));
			if (!village.kind().isVillage() || !inCommune) {
				rules.reject("villageIds", "initiative.error.villages.outside", village.name(), commune.fullName());
			}
		}
		checkDetails(d, overlaps, rules);
		rules.throwIfAny();
		String reason = blankToNull(d.overlapReason());
		this.name = VietnameseText.clean(d.name());
		this.typeId = type.id();
		this.communeId = commune.id();
		this.communeCode = commune.code();
		this.communeName = commune.fullName();
		this.placeText = placeText;
		this.scopePath = commune.path();
		this.startDate = d.startDate();
		this.startYear = d.startDate().getYear();
		if (!status().closed() || d.endDate() != null) {
			this.endDate = d.endDate();
			this.endYear = d.endDate() == null ? null : d.endDate().getYear();
		}
		this.description = blankToNull(d.description());
		this.published = d.published();
		this.leadOrganisationId = d.lead() == null ? null : d.lead().id();
		this.leadOrganisationName = d.lead() == null ? null : d.lead().name();
		this.personInChargeId = d.inCharge() == null ? null : d.inCharge().id();
		this.personInChargeName = d.inCharge() == null ? null : d.inCharge().fullName();
		this.overlapReason = overlaps.isEmpty() ? null : reason;
		replace(sites, villages.stream().map(v -> new Site(v.id(), v.name())).toList());
		partners.clear();
		partners.addAll(d.partners());
		replace(documentIds, d.documentIds());
		targets.clear();
		targets.addAll(d.targets());
		if (d.level() != null) {
			setLevel(d.levelYear() == null ? startYear : d.levelYear(), d.level());
		}
		this.sortKey = VietnameseText.sortKey(this.name);
		this.searchKey = searchKeyOf(this.name, type.name(), communeName, villages.stream().map(LocalityView::name).toList());
		this.updatedAt = now;
	}

	/** The pilot level in a year; a model runs since its start year only. */
	void setLevel(int year, PilotLevel level) {
		if (year < startYear || (endYear != null && year > endYear)) {
			throw new InitiativeRuleException("levelYear", "initiative.error.level.yearOutside", String.valueOf(year));
		}
		levels.removeIf(l -> l.year() == year);
		levels.add(new YearLevel(year, level));
		currentLevel = levels.stream().max(Comparator.comparing(YearLevel::year)).map(YearLevel::level).orElse(null);
	}

	// ---- registration (đăng ký), one per year ----

	/** A commune editor sends the year's registration to the propaganda board. */
	void submit(int year, String by, Instant now) {
		requireOpen();
		Registration current = registration(year).orElseGet(() -> {
			requireRenewable(year);
			return Registration.draft(year);
		});
		if (current.status() == RegistrationStatus.SUBMITTED || current.status() == RegistrationStatus.REGISTERED) {
			throw new InitiativeRuleException(null, "initiative.error.registration.alreadySubmitted", String.valueOf(year));
		}
		replaceRegistration(current, current.submitted(by, now));
		this.updatedAt = now;
	}

	/**
	 * The board above the commune registers the year's model; the commune cannot register its own.
	 * {@code registrarAbove} says that the user's scope strictly contains the model's commune.
	 */
	void register(int year, boolean registrarAbove, Ref board, LocalDate on, String number, String by, Instant now) {
		Registration current = submittedFor(year, registrarAbove);
		if (board == null) {
			throw new InitiativeRuleException("organisation", "initiative.error.registration.boardRequired");
		}
		if (on == null) {
			throw new InitiativeRuleException("registeredOn", "initiative.error.registration.dateRequired");
		}
		if (on.isBefore(startDate)) {
			throw new InitiativeRuleException("registeredOn", "initiative.error.registration.beforeStart");
		}
		replaceRegistration(current, current.registered(board.id(), board.name(), on, blankToNull(number), by, now));
		this.updatedAt = now;
	}

	/** The board sends the registration back with its reason; the commune may correct and submit again. */
	void returnRegistration(int year, boolean registrarAbove, String reason, String by, Instant now) {
		Registration current = submittedFor(year, registrarAbove);
		if (blankToNull(reason) == null) {
			throw new InitiativeRuleException("reason", "initiative.error.registration.reasonRequired");
		}
		replaceRegistration(current, current.returned(reason.strip(), by, now));
		this.updatedAt = now;
	}

	/** Registration is renewed each year: a draft for a year after the last one. */
	void renew(int year, Instant now) {
		requireOpen();
		if (registration(year).isPresent()) {
			throw new InitiativeRuleException("year", "initiative.error.registration.exists", String.valueOf(year));
		}
		requireRenewable(year);
		registrations.add(Registration.draft(year));
		this.updatedAt = now;
	}

	private void requireRenewable(int year) {
		if (year < startYear || (endYear != null && year > endYear)) {
			throw new InitiativeRuleException("year", "initiative.error.registration.yearOutside", String.valueOf(year));
		}
	}

	private Registration submittedFor(int year, boolean registrarAbove) {
		if (!registrarAbove) {
			throw new InitiativeRuleException(null, "initiative.error.registration.notAbove");
		}
		Registration current = registration(year).orElseThrow(
				() -> new InitiativeRuleException(null, "initiative.error.registration.none", String.valueOf(year)));
		if (current.status() != RegistrationStatus.SUBMITTED) {
			throw new InitiativeRuleException(null, "initiative.error.registration.notSubmitted", String.valueOf(year));
		}
		return current;
	}

	/** In place, so that the row keeps its position and only its values change. */
	private void replaceRegistration(Registration old, Registration next) {
		registrations.set(registrations.indexOf(old), next);
	}

	Optional<Registration> registration(int year) {
		return registrations.stream().filter(r -> r.year() == year).findFirst();
	}

	/** The newest year's registration. */
	Optional<Registration> latestRegistration() {
		return registrations.stream().max(Comparator.comparing(Registration::year));
	}

	// ---- lifecycle and lineage ----

	/** Judged worth keeping as it is for another year. */
	void maintain(LocalDate on, Instant now) {
		requireOpen();
		if (status == InitiativeStatus.MAINTAINED) {
			throw new InitiativeRuleException(null, "initiative.error.lifecycle.alreadyMaintained");
		}
		changeStatus(InitiativeStatus.MAINTAINED, on, null, now);
	}

	/** The origin side of a replication: the model spread to another; it keeps running. */
	void spreadTo(LocalDate on, Instant now) {
		requireOpen();
		changeStatus(InitiativeStatus.REPLICATED, on, null, now);
	}

	/** The origin side of a conversion: replaced by a model of another type, and closed. */
	void convertTo(LocalDate on, String reason, Instant now) {
		requireOpen();
		requireReason(reason);
		closeOn(on);
		changeStatus(InitiativeStatus.CONVERTED, on, reason.strip(), now);
	}

	void discontinue(LocalDate on, String reason, Instant now) {
		requireOpen();
		requireReason(reason);
		if (on == null) {
			throw new InitiativeRuleException("on", "initiative.error.lifecycle.dateRequired");
		}
		closeOn(on);
		changeStatus(InitiativeStatus.DISCONTINUED, on, reason.strip(), now);
	}

	/** The successor side: where this model came from. A conversion changes the type, a replication need not. */
	void descendFrom(Initiative origin, LineageRelation relation) {
		if (origin.id != null && origin.id.equals(id)) {
			throw new InitiativeRuleException(null, "initiative.error.lineage.self");
		}
		if (relation == LineageRelation.CONVERSION && origin.typeId.equals(typeId)) {
			throw new InitiativeRuleException("typeId", "initiative.error.lineage.sameType");
		}
		this.originId = origin.id;
		this.originRelation = relation;
	}

	private void closeOn(LocalDate on) {
		LocalDate day = on == null ? LocalDate.now() : on;
		if (day.isBefore(startDate)) {
			throw new InitiativeRuleException("on", "initiative.error.lifecycle.beforeStart");
		}
		this.endDate = day;
		this.endYear = day.getYear();
	}

	private void changeStatus(InitiativeStatus next, LocalDate on, String reason, Instant now) {
		this.status = next;
		this.statusOn = on;
		this.statusReason = reason;
		this.updatedAt = now;
	}

	private void requireOpen() {
		if (status().closed()) {
			throw new InitiativeRuleException(null, "initiative.error.lifecycle.closed");
		}
	}

	private static void requireReason(String reason) {
		if (blankToNull(reason) == null) {
			throw new InitiativeRuleException("reason", "initiative.error.lifecycle.reasonRequired");
		}
	}

	/** What other modules keep of this model; published after each save. */
	InitiativeChanged changed() {
		java.util.Map<Integer, PilotLevel> byYear = new java.util.HashMap<>();
		levels.forEach(l -> byYear.put(l.year(), l.level()));
		return new InitiativeChanged(id, typeId, scopePath, status, startDate, endDate, byYear,
				personInChargeId);
	}

	// ---- photos and files ----

	void attach(StoredFile file, Instant now) {
		if (file.isPhoto() && blankToNull(file.altText()) == null) {
			throw new InitiativeRuleException("altText", "initiative.error.file.altRequired");
		}
		files.add(file);
		this.updatedAt = now;
	}

	// ---- reading ----

	static String searchKeyOf(String name, String typeName, String communeName, List<String> villageNames) {
		List<String> parts = new ArrayList<>(List.of(VietnameseText.fold(name), VietnameseText.fold(typeName),
				VietnameseText.fold(communeName)));
		villageNames.forEach(v -> parts.add(VietnameseText.fold(v)));
		String key = String.join(" ", parts).replaceAll("\\s+", " ").strip();
		return key.length() > MAX_SEARCH_KEY ? key.substring(0, MAX_SEARCH_KEY) : key;
	}

	private static <T> void replace(Set<T> set, java.util.Collection<T> values) {
		Set<T> wanted = new LinkedHashSet<>(values);
		set.retainAll(wanted);
		set.addAll(wanted);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Long id() {
		return id;
	}

	long version() {
		return version;
	}

	String name() {
		return name;
	}

	Long typeId() {
		return typeId;
	}

	Long communeId() {
		return communeId;
	}

	String communeCode() {
		return communeCode;
	}

	String communeName() {
		return communeName;
	}

	String placeText() {
		return placeText;
	}

	String scopePath() {
		return scopePath;
	}

	LocalDate startDate() {
		return startDate;
	}

	LocalDate endDate() {
		return endDate;
	}

	Ref lead() {
		return leadOrganisationId == null ? null : new Ref(leadOrganisationId, leadOrganisationName);
	}

	Ref personInCharge() {
		return personInChargeId == null ? null : new Ref(personInChargeId, personInChargeName);
	}

	String description() {
		return description;
	}

	boolean published() {
		return published;
	}

	InitiativeStatus status() {
		return status == null ? InitiativeStatus.ACTIVE : status;
	}

	LocalDate statusOn() {
		return statusOn;
	}

	String statusReason() {
		return statusReason;
	}

	Long originId() {
		return originId;
	}

	LineageRelation originRelation() {
		return originRelation;
	}

	PilotLevel currentLevel() {
		return currentLevel;
	}

	String overlapReason() {
		return overlapReason;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Set<Site> sites() {
		return Set.copyOf(sites);
	}

	Set<YearLevel> levels() {
		return Set.copyOf(levels);
	}

	List<Partner> partners() {
		return List.copyOf(partners);
	}

	Set<Long> documentIds() {
		return Set.copyOf(documentIds);
	}

	List<Target> targets() {
		return List.copyOf(targets);
	}

	List<Registration> registrations() {
		return List.copyOf(registrations);
	}

	List<StoredFile> files() {
		return List.copyOf(files);
	}

}
