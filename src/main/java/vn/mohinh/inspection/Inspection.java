package vn.mohinh.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
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

import vn.mohinh.evaluation.Rating;
import vn.mohinh.shared.text.VietnameseText;

/**
 * An inspection (kiểm tra, giám sát, khảo sát) of a model: when, by whom, what was found per
 * criterion, the rating, recommendations, follow-up actions, photos and where the team stood. The
 * model, its place and the organisation are frozen as they read on the day. Every change is a
 * method that checks its rules; an inspection is withdrawn with a reason, never deleted.
 */
@Entity
@Table(name = "inspection")
@Audited
class Inspection {

	private static final int MAX_SEARCH_KEY = 1000;
	static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
	static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_seq")
	@SequenceGenerator(name = "inspection_seq", sequenceName = "inspection_seq", allocationSize = 50)
	private Long id;

	private Long initiativeId;

	private String initiativeName;

	private Long typeId;

	private String typeName;

	private Long communeId;

	private String communeName;

	private String placeText;

	private String scopePath;

	private LocalDate inspectedOn;

	@Enumerated(EnumType.STRING)
	private InspectionKind kind;

	private Long organisationId;

	private String organisationName;

	@Enumerated(EnumType.STRING)
	private Rating rating;

	private String generalFindings;

	private String recommendations;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private Integer locationAccuracy;

	@Enumerated(EnumType.STRING)
	private InspectionStatus status;

	private LocalDate withdrawnOn;

	private String withdrawnReason;

	private String withdrawnBy;

	private String searchKey;

	private String sortKey;

