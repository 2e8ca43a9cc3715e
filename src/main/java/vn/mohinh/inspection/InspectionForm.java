package vn.mohinh.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

import vn.mohinh.evaluation.Rating;

/**
 * What the inspection form posts (multipart: the photos come with it); never bound to the entity.
 * Rows of team members, findings, actions and photos are padded with empty ones to fill in.
 */
public class InspectionForm {

	static final int MAX_PHOTOS = 10;
	static final int TEAM_ROWS = 4;
	static final int ACTION_ROWS = 3;
	static final int PHOTO_ROWS = 3;

	private Long initiativeId;
	private LocalDate inspectedOn;
	private InspectionKind kind = InspectionKind.KIEM_TRA;
	private Long organisationId;
	/** The inspecting organisation by name, when it is not in the list (a team from above). */
	private String organisation;
	private List<MemberRow> team = new ArrayList<>();
	private List<FindingRow> findings = new ArrayList<>();
	private Rating rating;
	private String generalFindings;
	private String recommendations;
	private List<ActionRow> actions = new ArrayList<>();
	private BigDecimal latitude;
	private BigDecimal longitude;
	private Integer locationAccuracy;
	private List<PhotoRow> photos = new ArrayList<>();
	/** Positions of saved photos to take off (edit only). */
	private List<Integer> droppedPhotos = new ArrayList<>();
	private Long version;

	public InspectionForm() {
		padRows();
	}

	/** Empty rows to fill in: always a few more team members and actions, and a few photos. */
	void padRows() {
		int teamRows = Math.max(TEAM_ROWS, filled(team) + 2);
		while (team.size() < teamRows) {
			team.add(new MemberRow());
		}
		int actionRows = Math.max(ACTION_ROWS, filledActions() + 1);
		while (actions.size() < actionRows) {
			actions.add(new ActionRow());
		}
		while (photos.size() < PHOTO_ROWS) {
			photos.add(new PhotoRow());
		}
	}

	/**
	 * Takes out the team members and actions left empty, so that the rules' row numbers are the
	 * form's; the photos keep their rows (a file input cannot be moved).
	 */
	void dropBlankRows() {
		team.removeIf(m -> isBlank(m.name) && isBlank(m.role));
		actions.removeIf(a -> isBlank(a.description) && a.personInChargeId == null && a.dueOn == null);
	}

	private static int filled(List<MemberRow> rows) {
		return (int) rows.stream().filter(r -> !isBlank(r.name) || !isBlank(r.role)).count();
	}

	private int filledActions() {
		return (int) actions.stream().filter(a -> !isBlank(a.description)).count();
	}

	/**
	 * One finding row per criterion in force, in the catalogue's order, keeping what was typed or
	 * saved for it; findings of criteria no longer in force stay below them.
	 */
	void offerCriteria(List<InspectionCriteria.Criterion> criteria) {
		Map<Long, FindingRow> typed = new LinkedHashMap<>();
		for (FindingRow row : findings) {
			if (row.criterionId != null) {
				typed.putIfAbsent(row.criterionId, row);
			}
		}
		List<FindingRow> rows = new ArrayList<>();
		for (InspectionCriteria.Criterion c : criteria) {
			FindingRow row = typed.remove(c.id());
			if (row == null) {
				row = new FindingRow();
				row.criterionId = c.id();
			}
			row.criterionName = c.code() == null || c.code().isBlank() ? c.name() : c.code() + ". " + c.name();
			rows.add(row);
		}
		typed.values().stream().filter(r -> !r.blank()).forEach(rows::add);
		findings = rows;
	}

	static InspectionForm of(InspectionCard card) {
		InspectionForm form = new InspectionForm();
		form.initiativeId = card.initiativeId();
		form.inspectedOn = card.inspectedOn();
		form.kind = card.kind();
		form.organisationId = card.organisationId();
		form.organisation = card.organisationId() == null ? card.organisationName() : null;
		form.team = new ArrayList<>();
		card.team().forEach(m -> {
			MemberRow row = new MemberRow();
			row.name = m.fullName();
			row.role = m.role();
			form.team.add(row);
		});
		form.findings = new ArrayList<>();
		card.findings().forEach(f -> {
			FindingRow row = new FindingRow();
			row.criterionId = f.criterionId();
			row.criterionName = f.code() == null || f.code().isBlank() ? f.criterionName() : f.code() + ". " + f.criterionName();
			row.finding = f.text();
			row.met = f.met();
			form.findings.add(row);
		});
		form.rating = card.rating();
		form.generalFindings = card.generalFindings();
		form.recommendations = card.recommendations();
		form.actions = new ArrayList<>();
		card.actions().forEach(a -> {
			ActionRow row = new ActionRow();
			row.description = a.description();
			row.personInChargeId = a.personId();
			row.dueOn = a.dueOn();
			row.status = a.status();
			form.actions.add(row);
		});
		form.latitude = card.latitude();
		form.longitude = card.longitude();
		form.locationAccuracy = card.locationAccuracy();
		form.version = card.version();
		form.padRows();
		return form;
	}

