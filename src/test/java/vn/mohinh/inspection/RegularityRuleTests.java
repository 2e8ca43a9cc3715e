package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mohinh.initiative.PilotLevel;
import vn.mohinh.inspection.RegularityRule.Standing;

/** The rule of docs/decisions/0004: due = base + gap of the level; overdue after it, due soon 30 days before. */
class RegularityRuleTests {

	static final RegularityRule DEFAULT = rule(3, 6, 12, 12);

	static RegularityRule rule(int province, int district, int commune, int none) {
		Map<PilotLevel, Integer> months = new EnumMap<>(PilotLevel.class);
		months.put(PilotLevel.DIEM_CAP_TINH, province);
		months.put(PilotLevel.DIEM_CAP_HUYEN, district);
		months.put(PilotLevel.DIEM_CAP_XA, commune);
		months.put(PilotLevel.NONE, none);
		return new RegularityRule(months);
	}

	static LocalDate day(String ddMMyyyy) {
		String[] p = ddMMyyyy.split("/");
		return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
	}

	@Test
	void theDefaultGapsAreThreeSixAndTwelveMonths() {
		assertThat(DEFAULT.dueOn(day("15/01/2025"), PilotLevel.DIEM_CAP_TINH)).isEqualTo(day("15/04/2025"));
		assertThat(DEFAULT.dueOn(day("15/01/2025"), PilotLevel.DIEM_CAP_HUYEN)).isEqualTo(day("15/07/2025"));
		assertThat(DEFAULT.dueOn(day("15/01/2025"), PilotLevel.DIEM_CAP_XA)).isEqualTo(day("15/01/2026"));
		assertThat(DEFAULT.dueOn(day("15/01/2025"), PilotLevel.NONE)).isEqualTo(day("15/01/2026"));
		assertThat(DEFAULT.dueOn(day("15/01/2025"), null)).as("no level recorded counts as NONE").isEqualTo(day("15/01/2026"));
	}

	@Test
	void overdueTheDayAfterTheDueDateAndDueSoonThirtyDaysBefore() {
		LocalDate base = day("10/03/2025");
		// due 10/06/2025 for a provincial pilot
		assertThat(DEFAULT.standing(base, PilotLevel.DIEM_CAP_TINH, day("10/05/2025"))).isEqualTo(Standing.WITHIN);
		assertThat(DEFAULT.standing(base, PilotLevel.DIEM_CAP_TINH, day("11/05/2025"))).isEqualTo(Standing.DUE_SOON);
		assertThat(DEFAULT.standing(base, PilotLevel.DIEM_CAP_TINH, day("10/06/2025"))).isEqualTo(Standing.DUE_SOON);
		assertThat(DEFAULT.standing(base, PilotLevel.DIEM_CAP_TINH, day("11/06/2025"))).isEqualTo(Standing.OVERDUE);
	}

	@Test
	void aModelThatBecomesProvincialOnFirstJanuaryIsOverdueThatDay() {
		// Inspected five months before; a commune pilot in 2025 (12 months), provincial from 2026 (3 months).
		LocalDate last = day("01/08/2025");
		assertThat(DEFAULT.standing(last, PilotLevel.DIEM_CAP_XA, day("31/12/2025"))).isEqualTo(Standing.WITHIN);
		assertThat(DEFAULT.standing(last, PilotLevel.DIEM_CAP_TINH, day("01/01/2026"))).isEqualTo(Standing.OVERDUE);
		// and the other way: provincial in 2025, none in 2026, last inspected on 15/08/2025
		LocalDate other = day("15/08/2025");
		assertThat(DEFAULT.standing(other, PilotLevel.DIEM_CAP_TINH, day("31/12/2025"))).isEqualTo(Standing.OVERDUE);
		assertThat(DEFAULT.standing(other, PilotLevel.NONE, day("01/01/2026"))).isEqualTo(Standing.WITHIN);
	}

	@Test
	void monthEndsAreClampedAsTheCalendarDoes() {
		// 31/08 + 6 months is 28/02 (29/02 in a leap year).
		assertThat(DEFAULT.dueOn(day("31/08/2025"), PilotLevel.DIEM_CAP_HUYEN)).isEqualTo(day("28/02/2026"));
		assertThat(DEFAULT.standing(day("31/08/2025"), PilotLevel.DIEM_CAP_HUYEN, day("28/02/2026"))).isEqualTo(Standing.DUE_SOON);
		assertThat(DEFAULT.standing(day("31/08/2025"), PilotLevel.DIEM_CAP_HUYEN, day("01/03/2026"))).isEqualTo(Standing.OVERDUE);
		assertThat(DEFAULT.dueOn(day("31/08/2023"), PilotLevel.DIEM_CAP_HUYEN)).isEqualTo(day("29/02/2024"));
		assertThat(DEFAULT.overdueBefore(day("01/03/2026"), PilotLevel.DIEM_CAP_HUYEN)).isEqualTo(day("01/09/2025"));
		assertThat(DEFAULT.overdueBefore(day("28/02/2026"), PilotLevel.DIEM_CAP_HUYEN)).isEqualTo(day("28/08/2025"));
	}

	/**
	 * The thresholds the queries use say exactly what the rule says, for every day of three years
	 * (two year ends, a leap day) and bases around the threshold, for gaps from 1 to 60 months.
	 */
	@Test
	void theQueryThresholdsAgreeWithTheRuleEveryDay() {
		int[] gaps = { 1, 2, 3, 6, 11, 12, 13, 24, 59, 60 };
		for (int gap : gaps) {
			RegularityRule rule = rule(gap, gap, gap, gap);
			for (LocalDate d = day("01/01/2023"); d.isBefore(day("01/01/2026")); d = d.plusDays(1)) {
				LocalDate overdueBefore = rule.overdueBefore(d, PilotLevel.NONE);
				LocalDate dueSoonBefore = rule.dueSoonBefore(d, PilotLevel.NONE);
				LocalDate around = d.minusMonths(gap);
				for (LocalDate base = around.minusDays(40); base.isBefore(around.plusDays(8)); base = base.plusDays(1)) {
					Standing expected = rule.standing(base, PilotLevel.NONE, d);
					Standing bySql = base.isBefore(overdueBefore) ? Standing.OVERDUE
							: base.isBefore(dueSoonBefore) ? Standing.DUE_SOON : Standing.WITHIN;
					assertThat(bySql).as("gap %d, day %s, base %s", gap, d, base).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void theCalendarRangeHoldsTheBasesDueInIt() {
		for (int gap : new int[] { 1, 3, 6, 12 }) {
			RegularityRule rule = rule(gap, gap, gap, gap);
			LocalDate from = day("01/02/2024");
			LocalDate to = day("29/02/2024");
			LocalDate[] range = rule.basesDueBetween(from, to, PilotLevel.NONE);
			for (LocalDate base = from.minusMonths(gap + 1); base.isBefore(to); base = base.plusDays(1)) {
				LocalDate due = rule.dueOn(base, PilotLevel.NONE);
				boolean inMonth = !due.isBefore(from) && !due.isAfter(to);
				boolean inRange = !base.isBefore(range[0]) && base.isBefore(range[1]);
				assertThat(inRange).as("gap %d, base %s", gap, base).isEqualTo(inMonth);
			}
		}
	}

}
