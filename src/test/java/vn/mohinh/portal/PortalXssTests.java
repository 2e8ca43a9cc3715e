package vn.mohinh.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import vn.mohinh.MoHinhTest;
import vn.mohinh.portal.PortalFixtures.Stage;

/**
 * Script stored through the officials' forms, in every text field the public side shows (model name
 * and description, exemplar title and story, article title, summary, body, author and tags), comes
 * out inert: escaped text on every page and in the feed, data (never markup) in the JSON.
 */
@MoHinhTest
class PortalXssTests {

	static final String MARK = "<script>alert('xss')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	PortalFixtures f;

	@BeforeEach
	void setUp() {
		f = new PortalFixtures(mvc, users, jdbc);
	}

	@Test
	void theCorpusIsInertOnEveryPageFeedAndApi() throws Exception {
		String tag = PortalFixtures.unique("xss").replace(' ', '-');
		String name = "Mô hình " + tag + " " + PortalFixtures.XSS;
		long model = f.model(name, "Giới thiệu " + PortalFixtures.XSS, true);
		long exemplar = f.exemplar("Gương " + tag + " " + PortalFixtures.XSS, "Câu chuyện " + PortalFixtures.XSS, model, "01/01/2022");
		String slug = f.article("Tin " + tag + " " + PortalFixtures.XSS, "Tóm tắt " + tag + " " + PortalFixtures.XSS,
				"<p>Thân bài</p>" + PortalFixtures.XSS + "<a href=\"javascript:alert(2)\">liên kết</a><p onclick=\"alert(3)\">đoạn</p>",
				model, Stage.PUBLISHED, null, true);
		List<String> pages = List.of("/portal", "/portal/initiatives?q=" + tag, "/portal/initiatives/" + model,
				"/portal/exemplars", "/portal/exemplars/" + exemplar, "/portal/articles?q=" + tag, "/portal/articles/" + slug,
				"/portal/search?q=" + tag);
		for (String page : pages) {
			String html = body(page);
			assertThat(html).as(page).contains(tag);
			assertThat(html).as(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
				.doesNotContain("javascript:alert").doesNotContain("onclick=").doesNotContain("onerror=alert(1)>");
		}
		assertThat(body("/portal/initiatives/" + model)).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
		// The feed is well-formed XML whose entry title reads back exactly as the API gives it: escaped, not markup.
		String feed = body("/portal/feed.atom");
		assertThat(feed).contains(tag).doesNotContain("<script");
		org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new java.io.ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
		String apiTitle = JsonPath.read(body("/api/v1/public/articles/" + slug), "$.article.title");
		org.w3c.dom.NodeList titles = doc.getElementsByTagName("title");
		boolean found = false;
		for (int i = 0; i < titles.getLength(); i++) {
			found |= titles.item(i).getTextContent().equals(apiTitle);
		}
		assertThat(found).as("feed entry titled " + apiTitle).isTrue();
		for (String api : List.of("/api/v1/public/initiatives?q=" + tag, "/api/v1/public/initiatives/" + model,
				"/api/v1/public/articles?q=" + tag, "/api/v1/public/articles/" + slug)) {
			MvcResult result = mvc.perform(get(api)).andReturn();
			assertThat(result.getResponse().getStatus()).as(api).isEqualTo(200);
			assertThat(result.getResponse().getContentType()).as(api).startsWith("application/json");
			assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(api).isEqualTo("nosniff");
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(api).contains(tag);
		}
		String bodyHtml = JsonPath.read(body("/api/v1/public/articles/" + slug), "$.bodyHtml");
		assertThat(bodyHtml).doesNotContain("<script").doesNotContain("javascript:")
			.doesNotContain("onclick").contains("Thân bài");
		// The JSON carries the text as typed: data for the client to escape, not markup.
		assertThat((String) JsonPath.read(body("/api/v1/public/initiatives/" + model), "$.name")).isEqualTo(name);
	}

	private String body(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
