package vn.mohinh.locality;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The last day a village existed; {@code version} detects a stale edit. */
class RetireForm {

	@NotNull
	private LocalDate lastDay;

	private long version;

	RetireForm() {
	}

	RetireForm(long version) {
		this.version = version;
	}

	public LocalDate getLastDay() {
		return lastDay;
	}

	public void setLastDay(LocalDate lastDay) {
		this.lastDay = lastDay;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
