package vn.mohinh.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The sanitiser alone: what it keeps, and an XSS corpus that must come out inert. */
class ArticleSanitiserTests {

	/** Script tags, handlers, javascript:/data: URLs, svg, iframes, styles, encoded tricks, broken markup. */
	static List<String> corpus() {
		return List.of(
				"<script>alert('xss')</script>",
				"<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
				"<scr<script>ipt>alert(1)</scr</script>ipt>",
				"<img src=x onerror=alert(1)>",
				"<p onclick=\"alert(1)\">bấm</p>",
				"<body onload=alert(1)>",
				"<a href=\"javascript:alert(1)\">link</a>",
				"<a href=\"JaVaScRiPt:alert(1)\">link</a>",
				"<a href=\"java&#x09;script:alert(1)\">tab</a>",
				"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">entities</a>",
				"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
				"<svg onload=alert(1)><circle r=1></circle></svg>",
				"<svg><script>alert(1)</script></svg>",
				"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
				"<iframe src=\"https://evil.example\"></iframe>",
				"<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
				"<object data=\"javascript:alert(1)\"></object>",
				"<embed src=\"javascript:alert(1)\">",
				"<style>body{background:url(javascript:alert(1))}</style>",
				"<p style=\"background:url(javascript:alert(1))\">kiểu</p>",
				"<div style=\"width: expression(alert(1))\">ie</div>",
				"<form action=\"javascript:alert(1)\"><button>gửi</button></form>",
				"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
				"<base href=\"javascript:alert(1)//\">",
				"&lt;script&gt;alert(1)&lt;/script&gt;",
				"\"><script>alert(1)</script>",
				"'\" onmouseover=\"alert(1)",
				"<a href=\"https://ok.example\" onmouseover=\"alert(1)\">ok</a>",
				"<!--<script>alert(1)</script>-->",
				"<![CDATA[<script>alert(1)</script>]]>",
				"<p><a href=\"javascript:alert(1)\"<b>broken",
				"<img src=\"x\" alt=\"\" onerror=\"alert(1)\"",
				"<<script>alert(1)//<</script>",
				"<video><source onerror=\"alert(1)\"></video>",
				"<details open ontoggle=alert(1)>",
				"<a href=\"vbscript:msgbox(1)\">vb</a>",
				"<input autofocus onfocus=alert(1)>",
				"<link rel=stylesheet href=\"javascript:alert(1)\">");
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void theBodyKeepsNothingExecutable(String payload) {
		String clean = ArticleSanitiser.body("Mở đầu " + payload + " kết thúc");
		assertThat(ArticleFixtures.executableIn(clean)).as(clean).isEmpty();
		assertThat(clean.toLowerCase()).doesNotContain("<script", "<iframe", "<svg", "<style", "<object", "<embed", "<img",
				"javascript:", "vbscript:", "data:text", "<form", "<meta", "<base", "<input", "<details", "<video", "<link");
		// Idempotent: what is stored passes the policy again unchanged.
		assertThat(ArticleSanitiser.body(clean)).isEqualTo(clean);
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void plainFieldsKeepNoMarkupAtAll(String payload) {
		String clean = ArticleSanitiser.plain("Tiêu đề " + payload);
		assertThat(clean).doesNotContain("<", ">");
		assertThat(ArticleFixtures.executableIn(clean)).isEmpty();
	}

	@Test
	void theAllowedMarkupIsKeptAndLinksAreMarkedNofollow() {
		String clean = ArticleSanitiser.body("<h2>Tiêu đề</h2><h3>Mục</h3><h4>Tiểu mục</h4><p><strong>đậm</strong> <em>nghiêng</em> "
				+ "<u>gạch</u><br><b>b</b> <i>i</i></p><ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>trích</blockquote>"
				+ "<p><a href=\"https://konray.kontum.gov.vn/tin\">nguồn</a> <a href=\"mailto:mttq@example.vn\">thư</a></p>"
				+ "<h1>to</h1><table><tr><td>ô</td></tr></table><span class=\"x\">s</span>");
		assertThat(clean).contains("<h2>Tiêu đề</h2>", "<h3>Mục</h3>", "<h4>Tiểu mục</h4>", "<strong>đậm</strong>", "<em>nghiêng</em>",
				"<u>gạch</u>", "<br />", "<strong>b</strong>", "<em>i</em>", "<ul><li>một</li></ul>", "<ol><li>hai</li></ol>",
				"<blockquote>trích</blockquote>", "href=\"https://konray.kontum.gov.vn/tin\"", "href=\"mailto:mttq&#64;example.vn\"")
			.containsPattern("<a href=\"https://konray.kontum.gov.vn/tin\" rel=\"(nofollow noopener|noopener nofollow)\">")
			.doesNotContain("<h1", "<table", "<td", "<span", "class=");
	}

	@Test
	void plainTextBecomesParagraphsAtBlankLines() {
		assertThat(ArticleSanitiser.body("Đoạn một\ndòng hai\n\n\nĐoạn <b>ba</b> & 1 < 2"))
			.isEqualTo("<p>Đoạn một<br />dòng hai</p>\n<p>Đoạn <strong>ba</strong> &amp; 1 &lt; 2</p>");
		assertThat(ArticleSanitiser.body("  ")).isEmpty();
		assertThat(ArticleSanitiser.textOf(ArticleSanitiser.body("<script>x</script><p> </p>"))).isEmpty();
	}

}
