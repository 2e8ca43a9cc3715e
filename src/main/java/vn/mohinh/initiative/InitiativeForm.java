package vn.mohinh.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the model form posts; never bound to the entity. Cross-part rules are checked by {@link Initiative}. */
class InitiativeForm {

	static final int PARTNER_ROWS = 3;
	static final int TARGET_ROWS = 3;

	@NotBlank(message = "{initiative.error.name.required}")
	@Size(max = 500, message = "{initiative.error.name.size}")
	private String name;

	@NotNull(message = "{initiative.error.type.required}")
	private Long typeId;

	@Size(max = 10, message = "{initiative.error.commune.unknown}")
	private String communeCode;

	/** The villages of the commune where the model runs, ticked on the form. */
	private List<Long> villageIds = new ArrayList<>();

	@NotNull(message = "{initiative.error.startDate.required}")
	private LocalDate startDate;

	private LocalDate endDate;

	private PilotLevel level = PilotLevel.NONE;

	private Integer levelYear;

	private Long leadOrganisationId;

	/** Words that narrow the organisations offered (htmx while typing, or the "Lọc" button). */
	@Size(max = 200)
	private String leadQuery;

	private Long personInChargeId;

	/** Words that narrow the party members offered. */
	@Size(max = 200)
	private String personQuery;

	@Valid
	private List<PartnerRow> partners = new ArrayList<>();

	private List<Long> documentIds = new ArrayList<>();

	@Valid
	private List<TargetRow> targets = new ArrayList<>();

	@Size(max = 4000, message = "{initiative.error.description.size}")
	private String description;

	private boolean published;

	@Size(max = 1000, message = "{initiative.error.overlapReason.size}")
	private String overlapReason;

	private Long version;

	private Long origin;

	private LineageRelation relation;

	@Size(max = 1000, message = "{initiative.error.overlapReason.size}")
	private String lineageReason;

	InitiativeForm() {
		padRows();
	}

	/** Empty rows to fill in, so that the form shows a few partners and targets at any time. */
	void padRows() {
		while (partners.size() < PARTNER_ROWS) {
			partners.add(new PartnerRow());
		}
		while (targets.size() < TARGET_ROWS) {
			targets.add(new TargetRow());
		}
	}

	static InitiativeForm of(InitiativeCard card) {
		InitiativeForm form = new InitiativeForm();
		form.name = card.name();
		form.typeId = card.type().id();
		form.communeCode = card.communeCode();
		form.villageIds = new ArrayList<>(card.sites().stream().map(Site::villageId).toList());
		form.startDate = card.startDate();
		form.endDate = card.endDate();
		form.level = card.levels().isEmpty() ? PilotLevel.NONE : card.levels().get(0).level();
		form.levelYear = card.levels().isEmpty() ? null : card.levels().get(0).year();
		form.leadOrganisationId = card.lead() == null ? null : card.lead().id();
		form.personInChargeId = card.personInCharge() == null ? null : card.personInCharge().id();
		form.partners = new ArrayList<>(card.partners().stream().map(p -> {
			PartnerRow row = new PartnerRow();
			row.setOrganisationId(p.organisationId());
			row.setRole(p.role());
			return row;
		}).toList());
		form.documentIds = new ArrayList<>(card.documents().stream().map(InitiativeCard.DocumentRef::id).toList());
		form.targets = new ArrayList<>(card.targets().stream().map(t -> {
			TargetRow row = new TargetRow();
			row.setDescription(t.description());
			row.setUnit(t.unit());
			row.setTargetValue(t.targetValue());
			row.setAchievedValue(t.achievedValue());
			return row;
		}).toList());
		form.description = card.description();
		form.published = card.published();
		form.overlapReason = card.overlapReason();
		form.version = card.version();
		form.padRows();
		return form;
	}

	InitiativeInput toInput() {
		return new InitiativeInput(name, typeId, communeCode, villageIds, List.of(), startDate, endDate, level, levelYear,
				leadOrganisationId, null, personInChargeId, null,
				partners.stream().map(p -> new InitiativeInput.PartnerInput(p.getOrganisationId(), null, p.getRole())).toList(),
				documentIds, targets.stream().map(t -> new InitiativeInput.TargetInput(t.getDescription(), t.getUnit(),
						t.getTargetValue(), t.getAchievedValue())).toList(),
				description, published, overlapReason);
	}

	/** A partner row of the form. */
	public static class PartnerRow {

		private Long organisationId;

		@Size(max = 300, message = "{initiative.error.role.size}")
		private String role;

		public Long getOrganisationId() {
			return organisationId;
		}

		public void setOrganisationId(Long organisationId) {
			this.organisationId = organisationId;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

	}

	/** A goal and its measurable target. */
	public static class TargetRow {

		@Size(max = 500, message = "{initiative.error.targets.size}")
		private String description;

		@Size(max = 100, message = "{initiative.error.targets.size}")
		private String unit;

		private BigDecimal targetValue;

		private BigDecimal achievedValue;

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public BigDecimal getTargetValue() {
			return targetValue;
		}

		public void setTargetValue(BigDecimal targetValue) {
			this.targetValue = targetValue;
		}

		public BigDecimal getAchievedValue() {
			return achievedValue;
		}

		public void setAchievedValue(BigDecimal achievedValue) {
			this.achievedValue = achievedValue;
		}

	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public Long getTypeId() { return typeId; }
	public void setTypeId(Long typeId) { this.typeId = typeId; }
	public String getCommuneCode() { return communeCode; }
	public void setCommuneCode(String communeCode) { this.communeCode = communeCode; }
	public List<Long> getVillageIds() { return villageIds; }
	public void setVillageIds(List<Long> villageIds) { this.villageIds = villageIds; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
	public PilotLevel getLevel() { return level; }
	public void setLevel(PilotLevel level) { this.level = level; }
	public Integer getLevelYear() { return levelYear; }
	public void setLevelYear(Integer levelYear) { this.levelYear = levelYear; }
	public Long getLeadOrganisationId() { return leadOrganisationId; }
	public void setLeadOrganisationId(Long leadOrganisationId) { this.leadOrganisationId = leadOrganisationId; }
	public String getLeadQuery() { return leadQuery; }
	public void setLeadQuery(String leadQuery) { this.leadQuery = leadQuery; }
	public Long getPersonInChargeId() { return personInChargeId; }
	public void setPersonInChargeId(Long personInChargeId) { this.personInChargeId = personInChargeId; }
	public String getPersonQuery() { return personQuery; }
	public void setPersonQuery(String personQuery) { this.personQuery = personQuery; }
	public List<PartnerRow> getPartners() { return partners; }
	public void setPartners(List<PartnerRow> partners) { this.partners = partners; }
	public List<Long> getDocumentIds() { return documentIds; }
	public void setDocumentIds(List<Long> documentIds) { this.documentIds = documentIds; }
	public List<TargetRow> getTargets() { return targets; }
	public void setTargets(List<TargetRow> targets) { this.targets = targets; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public boolean isPublished() { return published; }
	public void setPublished(boolean published) { this.published = published; }
	public String getOverlapReason() { return overlapReason; }
	public void setOverlapReason(String overlapReason) { this.overlapReason = overlapReason; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public Long getOrigin() { return origin; }
	public void setOrigin(Long origin) { this.origin = origin; }
	public LineageRelation getRelation() { return relation; }
	public void setRelation(LineageRelation relation) { this.relation = relation; }
	public String getLineageReason() { return lineageReason; }
	public void setLineageReason(String lineageReason) { this.lineageReason = lineageReason; }

}
