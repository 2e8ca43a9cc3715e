package vn.mohinh.meeting;

import jakarta.persistence.Embeddable;

/** A person of the organisation at a meeting: present, or absent with a reason (name as it was then). */
@Embeddable
public record Attendee(Long personId, String personName, boolean present, String absenceReason) {
}
