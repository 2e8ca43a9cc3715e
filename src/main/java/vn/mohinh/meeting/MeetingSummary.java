package vn.mohinh.meeting;

import java.time.LocalDate;

/** A meeting as the periodic reports cite it: when, what kind, its topic, how much it decided. */
public record MeetingSummary(long id, LocalDate date, MeetingKind kind, String topic, int modelsDiscussed,
		int actionItems) {
}