	InspectionInput toInput() {
		return new InspectionInput(initiativeId, inspectedOn, kind, organisationId, organisation,
				team.stream().map(m -> new InspectionInput.MemberInput(null, m.name, m.role)).toList(),
				findings.stream().map(f -> new InspectionInput.FindingInput(f.criterionId, f.finding, f.met)).toList(),
				rating, generalFindings, recommendations,
				actions.stream()
					.map(a -> new InspectionInput.ActionInput(a.description, a.personInChargeId, a.dueOn, a.status))
					.toList(),
				latitude, longitude, locationAccuracy);
	}

	List<InspectionService.PhotoUpload> uploads() {
		return photos.stream().map(p -> new InspectionService.PhotoUpload(p.file, p.altText)).toList();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** A team member: the name as written on the minutes (the register's people are suggested) and the role. */
	public static class MemberRow {

		private String name;
		private String role;

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getRole() { return role; }
		public void setRole(String role) { this.role = role; }

	}

	/** What was found for one criterion; its name travels with the form so that an error page shows it again. */
	public static class FindingRow {

		private Long criterionId;
		private String criterionName;
		private String finding;
		private Boolean met;

		boolean blank() {
			return isBlank(finding) && met == null;
		}

		public Long getCriterionId() { return criterionId; }
		public void setCriterionId(Long criterionId) { this.criterionId = criterionId; }
		public String getCriterionName() { return criterionName; }
		public void setCriterionName(String criterionName) { this.criterionName = criterionName; }
		public String getFinding() { return finding; }
		public void setFinding(String finding) { this.finding = finding; }
		public Boolean getMet() { return met; }
		public void setMet(Boolean met) { this.met = met; }

	}

	/** A follow-up action: what, who is in charge, by when, open or done. */
	public static class ActionRow {

		private String description;
		private Long personInChargeId;
		private LocalDate dueOn;
		private ActionStatus status = ActionStatus.OPEN;

		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }
		public Long getPersonInChargeId() { return personInChargeId; }
		public void setPersonInChargeId(Long personInChargeId) { this.personInChargeId = personInChargeId; }
		public LocalDate getDueOn() { return dueOn; }
		public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
		public ActionStatus getStatus() { return status; }
		public void setStatus(ActionStatus status) { this.status = status; }

	}

	/** A photo taken with the phone's camera and what it shows. */
	public static class PhotoRow {

		private MultipartFile file;
		private String altText;

		public MultipartFile getFile() { return file; }
		public void setFile(MultipartFile file) { this.file = file; }
		public String getAltText() { return altText; }
		public void setAltText(String altText) { this.altText = altText; }

	}

	public Long getInitiativeId() { return initiativeId; }
	public void setInitiativeId(Long initiativeId) { this.initiativeId = initiativeId; }
	public LocalDate getInspectedOn() { return inspectedOn; }
	public void setInspectedOn(LocalDate inspectedOn) { this.inspectedOn = inspectedOn; }
	public InspectionKind getKind() { return kind; }
	public void setKind(InspectionKind kind) { this.kind = kind; }
	public Long getOrganisationId() { return organisationId; }
	public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public List<MemberRow> getTeam() { return team; }
	public void setTeam(List<MemberRow> team) { this.team = team; }
	public List<FindingRow> getFindings() { return findings; }
	public void setFindings(List<FindingRow> findings) { this.findings = findings; }
	public Rating getRating() { return rating; }
	public void setRating(Rating rating) { this.rating = rating; }
	public String getGeneralFindings() { return generalFindings; }
	public void setGeneralFindings(String generalFindings) { this.generalFindings = generalFindings; }
	public String getRecommendations() { return recommendations; }
	public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
	public List<ActionRow> getActions() { return actions; }
	public void setActions(List<ActionRow> actions) { this.actions = actions; }
	public BigDecimal getLatitude() { return latitude; }
	public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
	public BigDecimal getLongitude() { return longitude; }
	public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
	public Integer getLocationAccuracy() { return locationAccuracy; }
	public void setLocationAccuracy(Integer locationAccuracy) { this.locationAccuracy = locationAccuracy; }
	public List<PhotoRow> getPhotos() { return photos; }
	public void setPhotos(List<PhotoRow> photos) { this.photos = photos; }
	public List<Integer> getDroppedPhotos() { return droppedPhotos; }
	public void setDroppedPhotos(List<Integer> droppedPhotos) { this.droppedPhotos = droppedPhotos; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