	private String recordedBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "inspection_member", joinColumns = @JoinColumn(name = "inspection_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<TeamMember> team = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "inspection_finding", joinColumns = @JoinColumn(name = "inspection_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Finding> findings = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "inspection_action", joinColumns = @JoinColumn(name = "inspection_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<FollowUp> actions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "inspection_photo", joinColumns = @JoinColumn(name = "inspection_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Photo> photos = new ArrayList<>();

	protected Inspection() {
	}

	/**
	 * A new inspection of a model. {@code today} is the day in Vietnam: an inspection cannot be dated
	 * after it. Every broken rule is reported at once, each by its field.
	 */
	static Inspection record(InspectedModel model, InspectionDetails details, List<Photo> photos, LocalDate today,
			String by, Instant now) {
		InspectionRuleException.Rules rules = new InspectionRuleException.Rules();
		check(model, details, today, rules);
		checkPhotos(photos, 0, rules);
		rules.throwIfAny();
		Inspection inspection = new Inspection();
		inspection.initiativeId = model.id();
		inspection.initiativeName = model.name();
		inspection.typeId = model.typeId();
		inspection.typeName = model.typeName();
		inspection.communeId = model.communeId();
		inspection.communeName = model.communeName();
		inspection.placeText = model.placeText();
		inspection.scopePath = model.scopePath();
		inspection.status = InspectionStatus.RECORDED;
		inspection.recordedBy = by;
		inspection.createdAt = now;
		inspection.apply(details, now);
		inspection.photos.addAll(photos);
		return inspection;
	}

	/**
	 * New details of a standing inspection; {@code dropped} are the positions of photos taken off
	 * (a wrong or private picture), {@code added} the new ones. The model and its snapshot stay.
	 */
	void revise(InspectedModel model, InspectionDetails details, Set<Integer> dropped, List<Photo> added,
			LocalDate today, Instant now) {
		InspectionRuleException.Rules rules = new InspectionRuleException.Rules();
		if (status() == InspectionStatus.WITHDRAWN) {
			rules.reject(null, "inspection.error.withdrawn");
		}
		check(model, details, today, rules);
		checkPhotos(added, 0, rules);
		rules.throwIfAny();
		apply(details, now);
		List<Photo> kept = new ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			if (!dropped.contains(i)) {
				kept.add(photos.get(i));
			}
		}
		photos.clear();
		photos.addAll(kept);
		photos.addAll(added);
	}

	/** Withdrawn with its reason (a mistaken or duplicate record); it stays, marked, for the record. */
	void withdraw(String reason, LocalDate on, String by, Instant now) {
		if (status() == InspectionStatus.WITHDRAWN) {
			throw new InspectionRuleException(null, "inspection.error.withdrawn");
		}
		String why = blankToNull(reason);
		if (why == null) {
			throw new InspectionRuleException("reason", "inspection.error.withdraw.reasonRequired");
		}
		if (why.length() > 1000) {
			throw new InspectionRuleException("reason", "inspection.error.withdraw.reasonSize");
		}
		this.status = InspectionStatus.WITHDRAWN;
		this.withdrawnReason = VietnameseText.clean(why);
		this.withdrawnOn = on;
		this.withdrawnBy = by;
		this.updatedAt = now;
	}

	/**
	 * The rules of what the user states, checked against the model: collected, not thrown, so that a
	 * form shows every problem at once.
	 */
	static void check(InspectedModel model, InspectionDetails d, LocalDate today, InspectionRuleException.Rules rules) {
		LocalDate on = d.inspectedOn();
		if (on == null) {
			rules.reject("inspectedOn", "inspection.error.date.required");
		}
		else if (on.isAfter(today)) {
			rules.reject("inspectedOn", "inspection.error.date.future", VietnameseDates.format(today));
		}
		else if (model.startDate() != null && on.isBefore(model.startDate())) {
			rules.reject("inspectedOn", "inspection.error.date.beforeStart", VietnameseDates.format(model.startDate()));
		}
		else if (model.endDate() != null && on.isAfter(model.endDate())) {
			rules.reject("inspectedOn", "inspection.error.date.afterEnd", VietnameseDates.format(model.endDate()));
		}
		if (d.kind() == null) {
			rules.reject("kind", "inspection.error.kind.required");
		}
		if (blankToNull(d.organisationName()) == null) {
			rules.reject("organisationId", "inspection.error.organisation.required");
		}
		if (d.team().isEmpty()) {
			rules.reject("team", "inspection.error.team.required");
		}
		for (int i = 0; i < d.team().size(); i++) {
			if (blankToNull(d.team().get(i).fullName()) == null) {
				rules.reject("team[" + i + "].name", "inspection.error.team.name");
			}
		}
		if (d.rating() == null && (d.kind() == null || d.kind().rates())) {
			rules.reject("rating", "inspection.error.rating.required");
		}
		for (int i = 0; i < d.actions().size(); i++) {
			FollowUp action = d.actions().get(i);
			if (blankToNull(action.description()) == null) {
				rules.reject("actions[" + i + "].description", "inspection.error.action.description");
			}
			if (action.dueOn() != null && on != null && action.dueOn().isBefore(on)) {
				rules.reject("actions[" + i + "].dueOn", "inspection.error.action.dueBeforeInspection",
						VietnameseDates.format(on));
			}
		}
		checkLocation(d.latitude(), d.longitude(), d.locationAccuracy(), rules);
	}

	/** Both coordinates or none, each in its range; the accuracy (metres) is never negative. */
	static void checkLocation(BigDecimal latitude, BigDecimal longitude, Integer accuracy,
			InspectionRuleException.Rules rules) {
		if ((latitude == null) != (longitude == null)) {
			rules.reject("latitude", "inspection.error.location.incomplete");
			return;
		}
		if (latitude != null && latitude.abs().compareTo(MAX_LATITUDE) > 0) {
			rules.reject("latitude", "inspection.error.location.latitude");
		}
		if (longitude != null && longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
			rules.reject("longitude", "inspection.error.location.longitude");
		}
		if (accuracy != null && accuracy < 0) {
			rules.reject("locationAccuracy", "inspection.error.location.accuracy");
		}
	}

	/** Every photo says what it shows, for those who cannot see it; {@code first} numbers the form's rows. */
	static void checkPhotos(List<Photo> photos, int first, InspectionRuleException.Rules rules) {
		for (int i = 0; i < photos.size(); i++) {
			if (blankToNull(photos.get(i).altText()) == null) {
				rules.reject("photos[" + (first + i) + "].altText", "inspection.error.photo.altRequired");
			}
		}
	}

	private void apply(InspectionDetails d, Instant now) {
		this.inspectedOn = d.inspectedOn();
		this.kind = d.kind();
		this.organisationId = d.organisationId();
		this.organisationName = VietnameseText.clean(d.organisationName());
		this.rating = d.rating();
		this.generalFindings = cleanText(d.generalFindings());
		this.recommendations = cleanText(d.recommendations());
		this.latitude = d.latitude();
		this.longitude = d.longitude();
		this.locationAccuracy = d.latitude() == null ? null : d.locationAccuracy();
		team.clear();
		d.team().forEach(m -> team.add(new TeamMember(m.personId(), VietnameseText.clean(m.fullName()),
				blankToNull(m.role()) == null ? null : VietnameseText.clean(m.role()))));
		findings.clear();
		findings.addAll(d.findings());
		actions.clear();
		d.actions().forEach(a -> actions.add(new FollowUp(cleanText(a.description()), a.personId(), a.personName(),
				a.dueOn(), a.status() == null ? ActionStatus.OPEN : a.status())));
		this.sortKey = VietnameseText.sortKey(initiativeName);
		this.searchKey = searchKeyOf(initiativeName, typeName, communeName, organisationName);
		this.updatedAt = now;
	}

	static String searchKeyOf(String... parts) {
		StringBuilder key = new StringBuilder();
		for (String part : parts) {
			if (part != null) {
				key.append(VietnameseText.fold(part)).append(' ');
			}
		}
		String folded = key.toString().replaceAll("\\s+", " ").strip();
		return folded.length() > MAX_SEARCH_KEY ? folded.substring(0, MAX_SEARCH_KEY) : folded;
	}

	/** Keeps the user's line breaks (minutes are paragraphs), NFC, trimmed; blank becomes null. */
	private static String cleanText(String text) {
		String value = blankToNull(text);
		return value == null ? null : java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// ---- reading ----

	boolean standing() {
		return status() == InspectionStatus.RECORDED;
	}

	Long id() {
		return id;
	}

	long version() {
		return version;
	}

	Long initiativeId() {
		return initiativeId;
	}

	String initiativeName() {
		return initiativeName;
	}

	Long typeId() {
		return typeId;
	}

	String typeName() {
		return typeName;
	}

	Long communeId() {
		return communeId;
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

	LocalDate inspectedOn() {
		return inspectedOn;
	}

	InspectionKind kind() {
		return kind;
	}

	Long organisationId() {
		return organisationId;
	}

	String organisationName() {
		return organisationName;
	}

	Rating rating() {
		return rating;
	}

	String generalFindings() {
		return generalFindings;
	}

	String recommendations() {
		return recommendations;
	}

	BigDecimal latitude() {
		return latitude;
	}

	BigDecimal longitude() {
		return longitude;
	}

	Integer locationAccuracy() {
		return locationAccuracy;
	}

	InspectionStatus status() {
		return status == null ? InspectionStatus.RECORDED : status;
	}

	LocalDate withdrawnOn() {
		return withdrawnOn;
	}

	String withdrawnReason() {
		return withdrawnReason;
	}

	String withdrawnBy() {
		return withdrawnBy;
	}

	String recordedBy() {
		return recordedBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	List<TeamMember> team() {
		return List.copyOf(team);
	}

	List<Finding> findings() {
		return List.copyOf(findings);
	}

	List<FollowUp> actions() {
		return List.copyOf(actions);
	}

	List<Photo> photos() {
		return List.copyOf(photos);
	}

}
