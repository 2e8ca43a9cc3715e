package vn.mohinh.commendation;

import java.time.Instant;

/** A nomination as its pages show it. */
record NominationView(long id, long initiativeId, String initiativeName, Long evaluationId, int year, String reason,
		NominationStatus status, String declinedReason, Long commendationId, Instant createdAt, String createdBy,
		long version, boolean canEdit) {
}
