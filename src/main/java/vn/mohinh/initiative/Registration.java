package vn.mohinh.initiative;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A year's registration of a model with the propaganda board. Immutable: each step of the
 * aggregate replaces it with the next state.
 */
@Embeddable
public record Registration(@Column(name = "reg_year") Integer year,
		@Enumerated(EnumType.STRING) @Column(name = "status") RegistrationStatus status,
		@Column(name = "submitted_at") Instant submittedAt, @Column(name = "submitted_by") String submittedBy,
		@Column(name = "organisation_id") Long organisationId, @Column(name = "organisation_name") String organisationName,
		@Column(name = "registered_on") LocalDate registeredOn, @Column(name = "reference_number") String referenceNumber,
		@Column(name = "reason") String reason, @Column(name = "decided_by") String decidedBy,
		@Column(name = "decided_at") Instant decidedAt) {

	static Registration draft(int year) {
		return new Registration(year, RegistrationStatus.DRAFT, null, null, null, null, null, null, null, null, null);
	}

	Registration submitted(String by, Instant at) {
		return new Registration(year, RegistrationStatus.SUBMITTED, at, by, null, null, null, null, null, null, null);
	}

	Registration registered(long organisation, String organisationName, LocalDate on, String number, String by, Instant at) {
		return new Registration(year, RegistrationStatus.REGISTERED, submittedAt, submittedBy, organisation,
				organisationName, on, number, null, by, at);
	}

	Registration returned(String why, String by, Instant at) {
		return new Registration(year, RegistrationStatus.RETURNED, submittedAt, submittedBy, null, null, null, null, why,
				by, at);
	}

}
