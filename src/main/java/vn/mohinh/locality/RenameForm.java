package vn.mohinh.locality;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A village's new name from a day on; {@code version} detects a stale edit. */
class RenameForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private LocalDate effectiveOn;

	private long version;

	RenameForm() {
	}

	RenameForm(String name, long version) {
		this.name = name;
		this.version = version;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
