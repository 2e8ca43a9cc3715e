package vn.mohinh.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationKind;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The minutes of an inspection (biên bản kiểm tra, giám sát, khảo sát) as a Word document, laid out as
 * the inspecting body issues its documents (DESIGN.md §8): a Party body in the layout of Hướng dẫn
 * 36-HD/VPTW ("ĐẢNG CỘNG SẢN VIỆT NAM" on the right, the body and "*" on the left), any other body in
 * that of Nghị định 30/2020/NĐ-CP (Quốc hiệu and Tiêu ngữ on the right). A4, Times New Roman, margins
 * 20/20/30/15 mm. Always in Vietnamese: it is an official record.
 */
@Component
class InspectionMinutes {

	static final Locale VI = VietnameseText.VI;

	/** Millimetres in twentieths of a point, Word's unit. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;
	static final int A4_WIDTH = 11906;
	static final int A4_HEIGHT = 16838;
	static final int MARGIN_TOP = mm(20);
	static final int MARGIN_BOTTOM = mm(20);
	static final int MARGIN_LEFT = mm(30);
	static final int MARGIN_RIGHT = mm(15);
	static final String FONT = "Times New Roman";
	private static final int BODY = 14;
	private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

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

	/** Who issues the minutes: a Party body or not, the body above it (if known) and its name. */
	record Issuer(boolean party, String superior, String name) {
	}

	String fileName(InspectionCard card) {
		return msg("inspection.minutes.fileName", msg(card.kind().messageKey()).toLowerCase(VI),
				card.inspectedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")), String.valueOf(card.id()));
	}

	Issuer issuer(InspectionCard card) {
		OrganisationView organisation = card.organisationId() == null ? null
				: organisations.find(card.organisationId()).orElse(null);
		if (organisation == null) {
			String folded = VietnameseText.fold(card.organisationName());
			return new Issuer(PARTY_NAMES.stream().anyMatch(folded::startsWith), null, card.organisationName());
		}
		String superior = organisation.parentId() == null ? null
				: organisations.find(organisation.parentId()).map(OrganisationView::name).orElse(null);
		return new Issuer(PARTY.contains(organisation.kind()), superior, card.organisationName());
	}

	byte[] write(InspectionCard card) {
		Issuer issuer = issuer(card);
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(document);
			header(document, card, issuer);
			title(document, card);
			body(document, card);
			signatures(document, card);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 as the document's default. */
	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(mm(10)));
		margins.setFooter(BigInteger.valueOf(mm(10)));
		var styles = document.createStyles();
		var defaults = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults.Factory.newInstance();
		var run = defaults.addNewRPrDefault().addNewRPr();
		var fonts = run.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		run.addNewSz().setVal(BigInteger.valueOf(BODY * 2L));
		run.addNewSzCs().setVal(BigInteger.valueOf(BODY * 2L));
		run.addNewLang().setVal("vi-VN");
		styles.setDefaultFonts(fonts);
		styles.getCtStyles().setDocDefaults(defaults);
	}

