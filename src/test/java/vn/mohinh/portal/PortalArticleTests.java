package vn.mohinh.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;
import vn.mohinh.portal.PortalFixtures.Stage;

/** Articles on the public side: published and due only, by page, API, feed, sitemap and search. */
@MoHinhTest
class PortalArticleTests {

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

	private String text(String url) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aPublishedArticleIsEverywhereAndTheModelPageListsItAsRelated() throws Exception {
		String modelName = PortalFixtures.unique("Mô hình có tin");
		long model = f.model(modelName, "", true);
		String title = PortalFixtures.unique("Tin Khu dân cư kiểu mẫu");
		String slug = f.article(title, "Tóm tắt của tin.", "<p>Đoạn <strong>đậm</strong>.</p>", model, Stage.PUBLISHED, null, true);
		mvc.perform(get("/portal/articles/{slug}", slug)).andExpect(status().isOk()).andExpect(Html.shows(title))
			.andExpect(Html.shows("<strong>đậm</strong>")).andExpect(Html.shows("Tin liên quan")).andExpect(Html.shows("Tin nổi bật"))
			.andExpect(Html.shows("/portal/initiatives/" + model));
		mvc.perform(get("/portal/initiatives/{id}", model)).andExpect(Html.shows("Tin liên quan"))
			.andExpect(Html.shows("/portal/articles/" + slug)).andExpect(Html.shows(title));
		mvc.perform(get("/portal")).andExpect(Html.shows(title));
		mvc.perform(get("/portal/articles").param("category", "tin-tuc-su-kien")).andExpect(Html.shows(title));
		mvc.perform(get("/portal/search").param("q", "tin khu dan cu kieu mau " + title.substring(title.lastIndexOf(' ') + 1)))
			.andExpect(Html.shows(title));
		assertThat(text("/portal/feed.atom")).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains(title)
			.contains("http://localhost/portal/articles/" + slug);
		assertThat(text("/sitemap.xml")).contains("/sitemaps/articles-0.xml");
		assertThat(text("/sitemaps/articles-0.xml")).contains("http://localhost/portal/articles/" + slug + "<");
		mvc.perform(get("/api/v1/public/articles").param("q", title)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].slug").value(slug));
		mvc.perform(get("/api/v1/public/articles/{slug}", slug)).andExpect(status().isOk())
			.andExpect(jsonPath("$.article.title").value(title)).andExpect(jsonPath("$.initiativeIds[0]").value(model));
	}

	@Test
	void draftsReviewsScheduledAndWithdrawnArticlesAreNowhere() throws Exception {
		for (Stage stage : List.of(Stage.DRAFT, Stage.IN_REVIEW, Stage.PUBLISHED, Stage.WITHDRAWN)) {
			String title = PortalFixtures.unique("Tin chưa công khai " + stage);
			// PUBLISHED here means scheduled for a day that has not come.
			String slug = f.article(title, "Tóm tắt", "<p>Nội dung</p>", null, stage,
					stage == Stage.PUBLISHED ? "01/01/2099" : null, true);
			mvc.perform(get("/portal/articles/{slug}", slug)).andExpect(status().isNotFound()).andExpect(Html.doesNotShow(title));
			mvc.perform(get("/portal/articles/{slug}/cover", slug)).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/public/articles/{slug}", slug)).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/public/articles").param("q", title)).andExpect(jsonPath("$.total").value(0));
			assertThat(text("/portal/articles?q=" + java.net.URLEncoder.encode(title, "UTF-8"))).doesNotContain("/portal/articles/" + slug);
			assertThat(text("/portal/search?q=" + java.net.URLEncoder.encode(title, "UTF-8"))).doesNotContain("/portal/articles/" + slug);
			assertThat(text("/portal")).doesNotContain(title);
			assertThat(text("/portal/feed.atom")).doesNotContain(title).doesNotContain(slug);
			assertThat(text("/sitemaps/articles-0.xml")).doesNotContain(slug);
		}
	}

	@Test
	void theFeedIsAtomWithTheNewestTwenty() throws Exception {
		mvc.perform(get("/portal/feed.atom")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"));
		String feed = text("/portal/feed.atom");
		// Well-formed: an XML parser reads it.
		var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new java.io.ByteArrayInputStream(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("feed");
		assertThat(doc.getElementsByTagName("entry").getLength()).isBetween(1, PortalFeed.ENTRIES);
	}

}
