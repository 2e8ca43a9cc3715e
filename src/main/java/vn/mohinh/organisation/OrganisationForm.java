package vn.mohinh.organisation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the organisation form binds. The locality is picked from a list or, for a unit not in the
 * list, given by its official code, read on the organisation's dates (codes were reused in 2025).
 */
class OrganisationForm {

	static final String DATE = "dd/MM/yyyy";

	private Long version;

	@NotBlank
	@Size(max = 300)
	private String name;

	@NotNull
	private OrganisationKind kind;

	private Long localityId;

	@Pattern(regexp = "\\d{0,10}")
	private String localityCode;

	private Long parentId;

	@DateTimeFormat(pattern = DATE)
	private LocalDate validFrom;

	@DateTimeFormat(pattern = DATE)
	private LocalDate validTo;

	/** The first day of the current term (nhiệm kỳ) of a Party body. */
	@DateTimeFormat(pattern = DATE)
	private LocalDate termFrom;

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.version = organisation.version();
		form.name = organisation.name();
		form.kind = organisation.kind();
		form.localityId = organisation.localityId();
		form.parentId = organisation.parentId();
		form.validFrom = organisation.validFrom();
		form.validTo = organisation.validTo();
		form.termFrom = organisation.currentTermFrom();
		return form;
	}

	/** The day on which an official code is read: the organisation's first day, or its last, or today. */
	LocalDate codeDate() {
		return validFrom != null ? validFrom : validTo != null ? validTo : LocalDate.now();
	}

	boolean hasLocalityCode() {
		return localityCode != null && !localityCode.isBlank();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public Long getLocalityId() {
		return localityId;
	}

	public void setLocalityId(Long localityId) {
		this.localityId = localityId;
	}

	public String getLocalityCode() {
		return localityCode;
	}

	public void setLocalityCode(String localityCode) {
		this.localityCode = localityCode == null ? null : localityCode.strip();
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public LocalDate getTermFrom() {
		return termFrom;
	}

	public void setTermFrom(LocalDate termFrom) {
		this.termFrom = termFrom;
	}

}
