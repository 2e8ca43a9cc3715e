package vn.mohinh.inspection;

import static vn.mohinh.shared.docx.OfficialDocx.TEXT_WIDTH;
import static vn.mohinh.shared.docx.OfficialDocx.borderless;
import static vn.mohinh.shared.docx.OfficialDocx.cell;
import static vn.mohinh.shared.docx.OfficialDocx.cellParagraph;
import static vn.mohinh.shared.docx.OfficialDocx.centered;
import static vn.mohinh.shared.docx.OfficialDocx.dateLineMonth;
import static vn.mohinh.shared.docx.OfficialDocx.grid;
import static vn.mohinh.shared.docx.OfficialDocx.heading;
import static vn.mohinh.shared.docx.OfficialDocx.line;
import static vn.mohinh.shared.docx.OfficialDocx.paragraphs;
import static vn.mohinh.shared.docx.OfficialDocx.roman;
import static vn.mohinh.shared.docx.OfficialDocx.text;
import static vn.mohinh.shared.docx.OfficialDocx.two;
import static vn.mohinh.shared.docx.OfficialDocx.widths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationKind;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.shared.docx.OfficialDocx;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The minutes of an inspection (biên bản kiểm tra, giám sát, khảo sát) as a Word document, laid out as
 * the inspecting body issues its documents (DESIGN.md §8): a Party body in the layout of Hướng dẫn
 * 36-HD/VPTW ("ĐẢNG CỘNG SẢN VIỆT NAM" on the right, the body and "*" on the left), any other body in
 * that of Nghị định 30/2020/NĐ-CP (Quốc hiệu and Tiêu ngữ on the right). A4, Times New Roman, margins
 * 20/20/30/15 mm (the page and paragraph helpers are {@link OfficialDocx}). Always in Vietnamese: it
 * is an official record.
 */
@Component
class InspectionMinutes {

	static final Locale VI = VietnameseText.VI;

	private static final Set<OrganisationKind> PARTY = Set.of(OrganisationKind.PARTY_CELL,
			OrganisationKind.PARTY_COMMITTEE, OrganisationKind.PARTY_STANDING_COMMITTEE, OrganisationKind.PROPAGANDA_BOARD);
	/** Folded beginnings of the names of Party bodies, for organisations known only by name. */
	private static final List<String> PARTY_NAMES = List.of("chi bo", "dang bo", "dang uy", "huyen uy", "tinh uy",
			"thanh uy", "quan uy", "thi uy", "ban thuong vu", "ban chap hanh dang bo", "ban tuyen giao", "uy ban kiem tra");
	private static final List<String> COMMUNE_PREFIXES = List.of("xã ", "phường ", "thị trấn ", "đặc khu ");

	private final MessageSource messages;
	private final OrganisationDirectory organisations;

	InspectionMinutes(MessageSource messages, OrganisationDirectory organisations) {
		this.messages = messages;
		this.organisations = organisations;
	}

