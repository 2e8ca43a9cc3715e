package vn.mohinh.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the type form posts; never bound to the entity. */
class InitiativeTypeForm {

	@NotBlank(message = "{initiative.type.error.name.required}")
	@Size(max = 300, message = "{initiative.type.error.name.size}")
	private String name;

	@NotNull(message = "{initiative.type.error.field.required}")
	private InitiativeField field;

	@Size(max = 2000, message = "{initiative.type.error.description.size}")
	private String description;

	private Long version;

	static InitiativeTypeForm of(InitiativeTypeView type) {
		InitiativeTypeForm form = new InitiativeTypeForm();
		form.name = type.name();
		form.field = type.field();
		form.description = type.description();
		form.version = type.version();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public InitiativeField getField() {
		return field;
	}

	public void setField(InitiativeField field) {
		this.field = field;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
