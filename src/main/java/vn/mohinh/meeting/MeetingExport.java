package vn.mohinh.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.mohinh.meeting.MeetingViews.ActionItemRow;
import vn.mohinh.meeting.MeetingViews.MeetingRow;
import vn.mohinh.shared.excel.ExcelExport;

/** The filtered lists of meetings and action items as Excel workbooks, fetched page by page. */
@Component
class MeetingExport {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final int PAGE = 500;

	private final MeetingService service;
	private final MessageSource messages;

	MeetingExport(MeetingService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	String itemsFileName(Locale locale) {
		return msg("actionItem.export.fileName", locale, LocalDate.now().format(FILE_DAY));
	}

	String meetingsFileName(Locale locale) {
		return msg("meeting.export.fileName", locale, LocalDate.now().format(FILE_DAY));
	}

	void writeItems(MeetingService.ItemCriteria criteria, Locale locale, OutputStream out) throws IOException {
		ExcelExport.<ActionItemRow>sheet(msg("actionItem.list.title", locale))
			.title(msg("actionItem.export.title", locale, LocalDate.now().format(DAY)))
			.column(msg("actionItem.col.body", locale), 50, ActionItemRow::body)
			.column(msg("actionItem.col.person", locale), 25, ActionItemRow::personName)
			.column(msg("actionItem.col.due", locale), 12, r -> r.dueDate().format(DAY))
			.column(msg("actionItem.col.status", locale), 14, r -> msg(r.status().messageKey(), locale)
					+ (r.overdue() ? " – " + msg("actionItem.overdue", locale) : ""))
			.column(msg("actionItem.col.doneOn", locale), 12, r -> r.doneOn() == null ? "" : r.doneOn().format(DAY))
			.column(msg("actionItem.col.dropReason", locale), 30, r -> r.dropReason() == null ? "" : r.dropReason())
			.column(msg("actionItem.col.organisation", locale), 35, ActionItemRow::organisationName)
			.column(msg("actionItem.col.meeting", locale), 12, r -> r.meetingDate().format(DAY))
			.column(msg("actionItem.col.model", locale), 35, r -> r.initiativeName() == null ? "" : r.initiativeName())
			.write(ExcelExport.pages(p -> service.items(criteria, p), PageRequest.of(0, PAGE, MeetingService.ITEM_ORDER)), out);
	}

	void writeMeetings(MeetingService.MeetingCriteria criteria, Locale locale, OutputStream out) throws IOException {
		ExcelExport.<MeetingRow>sheet(msg("meeting.list.title", locale))
			.title(msg("meeting.export.title", locale, LocalDate.now().format(DAY)))
			.column(msg("meeting.col.date", locale), 12, r -> r.date().format(DAY))
			.column(msg("meeting.col.organisation", locale), 40, MeetingRow::organisationName)
			.column(msg("meeting.col.kind", locale), 16, r -> msg(r.kind().messageKey(), locale))
			.column(msg("meeting.col.topic", locale), 50, MeetingRow::topic)
			.column(msg("meeting.col.present", locale), 12, r -> r.present() + "/" + r.attendees())
			.write(ExcelExport.pages(p -> service.list(criteria, p), PageRequest.of(0, PAGE, MeetingService.MEETING_ORDER)), out);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
