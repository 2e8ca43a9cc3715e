package vn.mohinh.meeting;

import static vn.mohinh.shared.docx.OfficialDocx.TEXT_WIDTH;
import static vn.mohinh.shared.docx.OfficialDocx.borderless;
import static vn.mohinh.shared.docx.OfficialDocx.cellParagraph;
import static vn.mohinh.shared.docx.OfficialDocx.centered;
import static vn.mohinh.shared.docx.OfficialDocx.dateLineMonth;
import static vn.mohinh.shared.docx.OfficialDocx.heading;
import static vn.mohinh.shared.docx.OfficialDocx.line;
import static vn.mohinh.shared.docx.OfficialDocx.paragraphs;
import static vn.mohinh.shared.docx.OfficialDocx.roman;
import static vn.mohinh.shared.docx.OfficialDocx.text;
import static vn.mohinh.shared.docx.OfficialDocx.two;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.meeting.MeetingViews.ActionItemRow;
import vn.mohinh.meeting.MeetingViews.MeetingCard;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.shared.docx.OfficialDocx;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The minutes of a meeting (biên bản sinh hoạt chi bộ) as a Word document: for a Party body in the
 * layout of Hướng dẫn 36-HD/VPTW ("ĐẢNG CỘNG SẢN VIỆT NAM" on the right; the superior body, "CHI BỘ …"
 * and "*" on the left), for any other body in that of Nghị định 30/2020/NĐ-CP. A4, Times New Roman 14,
 * margins 20/20/30/15 mm, with the page and paragraph helpers of {@link OfficialDocx} that
 * {@code inspection.InspectionMinutes} uses too. Always in Vietnamese: it is an official record.
 */
@Component
class MeetingMinutes {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final Locale VI = VietnameseText.VI;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;
	private final OrganisationDirectory organisations;
	private final LocalityDirectory localities;

	MeetingMinutes(MessageSource messages, OrganisationDirectory organisations, LocalityDirectory localities) {
		this.messages = messages;
		this.organisations = organisations;
		this.localities = localities;
	}

	String fileName(MeetingCard card) {
		return msg("meeting.minutes.fileName", card.date().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
				String.valueOf(card.id()));
	}

	byte[] write(MeetingCard card) {
		OrganisationView organisation = organisations.find(card.organisationId()).orElse(null);
		String superior = organisation == null || organisation.parentId() == null ? null
				: organisations.find(organisation.parentId()).map(OrganisationView::name).orElse(null);
		String place = organisation == null ? "" : localities.find(organisation.localityId())
			.map(l -> l.name()).orElse("");
		try (XWPFDocument document = new XWPFDocument()) {
			OfficialDocx.page(document);
			header(document, card, superior, place);
			title(document, card);
			body(document, card);
			signatures(document, card);
			return OfficialDocx.bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void header(XWPFDocument document, MeetingCard card, String superior, String place) {
		LocalDate day = card.date();
		OfficialDocx.header(document, new OfficialDocx.Issuer(card.partyBody(), superior, card.organisationName()),
				card.partyBody() ? new OfficialDocx.Title(msg("meeting.minutes.party"), null)
						: new OfficialDocx.Title(msg("meeting.minutes.nation"), msg("meeting.minutes.motto")),
				msg("meeting.minutes.placeAndDay", place, two(day.getDayOfMonth()), dateLineMonth(day.getMonthValue()),
						String.valueOf(day.getYear())));
	}

	private void title(XWPFDocument document, MeetingCard card) {
		XWPFParagraph title = centered(document);
		title.setSpacingBefore(240);
		line(title, msg("meeting.minutes.title"), 15, true, false);
		String subject = card.kind() == MeetingKind.REGULAR
				? msg("meeting.minutes.subject.regular", String.valueOf(card.date().getMonthValue()),
						String.valueOf(card.date().getYear()))
				: msg("meeting.minutes.subject.thematic", card.topic());
		line(centered(document), subject, 14, true, false);
		line(centered(document), "_______", 14, false, false);
		if (card.withdrawn()) {
			line(centered(document), msg("meeting.minutes.withdrawn", card.withdrawnReason()), 13, false, true);
		}
	}

	private void body(XWPFDocument document, MeetingCard card) {
		LocalDate d = card.date();
		text(document, msg("meeting.minutes.opening", two(d.getDayOfMonth()), two(d.getMonthValue()),
				String.valueOf(d.getYear()), card.place() == null ? msg("meeting.minutes.noPlace") : card.place(),
				card.organisationName(), card.topic()));
		int section = 0;
		heading(document, msg("meeting.minutes.section.attendance", roman(++section)));
		long present = card.presentCount();
		text(document, msg("meeting.minutes.attendance", String.valueOf(card.attendees().size()), String.valueOf(present),
				String.valueOf(card.attendees().size() - present)));
		for (Attendee a : card.attendees()) {
			if (!a.present()) {
				text(document, msg(a.absenceReason() == null ? "meeting.minutes.absent" : "meeting.minutes.absentWithReason",
						a.personName(), a.absenceReason()));
			}
		}
		if (card.guests() != null) {
			text(document, msg("meeting.minutes.guests", card.guests()));
		}
		text(document, msg("meeting.minutes.chairSecretary", orDash(card.chairName()), orDash(card.secretaryName())));
		heading(document, msg("meeting.minutes.section.agenda", roman(++section)));
		paragraphs(document, card.agenda() == null ? msg("meeting.minutes.none") : card.agenda());
		heading(document, msg("meeting.minutes.section.proceedings", roman(++section)));
		paragraphs(document, card.minutes() == null ? msg("meeting.minutes.none") : card.minutes());
		if (!card.models().isEmpty()) {
			text(document, msg("meeting.minutes.models"));
			for (DiscussedModel m : card.models()) {
				text(document, "- " + m.initiativeName());
			}
		}
		heading(document, msg("meeting.minutes.section.resolutions", roman(++section)));
		if (card.resolutions().isEmpty()) {
			text(document, msg("meeting.minutes.none"));
		}
		for (int i = 0; i < card.resolutions().size(); i++) {
			text(document, (i + 1) + ". " + card.resolutions().get(i));
		}
		if (!card.actionItems().isEmpty()) {
			heading(document, msg("meeting.minutes.section.actions", roman(++section)));
			int n = 1;
			for (ActionItemRow a : card.actionItems()) {
				text(document, msg("meeting.minutes.action", String.valueOf(n++), a.body(), a.personName(),
						a.dueDate().format(DAY)));
			}
		}
		text(document, msg("meeting.minutes.closing")).setSpacingBefore(200);
	}

	private void signatures(XWPFDocument document, MeetingCard card) {
		XWPFTable table = borderless(document, new int[] { TEXT_WIDTH / 2, TEXT_WIDTH / 2 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph first = cellParagraph(left, true);
		first.setSpacingBefore(240);
		line(first, msg("meeting.minutes.sign.secretary"), 14, true, false);
		XWPFParagraph chair = cellParagraph(right, true);
		chair.setSpacingBefore(240);
		line(chair, msg("meeting.minutes.sign.chair"), 14, true, false);
		for (int i = 0; i < 3; i++) {
			cellParagraph(left, false);
			cellParagraph(right, false);
		}
		if (card.secretaryName() != null) {
			line(cellParagraph(left, false), card.secretaryName(), 14, true, false);
		}
		if (card.chairName() != null) {
			line(cellParagraph(right, false), card.chairName(), 14, true, false);
		}
	}

	private static String orDash(String text) {
		return text == null ? "…" : text;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VI);
	}

}
