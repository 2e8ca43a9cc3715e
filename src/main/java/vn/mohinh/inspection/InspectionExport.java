package vn.mohinh.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.excel.ExcelExport;

/** The filtered list of inspections as an Excel workbook: every row the list would show, fetched page by page. */
@Component
class InspectionExport {

	// A file name has no "/", so the day is written with dashes there.
	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
	private static final int PAGE = 500;

	private final InspectionService service;
	private final MessageSource messages;

	InspectionExport(InspectionService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	String fileName(Locale locale) {
		return msg("inspection.export.fileName", locale, service.today().format(FILE_DAY));
	}

	void write(InspectionQuery.Criteria criteria, InspectionQuery.Order order, Locale locale, OutputStream out)
			throws IOException {
		ExcelExport.<InspectionRow>sheet(msg("inspection.list.title", locale))
			.title(msg("inspection.export.title", locale, VietnameseDates.format(service.today())))
			.column(msg("inspection.col.date", locale), 12, InspectionRow::inspectedOn)
			.column(msg("inspection.col.model", locale), 45, InspectionRow::initiativeName)
			.column(msg("inspection.col.type", locale), 35, InspectionRow::typeName)
			.column(msg("inspection.col.commune", locale), 25, InspectionRow::communeName)
			.column(msg("inspection.col.kind", locale), 12, r -> msg(r.kind().messageKey(), locale))
			.column(msg("inspection.col.organisation", locale), 40, InspectionRow::organisationName)
			.column(msg("inspection.col.rating", locale), 12, r -> r.rating() == null ? "" : msg(r.rating().messageKey(), locale))
			.column(msg("inspection.col.status", locale), 14, r -> msg(r.status().messageKey(), locale))
			.write(ExcelExport.pages(p -> service.list(criteria, p), PageRequest.of(0, PAGE, order.sort())), out);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
