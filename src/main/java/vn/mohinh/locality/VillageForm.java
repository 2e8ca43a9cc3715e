package vn.mohinh.locality;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new village typed by a user (a bean, so every field binds and validates on its own). */
class VillageForm {

	@NotNull
	private LocalityKind kind = LocalityKind.THON;

	@NotBlank
	@Size(max = 200)
	private String name;

	private LocalDate validFrom;

	public LocalityKind getKind() {
		return kind;
	}

	public void setKind(LocalityKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

}
