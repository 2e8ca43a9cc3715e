package vn.mohinh.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organisation working with the model, with the role it plays there. */
@Embeddable
public record Partner(@Column(name = "organisation_id") Long organisationId,
		@Column(name = "organisation_name") String organisationName, @Column(name = "partner_role") String role) {
}
