package vn.mohinh.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/**
 * The XSS corpus in every text field (title, summary, body, alt text, author, tags, slug, reasons):
 * what is stored and every editor page that shows it hold nothing executable.
 */
@MoHinhTest
class ArticleXssTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishedArticles published;

	ArticleFixtures f;

	@BeforeEach
	void fixtures() {
		f = new ArticleFixtures(mvc, users, jdbc);
	}

	/**
	 * One payload of each kind from the sanitiser's corpus (which the sanitiser test runs whole): each
	 * goes through every field, the workflow and every editor page, so the whole corpus would be slow.
	 */
	static List<String> corpus() {
		List<String> all = ArticleSanitiserTests.corpus();
		return java.util.stream.IntStream.of(0, 2, 3, 6, 8, 9, 10, 11, 13, 15, 18, 19, 25, 26, 30, 32, 36)
			.mapToObj(all::get).toList();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void storedAndRenderedArticlesHoldNothingExecutable(String payload) throws Exception {
		String marker = ArticleFixtures.unique("XSS");
		String title = marker + " " + payload;
		// Each field starts with text, so that stripping the payload leaves something to store.
		mvc.perform(f.form("/articles", "huyen", title, "summary", "Tóm tắt " + payload, "body", "Mở đầu " + payload + "\n\nnội dung",
				"author", "Tác giả " + payload, "tags", "thẻ " + payload + ", thẻ", "coverAlt", "Ảnh " + payload)
			.file(new MockMultipartFile("cover", "a.png", "image/png", ArticleWebTests.PNG)))
			.andExpect(status().is3xxRedirection());
		long id = f.count("select id from article where search_key like ?",
				"%" + vn.mohinh.shared.text.VietnameseText.fold(marker) + "%");
		Map<String, Object> row = jdbc.sql("select title, summary, body, author, cover_alt from article where id = ?").param(id)
			.query().singleRow();
		List<String> stored = new java.util.ArrayList<>(row.values().stream().map(String::valueOf).toList());
		stored.addAll(jdbc.sql("select tag from article_tag where article_id = ?").param(id).query(String.class).list());
		for (String value : stored) {
			assertThat(value.toLowerCase()).as(value).doesNotContain("<script", "<iframe", "<svg", "<img", "<style", "<object",
					"<embed", "href=\"javascript", "onerror=\"", "<form", "<meta", "<base");
			assertThat(ArticleFixtures.executableIn(value)).as(value).isEmpty();
		}
		// A reason with the payload: returned, then published and withdrawn.
		mvc.perform(f.action(id, "submit", "huyen")).andExpect(status().is3xxRedirection());
		mvc.perform(f.action(id, "return", "lanhdao").param("reason", "Trả lại " + payload)).andExpect(status().is3xxRedirection());
		assertInert(get("/articles/" + id).with(f.as("huyen")));
		assertInert(get("/articles/" + id + "/edit").with(f.as("huyen")));
		assertInert(get("/articles").param("q", marker).with(f.as("huyen")));
		mvc.perform(f.action(id, "submit", "huyen")).andExpect(status().is3xxRedirection());
		mvc.perform(f.action(id, "publish", "lanhdao")).andExpect(status().is3xxRedirection());
		assertThat(ArticleFixtures.executableIn(published.bySlug(f.slug(id)).orElseThrow().bodyHtml())).isEmpty();
		mvc.perform(f.action(id, "withdraw", "lanhdao").param("reason", "Gỡ " + payload)).andExpect(status().is3xxRedirection());
		assertInert(get("/articles/" + id).with(f.as("huyen")));
		// Refused input comes back escaped: a slug with the payload, and the whole form with it.
		assertInert(f.form("/articles", "huyen", payload, "slug", payload, "summary", payload, "body", payload, "author", payload,
				"tags", payload, "coverAlt", payload));
		assertInert(f.form("/articles", "huyen", payload, "preview", "1", "body", payload));
		assertInert(f.action(id, "return", "lanhdao").param("reason", payload));
	}

	private void assertInert(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
		assertThat(ArticleFixtures.executableIn(html)).as(html).isEmpty();
	}

}