	/**
	 * The two header columns: the issuing body on the left (the body above it, then its own name in
	 * bold, upper case), the national or Party title on the right, the place and day below it.
	 */
	private void header(XWPFDocument document, InspectionCard card, Issuer issuer) {
		XWPFTable table = borderless(document, 2, new int[] { TEXT_WIDTH * 38 / 100, TEXT_WIDTH - TEXT_WIDTH * 38 / 100 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		int leftSize = issuer.party() ? 14 : 13;
		if (issuer.superior() != null) {
			line(cellParagraph(left, true), upper(issuer.superior()), leftSize, false, false);
		}
		line(cellParagraph(left, issuer.superior() == null), upper(issuer.name()), leftSize, true, false);
		line(cellParagraph(left, false), issuer.party() ? "*" : "_______", leftSize, false, false);
		if (issuer.party()) {
			line(cellParagraph(right, true), msg("inspection.minutes.party"), 15, true, false);
			line(cellParagraph(right, false), "_______________", 14, false, false);
		}
		else {
			line(cellParagraph(right, true), msg("inspection.minutes.nation"), 12, true, false);
			line(cellParagraph(right, false), msg("inspection.minutes.motto"), 14, true, false);
			line(cellParagraph(right, false), "_______________", 13, false, false);
		}
		LocalDate day = card.inspectedOn();
		line(cellParagraph(right, false), msg("inspection.minutes.placeAndDay", placeName(card.communeName()),
				two(day.getDayOfMonth()), day.getMonthValue() < 3 ? two(day.getMonthValue()) : String.valueOf(day.getMonthValue()),
				String.valueOf(day.getYear())), 14, false, true);
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
					msg("inspection.minutes.col.met") }, new int[] { 800, 3300, 3700, TEXT_WIDTH - 7800 });
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
					msg("inspection.minutes.col.due"), msg("inspection.minutes.col.status") },
					new int[] { 800, 3300, 2150, 1600, TEXT_WIDTH - 7850 });
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
		XWPFTable table = borderless(document, 2, new int[] { TEXT_WIDTH / 2, TEXT_WIDTH / 2 });
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

	// ---- layout helpers ----

	private static XWPFTable borderless(XWPFDocument document, int columns, int[] widths) {
		XWPFTable table = document.createTable(1, columns);
		table.removeBorders();
		table.setTableAlignment(TableRowAlign.CENTER);
		widths(table, widths);
		return table;
	}

	/**
	 * Fixed column widths, in the grid and in every cell, so that Word and LibreOffice lay the
	 * table out alike whatever the text.
	 */
	private static void widths(XWPFTable table, int[] widths) {
		var tbl = table.getCTTbl();
		var properties = tbl.getTblPr() == null ? tbl.addNewTblPr() : tbl.getTblPr();
		var width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
		width.setW(BigInteger.valueOf(TEXT_WIDTH));
		var layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
		layout.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
		var grid = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int i = 0; i < widths.length && i < row.getTableCells().size(); i++) {
				var cellWidth = row.getCell(i).getCTTc().isSetTcPr() && row.getCell(i).getCTTc().getTcPr().isSetTcW()
						? row.getCell(i).getCTTc().getTcPr().getTcW()
						: (row.getCell(i).getCTTc().isSetTcPr() ? row.getCell(i).getCTTc().getTcPr()
								: row.getCell(i).getCTTc().addNewTcPr()).addNewTcW();
				cellWidth.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
				cellWidth.setW(BigInteger.valueOf(widths[i]));
			}
		}
	}

	private static XWPFTable grid(XWPFDocument document, String[] headers, int[] widths) {
		XWPFTable table = document.createTable(1, headers.length);
		table.setTableAlignment(TableRowAlign.CENTER);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int i = 0; i < headers.length; i++) {
			XWPFTableCell cell = header.getCell(i);
			XWPFParagraph p = cell.getParagraphs().get(0);
			p.setAlignment(ParagraphAlignment.CENTER);
			line(p, headers[i], 12, true, false);
		}
		return table;
	}

	private static void cell(XWPFTableCell cell, String text, boolean centered) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setAlignment(centered ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
		lines(p, text, 12);
	}

	/** The cell's first paragraph ({@code first}) or a new one, centred. */
	private static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first) {
		XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		return p;
	}

	private static XWPFParagraph centered(XWPFDocument document) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		return p;
	}

	private static void heading(XWPFDocument document, String text) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setSpacingBefore(120);
		p.setSpacingAfter(120);
		p.setIndentationFirstLine(mm(10));
		line(p, text, BODY, true, false);
	}

	/** Body text: justified, first line indented 1 cm, 6 pt after. */
	private static XWPFParagraph text(XWPFDocument document, String text) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setSpacingAfter(120);
		p.setIndentationFirstLine(mm(10));
		line(p, text, BODY, false, false);
		return p;
	}

	/** What the user typed, one paragraph per line. */
	private static void paragraphs(XWPFDocument document, String typed) {
		for (String paragraph : typed.split("\\R")) {
			if (!paragraph.isBlank()) {
				text(document, paragraph.strip());
			}
		}
	}

	private static void line(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
	}

	/** Text with its line breaks kept inside one paragraph (a table cell). */
	private static void lines(XWPFParagraph p, String text, int size) {
		String[] parts = text.split("\\R", -1);
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(parts[i], i);
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

	private static String roman(int number) {
		return List.of("I", "II", "III", "IV", "V", "VI", "VII").get(number - 1);
	}

	private static String upper(String text) {
		return text.toUpperCase(VI);
	}

	private static String two(int number) {
		return number < 10 ? "0" + number : String.valueOf(number);
	}

	static int mm(double millimetres) {
		return (int) Math.round(millimetres * TWIPS_PER_MM);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VI);
	}

}
