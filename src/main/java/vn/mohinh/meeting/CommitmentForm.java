package vn.mohinh.meeting;

import java.time.LocalDate;

/** A member's commitment of a year: what they commit to (one item a line) and when they registered. */
class CommitmentForm {

	private Long personId;
	private Integer year;
	private String items;
	private LocalDate registeredOn;
	private Long version;

	public Long getPersonId() { return personId; }
	public void setPersonId(Long personId) { this.personId = personId; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public String getItems() { return items; }
	public void setItems(String items) { this.items = items; }
	public LocalDate getRegisteredOn() { return registeredOn; }
	public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
