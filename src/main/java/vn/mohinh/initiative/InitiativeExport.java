package vn.mohinh.initiative;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.excel.ExcelExport;

/** The filtered list of models as an Excel workbook: every row the list would show, fetched page by page. */
@Component
class InitiativeExport {

	// A file name has no "/", so the day is written with dashes there.
	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final int PAGE = 500;

	private final InitiativeService service;
	private final MessageSource messages;

	InitiativeExport(InitiativeService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	String fileName(Locale locale) {
		return msg("initiative.export.fileName", locale, LocalDate.now().format(FILE_DAY));
	}

	void write(InitiativeQuery.Criteria criteria, Locale locale, OutputStream out) throws IOException {
		ExcelExport.<InitiativeRow>sheet(msg("initiative.list.title", locale))
			.title(msg("initiative.export.title", locale, LocalDate.now().format(DAY)))
			.column(msg("initiative.col.name", locale), 45, InitiativeRow::name)
			.column(msg("initiative.col.type", locale), 35, InitiativeRow::typeName)
			.column(msg("initiative.export.communeCode", locale), 10, InitiativeRow::communeCode)
			.column(msg("initiative.col.commune", locale), 25, InitiativeRow::communeName)
			.column(msg("initiative.col.villages", locale), 25, InitiativeRow::villages)
			.column(msg("initiative.col.level", locale), 16,
					r -> r.level() == null ? "" : msg("initiative.level." + r.level().name(), locale))
			.column(msg("initiative.col.status", locale), 16, r -> msg("initiative.status." + r.status().name(), locale))
			.column(msg("initiative.col.start", locale), 12, InitiativeRow::startDate)
			.column(msg("initiative.export.end", locale), 12, InitiativeRow::endDate)
			.column(msg("initiative.export.registration", locale), 22,
					r -> r.registration() == null ? ""
							: msg("initiative.registration.inYear", locale,
									msg("initiative.registration." + r.registration().name(), locale),
									String.valueOf(r.registrationYear())))
			.write(ExcelExport.pages(p -> service.list(criteria, p), PageRequest.of(0, PAGE, InitiativeQuery.ORDER)), out);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
