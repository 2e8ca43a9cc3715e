package vn.mohinh.locality;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts about localities that templates need ({@code @localityText} in templates). */
@Component("localityText")
class LocalityText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	LocalityText(MessageSource messages) {
		this.messages = messages;
	}

	/** "từ 01/07/2025", "đến 30/06/2025", "01/07/2025 – 30/06/2026" or "" when open at both ends. */
	public String validity(LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return "";
		}
		String key = from == null ? "locality.validity.until" : to == null ? "locality.validity.since" : "locality.validity.between";
		return messages.getMessage(key, new Object[] { from == null ? null : DAY.format(from), to == null ? null : DAY.format(to),
				to == null ? DAY.format(from) : DAY.format(to) }, LocaleContextHolder.getLocale());
	}

}
