package vn.mohinh.meeting;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A review of a commitment at a meeting: when, at which meeting, the assessment and the result. */
@Embeddable
public record Review(@Enumerated(EnumType.STRING) ReviewKind reviewKind, Long meetingId, LocalDate reviewedOn,
		String assessment, @Enumerated(EnumType.STRING) ReviewResult result) {
}
