package vn.mohinh.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.excel.ExcelExport;

/** The filtered list of documents as an Excel workbook, every row in the user's scope, not only one page. */
@Component
class DocumentExport {

	// A file name has no "/", so the day is written with dashes there.
	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DocumentRegister register;
	private final MessageSource messages;

	DocumentExport(DocumentRegister register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	String fileName(Locale locale) {
		return msg("document.export.fileName", locale, LocalDate.now().format(FILE_DAY));
	}

	void write(DocumentQuery query, Locale locale, OutputStream out) throws IOException {
		ExcelExport.<DocumentCard>sheet(msg("document.list.title", locale))
			.title(msg("document.export.title", locale, LocalDate.now().format(DAY)))
			.column(msg("document.col.kind", locale), 14, c -> msg(c.document().kind().messageKey(), locale))
			.column(msg("document.col.number", locale), 16, c -> c.document().number())
			.column(msg("document.col.date", locale), 13, c -> c.document().issuedOn())
			.column(msg("document.export.year", locale), 7, c -> c.document().year())
			.column(msg("document.col.title", locale), 60, c -> c.document().title())
			.column(msg("document.col.issuer", locale), 30, c -> c.document().issuer())
			.column(msg("document.col.place", locale), 40,
					c -> c.document().national() ? msg("document.national", locale) : c.document().localityName())
			.column(msg("document.export.status", locale), 12,
					c -> c.document().withdrawn() ? msg("document.withdrawn.badge", locale) : "")
			.write(register.export(query), out);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
