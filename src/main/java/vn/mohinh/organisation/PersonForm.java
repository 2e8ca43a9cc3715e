package vn.mohinh.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the person form binds; the aggregate checks the year of birth against the current year. */
class PersonForm {

	private Long version;

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@NotNull
	private Gender gender;

	private Integer birthYear;

	@NotBlank
	@Size(max = 60)
	private String ethnicity = Person.MAJORITY_ETHNICITY;

	private boolean partyMember;

	private Long partyCellId;

	@Size(max = 200)
	private String position;

	@NotNull
	private Long organisationId;

	private boolean active = true;

	static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.version = person.version();
		form.fullName = person.fullName();
		form.gender = person.gender();
		form.birthYear = person.birthYear();
		form.ethnicity = person.ethnicity();
		form.partyMember = person.partyMember();
		form.partyCellId = person.partyCellId();
		form.position = person.position();
		form.organisationId = person.organisationId();
		form.active = person.active();
		return form;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Gender getGender() {
		return gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public Integer getBirthYear() {
		return birthYear;
	}

	public void setBirthYear(Integer birthYear) {
		this.birthYear = birthYear;
	}

	public String getEthnicity() {
		return ethnicity;
	}

	public void setEthnicity(String ethnicity) {
		this.ethnicity = ethnicity;
	}

	public boolean isPartyMember() {
		return partyMember;
	}

	public void setPartyMember(boolean partyMember) {
		this.partyMember = partyMember;
	}

	public Long getPartyCellId() {
		return partyCellId;
	}

	public void setPartyCellId(Long partyCellId) {
		this.partyCellId = partyCellId;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
