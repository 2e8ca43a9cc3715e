package vn.mohinh.report;

import static vn.mohinh.shared.docx.OfficialDocx.A4_WIDTH;
import static vn.mohinh.shared.docx.OfficialDocx.borderless;
import static vn.mohinh.shared.docx.OfficialDocx.cellParagraph;
import static vn.mohinh.shared.docx.OfficialDocx.centered;
import static vn.mohinh.shared.docx.OfficialDocx.line;
import static vn.mohinh.shared.docx.OfficialDocx.mm;
import static vn.mohinh.shared.docx.OfficialDocx.page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as a Word document (POI) in the layout of its template (DESIGN.md §8): A4 portrait, Times
 * New Roman, the template's margins; the issuer's header on the left and "ĐẢNG CỘNG SẢN VIỆT NAM"
 * (Party) or the Quốc hiệu and Tiêu ngữ (state, Front) on the right; "Số …", place and date, "BÁO
 * CÁO" and the summary; the sections numbered I, II, …; "Nơi nhận" and the signature. Always in
 * Vietnamese: it is an official document.
 */
@Component
class ReportDocument {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");

	private final MessageSource messages;

	ReportDocument(MessageSource messages) {
		this.messages = messages;
	}

	String fileName(ReportCard card) {
		return msg("reporting.doc.fileName", card.periodFrom().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
				card.periodTo().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")), String.valueOf(card.id())) + ".docx";
	}

	byte[] docx(ReportCard card) {
		ReportCard.Header h = card.header();
		ReportTemplate t = h.template();
		int textWidth = A4_WIDTH - mm(t.marginLeft()) - mm(t.marginRight());
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// The template version fixes the margins and the body size.
			page(document, mm(t.marginTop()), mm(t.marginBottom()), mm(t.marginLeft()), mm(t.marginRight()), t.bodySize());
			header(document, h, textWidth);
			XWPFParagraph title = centered(document);
			title.setSpacingBefore(240);
			line(title, msg("reporting.doc.report"), 16, true, false);
			line(centered(document), card.title(), 15, true, false);
			line(centered(document), "-----", 14, false, false);
			int n = 0;
			for (ReportCard.SectionText s : card.sections()) {
				if (s.paragraphs().isEmpty()) {
					continue;
				}
				XWPFParagraph heading = body(document, t);
				heading.setSpacingBefore(120);
				line(heading, ROMAN.get(n++) + ". " + msg(s.section().headingKey()).toUpperCase(ReportWriter.VI),
						t.bodySize(), true, false);
				for (String p : s.paragraphs()) {
					XWPFParagraph para = body(document, t);
					para.setIndentationFirstLine(mm(10));
					line(para, p, t.bodySize(), false, false);
				}
			}
			signature(document, h, textWidth);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void header(XWPFDocument document, ReportCard.Header h, int textWidth) {
		int leftWidth = textWidth * 42 / 100;
		XWPFTable table = borderless(document, new int[] { leftWidth, textWidth - leftWidth });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		boolean first = true;
		if (!h.superior().isEmpty()) {
			line(cellParagraph(left, true), h.superior(), 14, false, false);
			first = false;
		}
		line(cellParagraph(left, first), h.issuer(), 14, true, false);
		line(cellParagraph(left, false), h.party() ? "*" : "-----", 14, false, false);
		line(cellParagraph(left, false), h.numberLine(), 14, false, false);
		if (h.party()) {
			line(cellParagraph(right, true), msg("reporting.doc.party"), 15, true, false);
			line(cellParagraph(right, false), "-----", 14, false, false);
		}
		else {
			line(cellParagraph(right, true), msg("reporting.doc.nation"), 13, true, false);
			line(cellParagraph(right, false), msg("reporting.doc.motto"), 14, true, false);
			line(cellParagraph(right, false), "-----", 14, false, false);
		}
		line(cellParagraph(right, false), h.placeAndDate(), 14, false, true);
	}

	/** "Nơi nhận:" on the left, the signature block on the right. */
	private void signature(XWPFDocument document, ReportCard.Header h, int textWidth) {
		XWPFTable table = borderless(document, new int[] { textWidth / 2, textWidth - textWidth / 2 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph recipients = left.getParagraphs().get(0);
		recipients.setSpacingBefore(240);
		recipients.setSpacingAfter(0);
		line(recipients, msg("reporting.doc.recipients"), 12, true, !h.party());
		for (String r : msg("reporting.doc.recipients.list").split("\\|")) {
			XWPFParagraph p = left.addParagraph();
			p.setSpacingAfter(0);
			line(p, r, 11, false, false);
		}
		XWPFParagraph sign = cellParagraph(right, true);
		sign.setSpacingBefore(240);
		for (String s : h.signature()) {
			if (!s.isEmpty()) {
				line(sign == null ? cellParagraph(right, false) : sign, s, 14, true, false);
				sign = null;
			}
		}
		for (int i = 0; i < 3; i++) {
			cellParagraph(right, false);
		}
		if (h.signerName() != null) {
			line(cellParagraph(right, false), h.signerName(), 14, true, false);
		}
	}

	private static XWPFParagraph body(XWPFDocument document, ReportTemplate t) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setSpacingAfter(120);
		return p;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, ReportWriter.VI);
	}

}
