package vn.mohinh.shared.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.mohinh.shared.text.VietnameseText;

/**
 * Page and paragraph helpers for official Word documents (minutes and the like) in the layouts of
 * Hướng dẫn 36-HD/VPTW (Party bodies) and Nghị định 30/2020/NĐ-CP (the Front and the state): A4
 * portrait, margins 20/20/30/15 mm, Times New Roman 14, the two-column header, justified body text
 * with a 1 cm first-line indent, and tables with fixed column widths (so that Word and LibreOffice lay
 * them out alike). The texts come from the callers' message files; this class holds no wording.
 */
public final class OfficialDocx {

	/** Millimetres in twentieths of a point, Word's unit. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;
	public static final int A4_WIDTH = 11906;
	public static final int A4_HEIGHT = 16838;
	public static final int MARGIN_TOP = mm(20);
	public static final int MARGIN_BOTTOM = mm(20);
	public static final int MARGIN_LEFT = mm(30);
	public static final int MARGIN_RIGHT = mm(15);
	public static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
	public static final String FONT = "Times New Roman";
	/** The body's size in points. */
	public static final int BODY = 14;
	private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");

	private OfficialDocx() {
	}

	/** Who issues the document, as its header names it: the body above it (or null) and its own name. */
	public record Issuer(boolean party, String superior, String name) {
	}

	/**
	 * The national or Party title of the header's right column: "ĐẢNG CỘNG SẢN VIỆT NAM" alone for a
	 * Party body; the Quốc hiệu and the Tiêu ngữ ({@code motto}) otherwise.
	 */
	public record Title(String title, String motto) {
	}

	public static int mm(double millimetres) {
		return (int) Math.round(millimetres * TWIPS_PER_MM);
	}

	/** The document as bytes. */
	public static byte[] bytes(XWPFDocument document) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 (Vietnamese) as the document's default. */
	public static void page(XWPFDocument document) {
		page(document, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, BODY);
	}

