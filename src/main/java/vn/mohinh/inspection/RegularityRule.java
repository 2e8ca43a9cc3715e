package vn.mohinh.inspection;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import vn.mohinh.initiative.PilotLevel;

/**
 * When a model is due for inspection (docs/decisions/0004-inspection-regularity.md). On a day D the
 * longest allowed gap is the policy of the model's pilot level in the year of D (NONE when no level is
 * recorded that year). The gap counts from the last inspection, or from the start when the model was
 * never inspected: due = base + gap months. The model is overdue when D is after the due date, and due
 * soon when the due date lies between D and D + 30 days (both included).
 *
 * <p>Queries compare the base date with per-level thresholds computed here, so that the SQL stays
 * portable and indexable: {@link #firstBaseDueOnOrAfter} is the earliest base whose due date is on or
 * after a day, exactly, month ends included (31/08 + 6 months is 28/02).
 */
record RegularityRule(Map<PilotLevel, Integer> months) {

	/** A model is due soon from this many days before its due date. */
	static final int DUE_SOON_DAYS = 30;

	enum Standing {
		/** The due date has passed: D > due. */
		OVERDUE,
		/** D <= due <= D + 30 days. */
		DUE_SOON,
		/** Inspected recently enough. */
		WITHIN
	}

	RegularityRule {
		months = Map.copyOf(new EnumMap<>(months));
		for (PilotLevel level : PilotLevel.values()) {
			if (!months.containsKey(level)) {
				throw new IllegalArgumentException("no policy for " + level);
			}
		}
	}

	int gap(PilotLevel level) {
		return months.get(level == null ? PilotLevel.NONE : level);
	}

	LocalDate dueOn(LocalDate base, PilotLevel level) {
		return base.plusMonths(gap(level));
	}

	Standing standing(LocalDate base, PilotLevel level, LocalDate day) {
		LocalDate due = dueOn(base, level);
		if (day.isAfter(due)) {
			return Standing.OVERDUE;
		}
		return due.isAfter(day.plusDays(DUE_SOON_DAYS)) ? Standing.WITHIN : Standing.DUE_SOON;
	}

	/** A base before this day makes the model overdue on {@code day}. */
	LocalDate overdueBefore(LocalDate day, PilotLevel level) {
		return firstBaseDueOnOrAfter(day, gap(level));
	}

	/** A base before this day (and not overdue) makes the model due soon on {@code day}. */
	LocalDate dueSoonBefore(LocalDate day, PilotLevel level) {
		return firstBaseDueOnOrAfter(day.plusDays(DUE_SOON_DAYS + 1L), gap(level));
	}

	/** The bases whose due date falls on a day from {@code from} to {@code to}, both included: [first, last). */
	LocalDate[] basesDueBetween(LocalDate from, LocalDate to, PilotLevel level) {
		int gap = gap(level);
		return new LocalDate[] { firstBaseDueOnOrAfter(from, gap), firstBaseDueOnOrAfter(to.plusDays(1), gap) };
	}

	/**
	 * The earliest base b with b + gap months on or after {@code day}. Adding months never goes back,
	 * so every base before it is due before the day and every base from it on is due on it or later.
	 */
	static LocalDate firstBaseDueOnOrAfter(LocalDate day, int gapMonths) {
		LocalDate base = day.minusMonths(gapMonths);
		while (base.plusMonths(gapMonths).isBefore(day)) {
			base = base.plusDays(1);
		}
		while (!base.minusDays(1).plusMonths(gapMonths).isBefore(day)) {
			base = base.minusDays(1);
		}
		return base;
	}

}
