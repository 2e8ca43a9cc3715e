package vn.mohinh.initiative;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.text.VietnameseText;

/** An event (sự kiện): a dated activity at a locality, such as a people's forum, maybe part of a model. */
@Entity
@Table(name = "initiative_event")
@Audited
class InitiativeEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_event_seq")
	@SequenceGenerator(name = "initiative_event_seq", sequenceName = "initiative_event_seq", allocationSize = 50)
	private Long id;

	private String name;

	private LocalDate heldOn;

	private Long localityId;

	private String placeText;

	private String scopePath;

	private Long initiativeId;

	private String description;

	private String searchKey;

	private Instant createdAt;

	@Version
	private long version;

	protected InitiativeEvent() {
	}

	/**
	 * A new event. {@code initiative} is the model it belongs to, if any: it must run where the event
	 * is held (the event's locality lies in the model's commune, or contains it).
	 */
	static InitiativeEvent record(String name, LocalDate heldOn, LocalityView locality, String placeText,
			Initiative initiative, String description, Instant now) {
		InitiativeEvent event = new InitiativeEvent();
		event.createdAt = now;
		event.apply(name, heldOn, locality, placeText, initiative, description);
		return event;
	}

	/** New details of the event; every broken rule is reported at once. */
	void revise(String name, LocalDate heldOn, LocalityView locality, String placeText, Initiative initiative,
			String description) {
		apply(name, heldOn, locality, placeText, initiative, description);
	}

	private void apply(String name, LocalDate heldOn, LocalityView locality, String placeText, Initiative initiative,
			String description) {
		InitiativeRuleException.Rules rules = new InitiativeRuleException.Rules();
		if (name == null || name.isBlank()) {
			rules.reject("name", "initiative.event.error.name.required");
		}
		if (heldOn == null) {
			rules.reject("heldOn", "initiative.event.error.heldOn.required");
		}
		if (locality == null) {
			rules.reject("localityId", "initiative.event.error.locality.required");
		}
		if (initiative != null) {
			if (heldOn != null && initiative.startDate() != null
					&& heldOn.isBefore(initiative.startDate().withDayOfYear(1))) {
				rules.reject("initiativeId", "initiative.event.error.beforeModel");
			}
			if (locality != null && !(locality.path().startsWith(initiative.scopePath())
					|| initiative.scopePath().startsWith(locality.path()))) {
				rules.reject("initiativeId", "initiative.event.error.modelElsewhere", initiative.name(),
						locality.fullName());
			}
		}
		rules.throwIfAny();
		this.name = VietnameseText.clean(name);
		this.heldOn = heldOn;
		this.localityId = locality.id();
		this.placeText = placeText;
		this.scopePath = locality.path();
		this.initiativeId = initiative == null ? null : initiative.id();
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.searchKey = VietnameseText.fold(this.name + " " + placeText + (initiative == null ? "" : " " + initiative.name()));
		if (this.searchKey.length() > 1000) {
			this.searchKey = this.searchKey.substring(0, 1000);
		}
	}

	EventView view(String initiativeName) {
		return new EventView(id, name, heldOn, localityId, placeText, initiativeId, initiativeName, description);
	}

	Long id() {
		return id;
	}

	Long initiativeId() {
		return initiativeId;
	}

	String scopePath() {
		return scopePath;
	}

	String name() {
		return name;
	}

	long version() {
		return version;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	Long localityId() {
		return localityId;
	}

	String placeText() {
		return placeText;
	}

	String description() {
		return description;
	}

}
