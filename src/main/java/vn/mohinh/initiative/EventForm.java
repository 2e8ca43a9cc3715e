package vn.mohinh.initiative;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the event form posts; never bound to the entity. */
class EventForm {

	@NotBlank(message = "{initiative.event.error.name.required}")
	@Size(max = 500, message = "{initiative.event.error.name.size}")
	private String name;

	@NotNull(message = "{initiative.event.error.heldOn.required}")
	private LocalDate heldOn;

	private Long localityId;

	@Size(max = 10, message = "{initiative.event.error.locality.required}")
	private String localityCode;

	private Long initiativeId;

	@Size(max = 4000, message = "{initiative.event.error.description.size}")
	private String description;

	private Long version;

	static EventForm of(EventCard card) {
		EventForm form = new EventForm();
		form.name = card.event().name();
		form.heldOn = card.event().heldOn();
		form.localityId = card.event().localityId();
		form.initiativeId = card.event().initiativeId();
		form.description = card.event().description();
		form.version = card.version();
		return form;
	}

	EventInput toInput() {
		return new EventInput(name, heldOn, localityId, localityCode, initiativeId, description);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
	public Long getLocalityId() { return localityId; }
	public void setLocalityId(Long localityId) { this.localityId = localityId; }
	public String getLocalityCode() { return localityCode; }
	public void setLocalityCode(String localityCode) { this.localityCode = localityCode; }
	public Long getInitiativeId() { return initiativeId; }
	public void setInitiativeId(Long initiativeId) { this.initiativeId = initiativeId; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
