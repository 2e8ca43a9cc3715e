package vn.mohinh.inspection;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A follow-up action the team asks for: what, who is in charge, by when, and whether it is done. */
@Embeddable
public record FollowUp(@Column(name = "description") String description, @Column(name = "person_id") Long personId,
		@Column(name = "person_name") String personName, @Column(name = "due_on") LocalDate dueOn,
		@Enumerated(EnumType.STRING) @Column(name = "status") ActionStatus status) {

	public boolean done() {
		return status == ActionStatus.DONE;
	}

}
