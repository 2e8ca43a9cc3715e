package vn.mohinh.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese users read them: dd/MM/yyyy, times in Vietnam's time zone. */
final class AccountDates {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	static final String DATE_PATTERN = "dd/MM/yyyy";
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

	private AccountDates() {
	}

	static String format(Instant instant) {
		return instant == null ? null : DATE_TIME.format(instant);
	}

	static String format(LocalDate date) {
		return date == null ? null : DATE.format(date);
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
