package vn.mohinh.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.excel.ExcelExport;

/** The filtered list of evaluations as an Excel workbook: every row the list would show, fetched page by page. */
@Component
class EvaluationExport {

	// A file name has no "/", so the day is written with dashes there.
	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final int PAGE = 500;

	private final EvaluationService service;
	private final MessageSource messages;

	EvaluationExport(EvaluationService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	String fileName(Locale locale) {
		return msg("evaluation.export.fileName", locale, LocalDate.now().format(FILE_DAY));
	}

	void write(EvaluationQuery.Criteria criteria, Locale locale, OutputStream out) throws IOException {
		ExcelExport.<EvaluationRow>sheet(msg("evaluation.list.title", locale))
			.title(msg("evaluation.export.title", locale, LocalDate.now().format(DAY)))
			.column(msg("evaluation.col.model", locale), 45, EvaluationRow::initiativeName)
			.column(msg("evaluation.col.year", locale), 8, EvaluationRow::year)
			.column(msg("evaluation.col.type", locale), 35, EvaluationRow::typeName)
			.column(msg("evaluation.export.communeName", locale), 25, EvaluationRow::communeName)
			.column(msg("evaluation.export.villages", locale), 25, EvaluationRow::villageNames)
			.column(msg("evaluation.export.total", locale), 10, EvaluationRow::totalScore)
			.column(msg("evaluation.export.maxTotal", locale), 10, EvaluationRow::maxTotal)
			.column(msg("evaluation.col.rating", locale), 14, r -> msg(r.rating().messageKey(), locale))
			.column(msg("evaluation.col.effective", locale), 14,
					r -> msg(r.effective() ? "evaluation.effective.true" : "evaluation.effective.false", locale))
			.column(msg("evaluation.col.decision", locale), 14,
					r -> r.decision() == null ? "" : msg(r.decision().messageKey(), locale))
			.write(ExcelExport.pages(p -> service.list(criteria, p), PageRequest.of(0, PAGE, EvaluationQuery.ORDER)), out);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