	String fileName(InspectionCard card) {
		return msg("inspection.minutes.fileName", msg(card.kind().messageKey()).toLowerCase(VI),
				card.inspectedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")), String.valueOf(card.id()));
	}

	/** Who issues the minutes: a Party body or not, the body above it (if known) and its name. */
	OfficialDocx.Issuer issuer(InspectionCard card) {
		OrganisationView organisation = card.organisationId() == null ? null
				: organisations.find(card.organisationId()).orElse(null);
		if (organisation == null) {
			String folded = VietnameseText.fold(card.organisationName());
			return new OfficialDocx.Issuer(PARTY_NAMES.stream().anyMatch(folded::startsWith), null, card.organisationName());
		}
		String superior = organisation.parentId() == null ? null
				: organisations.find(organisation.parentId()).map(OrganisationView::name).orElse(null);
		return new OfficialDocx.Issuer(PARTY.contains(organisation.kind()), superior, card.organisationName());
	}

	byte[] write(InspectionCard card) {
		OfficialDocx.Issuer issuer = issuer(card);
		try (XWPFDocument document = new XWPFDocument()) {
			OfficialDocx.page(document);
			header(document, card, issuer);
			title(document, card);
			body(document, card);
			signatures(document, card);
			return OfficialDocx.bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The two header columns: the issuing body on the left (the body above it, then its own name in
	 * bold, upper case), the national or Party title on the right, the place and day below it.
	 */
	private void header(XWPFDocument document, InspectionCard card, OfficialDocx.Issuer issuer) {
		LocalDate day = card.inspectedOn();
		OfficialDocx.header(document, issuer,
				issuer.party() ? new OfficialDocx.Title(msg("inspection.minutes.party"), null)
						: new OfficialDocx.Title(msg("inspection.minutes.nation"), msg("inspection.minutes.motto")),
				msg("inspection.minutes.placeAndDay", placeName(card.communeName()), two(day.getDayOfMonth()),
						dateLineMonth(day.getMonthValue()), String.valueOf(day.getYear())));
	}

	private void title(XWPFDocument document, InspectionCard card) {
		XWPFParagraph title = centered(document);
		title.setSpacingBefore(240);
		line(title, msg("inspection.minutes.title." + card.kind().name()), 15, true, false);
		line(centered(document), msg("inspection.minutes.subject", card.initiativeName()), 14, true, false);
		line(centered(document), "_______", 14, false, false);
		if (card.withdrawn()) {
			line(centered(document), msg("inspection.minutes.withdrawn", VietnameseDates.format(card.withdrawnOn()),
					card.withdrawnReason()), 13, false, true);
		}
	}

	private void body(XWPFDocument document, InspectionCard card) {
		LocalDate day = card.inspectedOn();
		String kind = msg(card.kind().messageKey()).toLowerCase(VI);
		text(document, msg("inspection.minutes.opening", two(day.getDayOfMonth()), two(day.getMonthValue()),
				String.valueOf(day.getYear()), card.placeText(), kind, card.organisationName(), card.initiativeName(),
				card.typeName()));
		int[] section = { 0 };
		heading(document, msg("inspection.minutes.section.team", roman(++section[0])));
		text(document, msg("inspection.minutes.team", kind, card.organisationName()));
		for (TeamMember member : card.team()) {
			text(document, member.role() == null ? msg("inspection.minutes.member", member.fullName())
					: msg("inspection.minutes.memberWithRole", member.fullName(), member.role()));
		}
		heading(document, msg("inspection.minutes.section.results", roman(++section[0]), kind.toUpperCase(VI)));
		if (!card.findings().isEmpty()) {
			text(document, msg("inspection.minutes.findingsIntro"));
			XWPFTable table = grid(document, new String[] { msg("inspection.minutes.col.number"),
					msg("inspection.minutes.col.criterion"), msg("inspection.minutes.col.finding"),
					msg("inspection.minutes.col.met") });
			int n = 1;
			for (Finding f : card.findings()) {
				XWPFTableRow row = table.createRow();
				cell(row.getCell(0), String.valueOf(n++), true);
				cell(row.getCell(1), f.code() == null || f.code().isBlank() ? f.criterionName() : f.code() + ". " + f.criterionName(), false);
				cell(row.getCell(2), f.text() == null ? "" : f.text(), false);
				cell(row.getCell(3), f.met() == null ? "" : msg(f.met() ? "inspection.finding.met" : "inspection.finding.notMet"), true);
			}
			widths(table, new int[] { 800, 3300, 3700, TEXT_WIDTH - 7800 });
		}
		if (card.generalFindings() != null) {
			paragraphs(document, card.generalFindings());
		}
		if (card.rating() != null) {
			heading(document, msg("inspection.minutes.section.rating", roman(++section[0])));
			text(document, msg("inspection.minutes.rating", msg(card.rating().messageKey())));
		}
		heading(document, msg("inspection.minutes.section.recommendations", roman(++section[0])));
		if (card.recommendations() != null) {
			paragraphs(document, card.recommendations());
		}
		else {
			text(document, msg("inspection.minutes.noRecommendations"));
		}
		if (!card.actions().isEmpty()) {
			heading(document, msg("inspection.minutes.section.actions", roman(++section[0])));
			XWPFTable table = grid(document, new String[] { msg("inspection.minutes.col.number"),
					msg("inspection.minutes.col.action"), msg("inspection.minutes.col.person"),
					msg("inspection.minutes.col.due"), msg("inspection.minutes.col.status") });
			int n = 1;
			for (FollowUp a : card.actions()) {
				XWPFTableRow row = table.createRow();
				cell(row.getCell(0), String.valueOf(n++), true);
				cell(row.getCell(1), a.description(), false);
				cell(row.getCell(2), a.personName() == null ? "" : a.personName(), false);
				cell(row.getCell(3), VietnameseDates.format(a.dueOn()), true);
				cell(row.getCell(4), msg(a.status().messageKey()), true);
			}
			widths(table, new int[] { 800, 3300, 2150, 1600, TEXT_WIDTH - 7850 });
		}
		text(document, msg("inspection.minutes.closing", kind)).setSpacingBefore(200);
	}

	/** Trưởng đoàn on the right, the model's representative on the left; room to sign between title and name. */
	private void signatures(XWPFDocument document, InspectionCard card) {
		XWPFTable table = borderless(document, new int[] { TEXT_WIDTH / 2, TEXT_WIDTH / 2 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph first = cellParagraph(left, true);
		first.setSpacingBefore(240);
		line(first, msg("inspection.minutes.sign.model"), 14, true, false);
		line(cellParagraph(left, false), msg("inspection.minutes.sign.hint"), 13, false, true);
		XWPFParagraph lead = cellParagraph(right, true);
		lead.setSpacingBefore(240);
		line(lead, msg("inspection.minutes.sign.leader." + card.kind().name()), 14, true, false);
		line(cellParagraph(right, false), msg("inspection.minutes.sign.hint"), 13, false, true);
		for (int i = 0; i < 3; i++) {
			cellParagraph(left, false);
			cellParagraph(right, false);
		}
		TeamMember leader = card.leader();
		if (leader != null) {
			line(cellParagraph(right, false), leader.fullName(), 14, true, false);
		}
	}

	/** "Đắk Ruồng" of "Xã Đắk Ruồng": the place as the date line names it. */
	static String placeName(String communeName) {
		String name = communeName == null ? "" : communeName.strip();
		for (String prefix : COMMUNE_PREFIXES) {
			if (name.toLowerCase(VI).startsWith(prefix)) {
				return name.substring(prefix.length()).strip();
			}
		}
		return name;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VI);
	}

}
