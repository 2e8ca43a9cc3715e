package vn.mohinh.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.excel.ExcelExport;

/** The overdue list with the page's filters as an Excel workbook: every row, fetched page by page. */
@Component
class OverdueExport {

	// A file name has no "/", so the day is written with dashes there.
	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	OverdueExport(MessageSource messages) {
		this.messages = messages;
	}

	String fileName(LocalDate day, Locale locale) {
		return msg("regularity.export.fileName", locale, day.format(FILE_DAY));
	}

	void write(Iterable<RegularityRow> rows, RegularityService.Area area, LocalDate day, Locale locale, OutputStream out)
			throws IOException {
		String title = area.locality() == null ? msg("regularity.export.title", locale, day.format(DAY))
				: msg("regularity.export.titleIn", locale, day.format(DAY), area.locality().fullName());
		ExcelExport.<RegularityRow>sheet(msg("regularity.overdue.title", locale))
			.title(title)
			.column(msg("regularity.col.name", locale), 45, RegularityRow::name)
			.column(msg("regularity.col.type", locale), 35, RegularityRow::typeName)
			.column(msg("regularity.col.commune", locale), 25, RegularityRow::communeName)
			.column(msg("regularity.col.villages", locale), 25, RegularityRow::villages)
			.column(msg("regularity.col.level", locale), 16, r -> msg(r.level().messageKey(), locale))
			.column(msg("regularity.col.lastInspected", locale), 14, RegularityRow::lastInspectedOn)
			.column(msg("regularity.col.start", locale), 12, RegularityRow::startDate)
			.column(msg("regularity.col.due", locale), 12, RegularityRow::dueOn)
			.column(msg("regularity.col.daysLate", locale), 12, RegularityRow::daysLate)
			.write(rows, out);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
