package vn.mohinh.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as Vietnamese officials write them in forms and messages: dd/MM/yyyy. */
final class VietnameseDates {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VietnameseDates() {
	}

	static String format(LocalDate day) {
		return day == null ? "" : day.format(DAY);
	}

}
