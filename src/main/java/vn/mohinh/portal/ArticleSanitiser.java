package vn.mohinh.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import vn.mohinh.shared.text.VietnameseText;

/**
 * The only way text gets into an article. The body keeps a small set of HTML (paragraphs, headings
 * h2–h4, strong/em/u, lists, blockquote, line breaks, http/https/mailto links marked nofollow
 * noopener) and loses everything else; plain fields lose every tag and angle bracket, so that what is
 * stored is inert even where it is shown without escaping.
 */
final class ArticleSanitiser {

	private static final PolicyFactory BODY = new HtmlPolicyBuilder()
		.allowElements("p", "h2", "h3", "h4", "strong", "em", "u", "ul", "ol", "li", "blockquote", "br", "a")
		// What editors paste from word processors: bold and italics kept under their modern names.
		.allowElements((name, attrs) -> "strong", "b")
		.allowElements((name, attrs) -> "em", "i")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.requireRelsOnLinks("nofollow", "noopener")
		.toFactory();

	/** Markup that makes its own paragraphs: then blank lines mean nothing. */
	private static final Pattern BLOCKS = Pattern.compile("<\\s*(p|h[1-6]|ul|ol|blockquote|div|table)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern TAG = Pattern.compile("<[^>]*>?");
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
	private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

	private ArticleSanitiser() {
	}

	/**
	 * The body as stored, cleaned by the policy. Text without block markup (plain text, perhaps with
	 * bold or links) becomes paragraphs at blank lines, single line breaks kept as {@code <br>}.
	 */
	static String body(String input) {
		if (input == null || input.isBlank()) {
			return "";
		}
		String text = input.replace("\r\n", "\n").replace('\r', '\n');
		String html = BLOCKS.matcher(text).find() ? text : paragraphs(text);
		String clean = BODY.sanitize(html).strip();
		// Markup whose blocks were all dropped leaves bare text: made paragraphs, so that cleaning is idempotent.
		if (!clean.isEmpty() && !BLOCKS.matcher(clean).find()) {
			clean = BODY.sanitize(paragraphs(clean)).strip();
		}
		return clean;
	}

	/** The body's text without any markup (to tell an empty body, and for the search). */
	static String textOf(String sanitisedHtml) {
		if (sanitisedHtml == null) {
			return "";
		}
		return VietnameseText.clean(TAG.matcher(sanitisedHtml).replaceAll(" ").replace("&nbsp;", " ").replace("&#160;", " "));
	}

	/** A plain field (title, summary, author, alt text, tag): no tags, no angle brackets, no control characters. */
	static String plain(String input) {
		if (input == null) {
			return null;
		}
		String noTags = TAG.matcher(input).replaceAll(" ").replace("<", "").replace(">", "");
		return VietnameseText.clean(CONTROL.matcher(noTags).replaceAll(" "));
	}

	/** Text with blank lines between paragraphs; the policy cleans what each holds. */
	private static String paragraphs(String text) {
		List<String> out = new ArrayList<>();
		for (String para : BLANK_LINES.split(text)) {
			if (!para.isBlank()) {
				out.add("<p>" + para.strip().replace("\n", "<br>") + "</p>");
			}
		}
		return String.join("\n", out);
	}

}
