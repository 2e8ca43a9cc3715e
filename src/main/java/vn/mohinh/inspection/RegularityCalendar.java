package vn.mohinh.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

/**
 * A month of the inspection calendar: weeks from Monday to Sunday with the number of models falling
 * due each day, the day whose models are listed, and those models (a page).
 */
public record RegularityCalendar(YearMonth month, List<List<Day>> weeks, YearMonth previous, YearMonth next,
		LocalDate selected, long dueInMonth, Page<RegularityRow> models) {

	/** A cell of the grid; days of the neighbouring months are shown empty. */
	public record Day(LocalDate date, boolean inMonth, long due, boolean today, boolean past, boolean selected) {

		public int dayOfMonth() {
			return date.getDayOfMonth();
		}

	}

	static RegularityCalendar of(YearMonth month, Map<LocalDate, Long> counts, LocalDate today, LocalDate selected,
			Page<RegularityRow> models) {
		List<List<Day>> weeks = new ArrayList<>();
		LocalDate day = month.atDay(1).with(DayOfWeek.MONDAY);
		LocalDate end = month.atEndOfMonth();
		while (!day.isAfter(end)) {
			List<Day> week = new ArrayList<>(7);
			for (int i = 0; i < 7; i++) {
				boolean inMonth = YearMonth.from(day).equals(month);
				week.add(new Day(day, inMonth, inMonth ? counts.getOrDefault(day, 0L) : 0, day.equals(today),
						day.isBefore(today), day.equals(selected)));
				day = day.plusDays(1);
			}
			weeks.add(week);
		}
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new RegularityCalendar(month, weeks, month.minusMonths(1), month.plusMonths(1), selected, total, models);
	}

	/** "2026-11", as the {@code month} parameter of the page. */
	public String monthParam() {
		return month.toString();
	}

	public String previousParam() {
		return previous.toString();
	}

	public String nextParam() {
		return next.toString();
	}

	/** The month's number and year, "11/2026". */
	public String monthText() {
		return String.format("%02d/%d", month.getMonthValue(), month.getYear());
	}

}
