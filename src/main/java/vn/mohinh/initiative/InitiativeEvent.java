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

	/** {@code initiative} is the model it belongs to, which must lie within the event's locality or above it. */
	static InitiativeEvent record(String name, LocalDate heldOn, LocalityView locality, String placeText,
			Initiative initiative, String description, Instant now) {
		if (heldOn == null) {
			throw new InitiativeRuleException("heldOn", "initiative.event.error.heldOn.required");
		}
		if (initiative != null && initiative.startDate() != null && heldOn.isBefore(initiative.startDate().withDayOfYear(1))) {
			throw new InitiativeRuleException("initiativeId", "initiative.event.error.beforeModel");
		}
		InitiativeEvent event = new InitiativeEvent();
		event.name = VietnameseText.clean(name);
		event.heldOn = heldOn;
		event.localityId = locality.id();
		event.placeText = placeText;
		event.scopePath = locality.path();
		event.initiativeId = initiative == null ? null : initiative.id();
		event.description = description == null || description.isBlank() ? null : description.strip();
		event.searchKey = VietnameseText.fold(event.name + " " + placeText);
		event.createdAt = now;
		return event;
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

}
