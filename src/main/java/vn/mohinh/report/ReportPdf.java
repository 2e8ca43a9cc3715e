package vn.mohinh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A report as a PDF for sending (openhtmltopdf): the same layout as its Word document, A4 with the
 * template's margins, in Liberation Serif (metric-compatible with Times New Roman, covers Vietnamese),
 * embedded so that the PDF reads the same everywhere. Always in Vietnamese.
 */
@Component
class ReportPdf {

	static final String PDF = "application/pdf";
	private static final String FONT = "Liberation Serif";
	private static final String FONTS = "/liberation/LiberationSerif-";

	private final MessageSource messages;

	ReportPdf(MessageSource messages) {
		this.messages = messages;
	}

	String fileName(ReportCard card) {
		return msg("reporting.doc.fileName", card.periodFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
				card.periodTo().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")), String.valueOf(card.id()))
				+ ".pdf";
	}

	byte[] pdf(ReportCard card) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			font(builder, "Regular", 400, FontStyle.NORMAL);
			font(builder, "Bold", 700, FontStyle.NORMAL);
			font(builder, "Italic", 400, FontStyle.ITALIC);
			font(builder, "BoldItalic", 700, FontStyle.ITALIC);
			builder.withHtmlContent(html(card), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
		builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONTS + face + ".ttf"), FONT, weight, style, true);
	}

	/** The report as XHTML: a header table, the title, the numbered sections, recipients and signature. */
	String html(ReportCard card) {
		ReportCard.Header h = card.header();
		ReportTemplate t = h.template();
		StringBuilder html = new StringBuilder(8192);
		html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>").append(x(card.title()))
			.append("</title><style>")
			.append("@page { size: A4; margin: ").append(t.marginTop()).append("mm ").append(t.marginRight()).append("mm ")
			.append(t.marginBottom()).append("mm ").append(t.marginLeft()).append("mm; }")
			.append("body { font-family: '").append(FONT).append("'; font-size: ").append(t.bodySize()).append("pt; }")
			.append("table { width: 100%; border-collapse: collapse; } td { vertical-align: top; text-align: center; }")
			.append("p { margin: 0; } .b { font-weight: bold; } .i { font-style: italic; } .c { text-align: center; }")
			.append(".t { font-size: 16pt; font-weight: bold; margin-top: 12pt; } .s { font-size: 15pt; font-weight: bold; }")
			.append("h2 { font-size: ").append(t.bodySize()).append("pt; margin: 6pt 0 3pt 0; }")
			.append(".p { text-align: justify; text-indent: 10mm; margin-bottom: 6pt; } .small { font-size: 11pt; }")
			.append("</style></head><body>");
		html.append("<table><tr><td style=\"width: 42%\">");
		if (!h.superior().isEmpty()) {
			html.append("<p>").append(x(h.superior())).append("</p>");
		}
		html.append("<p class=\"b\">").append(x(h.issuer())).append("</p><p>").append(h.party() ? "*" : "-----")
			.append("</p><p>").append(x(h.numberLine())).append("</p></td><td>");
		if (h.party()) {
			html.append("<p class=\"b\" style=\"font-size: 15pt\">").append(x(msg("reporting.doc.party"))).append("</p>");
		}
		else {
			html.append("<p class=\"b\" style=\"font-size: 13pt\">").append(x(msg("reporting.doc.nation")))
				.append("</p><p class=\"b\">").append(x(msg("reporting.doc.motto"))).append("</p>");
		}
		html.append("<p>-----</p><p class=\"i\">").append(x(h.placeAndDate())).append("</p></td></tr></table>");
		html.append("<p class=\"c t\">").append(x(msg("reporting.doc.report"))).append("</p><p class=\"c s\">")
			.append(x(card.title())).append("</p><p class=\"c\">-----</p>");
		String[] roman = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII" };
		int n = 0;
		for (ReportCard.SectionText s : card.sections()) {
			if (s.paragraphs().isEmpty()) {
				continue;
			}
			html.append("<h2>").append(roman[n++]).append(". ")
				.append(x(msg(s.section().headingKey()).toUpperCase(ReportWriter.VI))).append("</h2>");
			for (String p : s.paragraphs()) {
				html.append("<p class=\"p\">").append(x(p)).append("</p>");
			}
		}
		html.append("<table style=\"margin-top: 12pt\"><tr><td style=\"width: 50%; text-align: left\"><p class=\"b small\">")
			.append(x(msg("reporting.doc.recipients"))).append("</p>");
		for (String r : msg("reporting.doc.recipients.list").split("\\|")) {
			html.append("<p class=\"small\">").append(x(r)).append("</p>");
		}
		html.append("</td><td>");
		for (String s : h.signature()) {
			if (!s.isEmpty()) {
				html.append("<p class=\"b\">").append(x(s)).append("</p>");
			}
		}
		html.append("<p style=\"margin-top: 48pt\" class=\"b\">").append(h.signerName() == null ? "" : x(h.signerName()))
			.append("</p></td></tr></table></body></html>");
		return html.toString();
	}

	/** Text in XHTML: the five markup characters escaped, every letter kept as it is (UTF-8). */
	static String x(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// Control characters are not allowed in XML; a line break inside a paragraph is a space.
					if (c < 0x20 && c != '\t') {
						out.append(' ');
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, ReportWriter.VI);
	}

}