	/**
	 * A4 portrait with the given margins (twips, see {@link #mm}) and body size, Times New Roman
	 * (Vietnamese) as the document's default: for layouts whose margins a template version fixes.
	 */
	public static void page(XWPFDocument document, int top, int bottom, int left, int right, int bodySize) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(top));
		margins.setBottom(BigInteger.valueOf(bottom));
		margins.setLeft(BigInteger.valueOf(left));
		margins.setRight(BigInteger.valueOf(right));
		margins.setHeader(BigInteger.valueOf(mm(10)));
		margins.setFooter(BigInteger.valueOf(mm(10)));
		var styles = document.createStyles();
		var defaults = CTDocDefaults.Factory.newInstance();
		var run = defaults.addNewRPrDefault().addNewRPr();
		var fonts = run.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		run.addNewSz().setVal(BigInteger.valueOf(bodySize * 2L));
		run.addNewSzCs().setVal(BigInteger.valueOf(bodySize * 2L));
		run.addNewLang().setVal("vi-VN");
		styles.setDefaultFonts(fonts);
		styles.getCtStyles().setDocDefaults(defaults);
	}

	/**
	 * The two header columns: on the left the body above the issuer, then the issuer in bold, upper
	 * case, and "*" (Party) or a short rule; on the right the title, a rule, and the place and day in
	 * italics. The left column is 14 pt for a Party body, 13 pt otherwise.
	 */
	public static XWPFTable header(XWPFDocument document, Issuer issuer, Title title, String placeAndDay) {
		XWPFTable table = borderless(document, new int[] { TEXT_WIDTH * 38 / 100, TEXT_WIDTH - TEXT_WIDTH * 38 / 100 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		int leftSize = issuer.party() ? 14 : 13;
		if (issuer.superior() != null) {
			line(cellParagraph(left, true), upper(issuer.superior()), leftSize, false, false);
		}
		line(cellParagraph(left, issuer.superior() == null), upper(issuer.name()), leftSize, true, false);
		line(cellParagraph(left, false), issuer.party() ? "*" : "_______", leftSize, false, false);
		if (title.motto() == null) {
			line(cellParagraph(right, true), title.title(), 15, true, false);
			line(cellParagraph(right, false), "_______________", 14, false, false);
		}
		else {
			line(cellParagraph(right, true), title.title(), 12, true, false);
			line(cellParagraph(right, false), title.motto(), 14, true, false);
			line(cellParagraph(right, false), "_______________", 13, false, false);
		}
		line(cellParagraph(right, false), placeAndDay, 14, false, true);
		return table;
	}

	/** A one-row table without borders (headers, signatures), centred, with fixed column widths. */
	public static XWPFTable borderless(XWPFDocument document, int[] widths) {
		XWPFTable table = document.createTable(1, widths.length);
		table.removeBorders();
		table.setTableAlignment(TableRowAlign.CENTER);
		widths(table, widths);
		return table;
	}

	/** A bordered table with a bold, centred header row repeated on every page; call {@link #widths} after filling it. */
	public static XWPFTable grid(XWPFDocument document, String[] headers) {
		XWPFTable table = document.createTable(1, headers.length);
		table.setTableAlignment(TableRowAlign.CENTER);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int i = 0; i < headers.length; i++) {
			XWPFParagraph p = header.getCell(i).getParagraphs().get(0);
			p.setAlignment(ParagraphAlignment.CENTER);
			line(p, headers[i], 12, true, false);
		}
		return table;
	}

	/** Fixed column widths, in the grid and in every cell of the rows present. */
	public static void widths(XWPFTable table, int[] widths) {
		var tbl = table.getCTTbl();
		var properties = tbl.getTblPr() == null ? tbl.addNewTblPr() : tbl.getTblPr();
		var width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
		var layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		var grid = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int i = 0; i < widths.length && i < row.getTableCells().size(); i++) {
				var tc = row.getCell(i).getCTTc();
				var tcPr = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
				var cellWidth = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
				cellWidth.setType(STTblWidth.DXA);
				cellWidth.setW(BigInteger.valueOf(widths[i]));
			}
		}
	}

	/** A table cell's text, 12 pt, its line breaks kept. */
	public static void cell(XWPFTableCell cell, String text, boolean centered) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setAlignment(centered ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
		lines(p, text, 12);
	}

	/** The cell's first paragraph ({@code first}) or a new one, centred. */
	public static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first) {
		XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		return p;
	}

	public static XWPFParagraph centered(XWPFDocument document) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		return p;
	}

	/** A section heading: bold body size, indented as the text, 6 pt before and after. */
	public static void heading(XWPFDocument document, String text) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setSpacingBefore(120);
		p.setSpacingAfter(120);
		p.setIndentationFirstLine(mm(10));
		line(p, text, BODY, true, false);
	}

	/** Body text: justified, first line indented 1 cm, 6 pt after. */
	public static XWPFParagraph text(XWPFDocument document, String text) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setSpacingAfter(120);
		p.setIndentationFirstLine(mm(10));
		line(p, text, BODY, false, false);
		return p;
	}

	/** What the user typed, one body paragraph per non-blank line. */
	public static void paragraphs(XWPFDocument document, String typed) {
		for (String paragraph : typed.split("\\R")) {
			if (!paragraph.isBlank()) {
				text(document, paragraph.strip());
			}
		}
	}

	/** A run of text in Times New Roman. */
	public static void line(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
	}

	/** Text with its line breaks kept inside one paragraph (a table cell). */
	public static void lines(XWPFParagraph p, String text, int size) {
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

	/** Section numbers: I, II, III … */
	public static String roman(int number) {
		return ROMAN.get(number - 1);
	}

	public static String upper(String text) {
		return text.toUpperCase(VietnameseText.VI);
	}

	/** Days and counts with two digits: 05, 12. */
	public static String two(int number) {
		return number < 10 ? "0" + number : String.valueOf(number);
	}

	/** The month in a date line: "01", "02", then "3" … "12" (a leading zero only for January and February). */
	public static String dateLineMonth(int month) {
		return month < 3 ? two(month) : String.valueOf(month);
	}

}
