package vn.mohinh.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/** The editor pages and the workflow: scope, roles, bad input, stale edits, scheduling, covers. */
@MoHinhTest
class ArticleWebTests {

	/** The smallest PNG: one transparent pixel. */
	static final byte[] PNG = java.util.Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

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

	@Test
	void anEditorWritesLinksSubmitsAndALeaderPublishes() throws Exception {
		long model = f.model(ArticleFixtures.DAK_RUONG);
		String title = ArticleFixtures.unique("Mô hình hay ở Đăk Ruồng");
		long id = f.draft("huyen", title, String.valueOf(model));
		assertThat(f.statusOf(id)).isEqualTo("DRAFT");
		// The slug is made from the title without accents; tags equal but for accents are kept once.
		assertThat(f.slug(id)).startsWith("mo-hinh-hay-o-dak-ruong-");
		assertThat(f.count("select count(*) from article_tag where article_id = ?", id)).isEqualTo(2);
		mvc.perform(get("/articles/" + id).with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows(title)).andExpect(Html.shows("Bản nháp"))
			.andExpect(Html.shows("<p>Đoạn một.</p>")).andExpect(Html.shows("/initiatives/" + model))
			.andExpect(Html.doesNotShow("Duyệt đăng"));
		mvc.perform(f.action(id, "submit", "huyen")).andExpect(status().is3xxRedirection());
		assertThat(f.statusOf(id)).isEqualTo("IN_REVIEW");
		assertThat(published.bySlug(f.slug(id))).isEmpty();
		mvc.perform(get("/articles/" + id).with(f.as("lanhdao"))).andExpect(status().isOk()).andExpect(Html.shows("Duyệt đăng"));
		mvc.perform(f.action(id, "publish", "lanhdao")).andExpect(status().is3xxRedirection());
		assertThat(f.statusOf(id)).isEqualTo("PUBLISHED");
		var view = published.bySlug(f.slug(id)).orElseThrow();
		assertThat(view.initiativeIds()).containsExactly(model);
		assertThat(view.author()).isEqualTo("Phóng viên thử");
		assertThat(published.aboutInitiative(model, 100)).extracting(PublishedArticles.ArticleSummary::id).contains(id);
		mvc.perform(get("/articles/" + id).with(f.as("huyen"))).andExpect(Html.shows("Đã đăng"))
			.andExpect(Html.shows("Lãnh đạo huyện Kon Rẫy"));
	}

	@Test
	void aDistrictEditorLinksEveryCommuneOfferedEvenThoseWhoseCodeTheReformGaveToANewUnit() throws Exception {
		// Tân Lập's and Đăk Rve's codes name post-2025 units outside huyện Kon Rẫy; the form offers
		// the communes as they were on the district's last day, and links them.
		for (String code : new String[] { ArticleFixtures.TAN_LAP, "23479", ArticleFixtures.DAK_RUONG }) {
			mvc.perform(f.form("/articles", "huyen", ArticleFixtures.unique("Tin xã " + code), "localityCodes", code))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(f.form("/articles", "dakruong", ArticleFixtures.unique("Tin xã khác"), "localityCodes", ArticleFixtures.TAN_LAP))
			.andExpect(status().isOk()).andExpect(Html.shows("Có mục không tìm thấy trong phạm vi của bạn."));
	}

	@Test
	void anEditorCannotPublishAndALeaderCannotEdit() throws Exception {
		long id = f.draft("huyen", ArticleFixtures.unique("Phân quyền"));
		mvc.perform(f.action(id, "submit", "huyen")).andExpect(status().is3xxRedirection());
		long version = f.version(id);
		mvc.perform(f.action(id, "publish", "huyen")).andExpect(status().isForbidden());
		mvc.perform(f.action(id, "publish", "bithu")).andExpect(status().isForbidden());
		mvc.perform(f.action(id, "feature", "huyen").param("featured", "true")).andExpect(status().isForbidden());
		mvc.perform(f.action(id, "return", "huyen").param("reason", "Tự trả")).andExpect(status().isForbidden());
		assertThat(f.statusOf(id)).isEqualTo("IN_REVIEW");
		assertThat(f.version(id)).isEqualTo(version);
		// The leader reads and approves, but writes nothing.
		mvc.perform(get("/articles/new").with(f.as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(get("/articles/" + id + "/edit").with(f.as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(f.form("/articles/" + id + "/edit", "lanhdao", "Sửa lén").param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
		long before = f.count("select count(*) from article");
		mvc.perform(f.form("/articles", "lanhdao", "Viết lén")).andExpect(status().isForbidden());
		assertThat(f.count("select count(*) from article")).isEqualTo(before);
		mvc.perform(f.action(id, "submit", "lanhdao")).andExpect(status().isForbidden());
	}

	@Test
	void nobodyPublishesWhatTheySubmittedThemselves() throws Exception {
		long id = f.draft("admin", ArticleFixtures.unique("Tự duyệt"));
		mvc.perform(f.action(id, "submit", "admin")).andExpect(status().is3xxRedirection());
		mvc.perform(f.action(id, "publish", "admin")).andExpect(status().isOk())
			.andExpect(Html.shows("Không tự duyệt đăng tin bài do mình viết hoặc gửi duyệt."));
		assertThat(f.statusOf(id)).isEqualTo("IN_REVIEW");
	}

	@Test
	void aCommuneEditorSeesNeitherTheDistrictsArticlesNorAnotherCommunes() throws Exception {
		String title = ArticleFixtures.unique("Tin của huyện");
		long district = f.draft("huyen", title);
		long tanLap = f.draft("huyen", ArticleFixtures.unique("Tin của xã Tân Lập"));
		f.moveTo(tanLap, f.communePath(ArticleFixtures.TAN_LAP));
		for (long id : new long[] { district, tanLap }) {
			mvc.perform(get("/articles/" + id).with(f.as("dakruong"))).andExpect(status().isNotFound());
			mvc.perform(get("/articles/" + id + "/edit").with(f.as("dakruong"))).andExpect(status().isNotFound());
			mvc.perform(get("/articles/" + id + "/cover").with(f.as("dakruong"))).andExpect(status().isNotFound());
			mvc.perform(f.form("/articles/" + id + "/edit", "dakruong", "Sửa lén").param("version", String.valueOf(f.version(id))))
				.andExpect(status().isNotFound());
			mvc.perform(f.action(id, "submit", "dakruong")).andExpect(status().isNotFound());
			mvc.perform(f.action(id, "withdraw", "dakruong").param("reason", "Gỡ lén")).andExpect(status().isNotFound());
			assertThat(f.statusOf(id)).isEqualTo("DRAFT");
		}
		mvc.perform(get("/articles").param("q", title).with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("href=\"/articles/" + district + "\""));
		mvc.perform(get("/articles").param("q", title).with(f.as("huyen"))).andExpect(Html.shows("href=\"/articles/" + district + "\""));
		// The commune's own article is the commune's, and the district sees it too.
		String own = ArticleFixtures.unique("Tin của xã Đăk Ruồng");
		long mine = f.draft("dakruong", own);
		mvc.perform(get("/articles/" + mine).with(f.as("dakruong"))).andExpect(status().isOk());
		mvc.perform(get("/articles/" + mine).with(f.as("huyen"))).andExpect(status().isOk());
		// A model of another commune cannot be linked by the commune.
		long otherModel = f.model(ArticleFixtures.TAN_LAP);
		long before = f.count("select count(*) from article");
		mvc.perform(f.form("/articles", "dakruong", own + " 2").param("modelIds", String.valueOf(otherModel)))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"modelIds-error\""));
		assertThat(f.count("select count(*) from article")).isEqualTo(before);
	}

	@Test
	void badInputIsShownByEachFieldWithTheInputKeptAndNothingSaved() throws Exception {
		long before = f.count("select count(*) from article");
		mvc.perform(f.form("/articles", "huyen", "", "slug", "Có Dấu!", "summary", "Tóm tắt giữ lại", "categoryCode", "",
				"author", " ", "body", "<script>x()</script>", "coverAlt", ""))
			.andExpect(status().isOk())
			.andExpect(Html.shows("id=\"title-error\"")).andExpect(Html.shows("id=\"slug-error\""))
			.andExpect(Html.shows("id=\"categoryCode-error\"")).andExpect(Html.shows("id=\"author-error\""))
			.andExpect(Html.shows("id=\"body-error\"")).andExpect(Html.shows("Đường dẫn chỉ gồm chữ thường"))
			.andExpect(Html.shows("Tóm tắt giữ lại")).andExpect(Html.shows("value=\"Có Dấu!\""));
		// A cover without its description, and a file that is not an image.
		mvc.perform(f.form("/articles", "huyen", ArticleFixtures.unique("Ảnh"))
			.file(new MockMultipartFile("cover", "anh.png", "image/png", PNG)))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"coverAlt-error\""));
		mvc.perform(f.form("/articles", "huyen", ArticleFixtures.unique("Ảnh")).param("coverAlt", "Ảnh giả")
			.file(new MockMultipartFile("cover", "anh.png", "image/png", "<html>not an image</html>".getBytes())))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"cover-error\"")).andExpect(Html.shows("value=\"Ảnh giả\""));
		assertThat(f.count("select count(*) from article")).isEqualTo(before);
	}

	@Test
	void aSlugInUseIsRefusedByItsField() throws Exception {
		String title = ArticleFixtures.unique("Trùng đường dẫn");
		long first = f.draft("huyen", title);
		long before = f.count("select count(*) from article");
		mvc.perform(f.form("/articles", "huyen", title)).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"slug-error\"")).andExpect(Html.shows("Đường dẫn này đã có tin bài khác dùng"));
		assertThat(f.count("select count(*) from article")).isEqualTo(before);
		// Editing the article itself keeps its own slug.
		mvc.perform(f.form("/articles/" + first + "/edit", "huyen", title).param("slug", f.slug(first))
			.param("version", String.valueOf(f.version(first)))).andExpect(status().is3xxRedirection());
	}

	@Test
	void aPublishedCoverReachesVisitorsAsWideAsTheirScreenNeeds() throws Exception {
		String title = ArticleFixtures.unique("Ảnh bìa lớn");
		byte[] big = vn.mohinh.shared.files.TestImages.jpeg(2000, 1125);
		MvcResult created = mvc.perform(f.form("/articles", "huyen", title).param("coverAlt", "Toàn cảnh thôn 3")
			.file(new MockMultipartFile("cover", "bia.jpg", "image/jpeg", big))).andExpect(status().is3xxRedirection()).andReturn();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		mvc.perform(f.action(id, "submit", "huyen")).andExpect(status().is3xxRedirection());
		mvc.perform(f.action(id, "publish", "lanhdao")).andExpect(status().is3xxRedirection());
		String slug = f.slug(id);
		mvc.perform(get("/portal/articles/" + slug)).andExpect(status().isOk()).andExpect(Html.shows("srcset="))
			.andExpect(Html.shows("/portal/articles/" + slug + "/cover?w=360")).andExpect(Html.shows("width=\"2000\""));
		MvcResult small = mvc.perform(get("/portal/articles/" + slug + "/cover").param("w", "720")).andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg")).andReturn();
		byte[] bytes = small.getResponse().getContentAsByteArray();
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)).getWidth()).isEqualTo(720);
		assertThat(bytes.length).isLessThan(big.length);
	}

	@Test
	void aCoverIsStoredWithItsDescriptionAndServedInScope() throws Exception {
		String title = ArticleFixtures.unique("Có ảnh");
		mvc.perform(f.form("/articles", "huyen", title).param("coverAlt", "Bà con thôn 10 dọn vệ sinh")
			.file(new MockMultipartFile("cover", "anh.png", "image/png", PNG))).andExpect(status().is3xxRedirection());
		long id = f.count("select id from article where title = ?", title);
		mvc.perform(get("/articles/" + id + "/cover").with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(content().contentType("image/png")).andExpect(content().bytes(PNG));
		mvc.perform(get("/articles/" + id).with(f.as("huyen"))).andExpect(Html.shows("alt=\"Bà con thôn 10 dọn vệ sinh\""));
		// Removing the cover removes its description.
		mvc.perform(f.form("/articles/" + id + "/edit", "huyen", title).param("slug", f.slug(id)).param("removeCover", "true")
			.param("version", String.valueOf(f.version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/articles/" + id + "/cover").with(f.as("huyen"))).andExpect(status().isNotFound());
	}

	@Test
	void aStaleEditIsRefusedAndBothVersionsAreKept() throws Exception {
		String title = ArticleFixtures.unique("Sửa cùng lúc");
		long id = f.draft("huyen", title);
		String opened = String.valueOf(f.version(id));
		String slug = f.slug(id);
		mvc.perform(f.form("/articles/" + id + "/edit", "huyen", title + " – bản của người thứ nhất").param("slug", slug)
			.param("version", opened)).andExpect(status().is3xxRedirection());
		mvc.perform(f.form("/articles/" + id + "/edit", "bithu", title + " – bản của người thứ hai").param("slug", slug)
			.param("version", opened))
			.andExpect(status().isOk())
			.andExpect(Html.shows("vừa được người khác sửa và lưu trước"))
			.andExpect(Html.shows(title + " – bản của người thứ hai"))
			.andExpect(Html.shows(title + " – bản của người thứ nhất"));
		assertThat(jdbc.sql("select title from article where id = ?").param(id).query(String.class).single())
			.isEqualTo(title + " – bản của người thứ nhất");
		// A workflow step on a stale page is refused too.
		mvc.perform(post("/articles/" + id + "/submit").with(csrf()).with(f.as("huyen")).param("version", opened))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"form-errors\""));
		assertThat(f.statusOf(id)).isEqualTo("DRAFT");
	}

	@Test
	void returningAndWithdrawingNeedAReasonAndAPublishedArticleIsNotEditedInPlace() throws Exception {
		long id = f.draft("huyen", ArticleFixtures.unique("Trả lại"));
		mvc.perform(f.action(id, "submit", "huyen")).andExpect(status().is3xxRedirection());
		long version = f.version(id);
		mvc.perform(f.action(id, "return", "lanhdao").param("reason", "  ")).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"reason-error\"")).andExpect(Html.shows("Xin ghi lý do."));
		assertThat(f.version(id)).isEqualTo(version);
		// Editing while in review is refused.
		mvc.perform(f.form("/articles/" + id + "/edit", "huyen", "Sửa khi chờ duyệt").param("slug", f.slug(id))
			.param("version", String.valueOf(version))).andExpect(status().isOk()).andExpect(Html.shows("Chỉ sửa được bản nháp"));
		mvc.perform(f.action(id, "return", "lanhdao").param("reason", "Thiếu ảnh minh họa")).andExpect(status().is3xxRedirection());
		assertThat(f.statusOf(id)).isEqualTo("DRAFT");
		mvc.perform(get("/articles/" + id).with(f.as("huyen"))).andExpect(Html.shows("Thiếu ảnh minh họa"));
		mvc.perform(f.action(id, "submit", "huyen")).andExpect(status().is3xxRedirection());
		mvc.perform(f.action(id, "publish", "lanhdao")).andExpect(status().is3xxRedirection());
		String slug = f.slug(id);
		assertThat(published.bySlug(slug)).isPresent();
		mvc.perform(f.form("/articles/" + id + "/edit", "huyen", "Sửa khi đã đăng").param("slug", slug)
			.param("version", String.valueOf(f.version(id)))).andExpect(status().isOk()).andExpect(Html.shows("Chỉ sửa được bản nháp"));
		// The edit form says so before anything is typed.
		mvc.perform(get("/articles/" + id + "/edit").with(f.as("huyen"))).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/articles/" + id))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flash", "article.error.notEditable"));
		mvc.perform(f.action(id, "withdraw", "huyen").param("reason", "")).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"reason-error\""));
		mvc.perform(f.action(id, "withdraw", "huyen").param("reason", "Số liệu cần đính chính")).andExpect(status().is3xxRedirection());
		assertThat(f.statusOf(id)).isEqualTo("WITHDRAWN");
		assertThat(published.bySlug(slug)).isEmpty();
		// Withdrawn, never deleted; edited, it is a draft again.
		mvc.perform(f.form("/articles/" + id + "/edit", "huyen", "Đã đính chính").param("slug", slug)
			.param("version", String.valueOf(f.version(id)))).andExpect(status().is3xxRedirection());
		assertThat(f.statusOf(id)).isEqualTo("DRAFT");
	}

	@Test
	void aScheduledArticleIsPublicOnlyFromItsTime() throws Exception {
		String title = ArticleFixtures.unique("Hẹn giờ");
		long id = f.draft("huyen", title);
		mvc.perform(f.action(id, "submit", "huyen")).andExpect(status().is3xxRedirection());
		LocalDate tomorrow = LocalDate.now(ArticleService.VIETNAM).plusDays(1);
		mvc.perform(f.action(id, "publish", "lanhdao").param("publishDate", tomorrow.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
			.param("publishTime", "7:30").param("featured", "true")).andExpect(status().is3xxRedirection());
		assertThat(f.statusOf(id)).isEqualTo("PUBLISHED");
		String slug = f.slug(id);
		Instant now = Instant.now();
		Instant due = tomorrow.atTime(7, 30).atZone(ArticleService.VIETNAM).toInstant();
		assertThat(published.bySlug(slug)).isEmpty();
		assertThat(published.cover(slug)).isEmpty();
		assertThat(published.search(title, null, org.springframework.data.domain.PageRequest.of(0, 10))).isEmpty();
		assertThat(published.featured(100)).extracting(PublishedArticles.ArticleSummary::id).doesNotContain(id);
		assertThat(published.bySlug(slug, due.minusSeconds(1))).isEmpty();
		assertThat(published.bySlug(slug, due)).isPresent();
		assertThat(published.search(title, null, org.springframework.data.domain.PageRequest.of(0, 10), due.plus(Duration.ofDays(1))))
			.extracting(PublishedArticles.ArticleSummary::id).containsExactly(id);
		assertThat(published.featured(100, due)).extracting(PublishedArticles.ArticleSummary::id).contains(id);
		assertThat(now).isBefore(due);
		mvc.perform(get("/articles/" + id).with(f.as("huyen"))).andExpect(Html.shows("hẹn giờ"))
			.andExpect(Html.shows(tomorrow.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 07:30"));
		// A time already past is refused by its field.
		long other = f.draft("huyen", ArticleFixtures.unique("Giờ đã qua"));
		mvc.perform(f.action(other, "submit", "huyen")).andExpect(status().is3xxRedirection());
		mvc.perform(f.action(other, "publish", "lanhdao").param("publishDate", "01/01/2020").param("publishTime", "8:00"))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"publishDate-error\""));
		assertThat(f.statusOf(other)).isEqualTo("IN_REVIEW");
	}

	@Test
	void theLeaderFeaturesAPublishedArticle() throws Exception {
		long id = f.published(ArticleFixtures.unique("Nổi bật"));
		assertThat(published.featured(100)).extracting(PublishedArticles.ArticleSummary::id).doesNotContain(id);
		mvc.perform(f.action(id, "feature", "lanhdao").param("featured", "true")).andExpect(status().is3xxRedirection());
		assertThat(published.featured(100)).extracting(PublishedArticles.ArticleSummary::id).contains(id);
		mvc.perform(f.action(id, "feature", "lanhdao").param("featured", "false")).andExpect(status().is3xxRedirection());
		assertThat(published.featured(100)).extracting(PublishedArticles.ArticleSummary::id).doesNotContain(id);
	}

	@Test
	void theListFiltersByStatusCategoryAndWordsIgnoringAccents() throws Exception {
		String word = ArticleFixtures.unique("Khuyến học").replace(" ", "");
		String title = "Tin " + word + " ở thôn";
		long id = f.draft("huyen", title);
		String folded = vn.mohinh.shared.text.VietnameseText.fold(word);
		mvc.perform(get("/articles").param("q", folded).with(f.as("huyen"))).andExpect(status().isOk()).andExpect(Html.shows(title));
		mvc.perform(get("/articles").param("q", folded).param("status", "DRAFT").param("category", "mo-hinh-hay")
			.with(f.as("huyen"))).andExpect(Html.shows(title));
		mvc.perform(get("/articles").param("q", folded).param("status", "PUBLISHED").with(f.as("huyen")))
			.andExpect(Html.doesNotShow(title));
		mvc.perform(get("/articles").param("q", folded).param("category", "tin-tuc-su-kien").with(f.as("huyen")))
			.andExpect(Html.doesNotShow(title));
		assertThat(id).isPositive();
	}

	@Test
	void theFormPreviewsTheSanitisedBodyWithoutSaving() throws Exception {
		long before = f.count("select count(*) from article");
		String html = mvc.perform(f.form("/articles", "huyen", "Xem trước", "preview", "1", "body",
				"Dòng đầu\n\nDòng <b>hai</b> <a href=\"javascript:alert(1)\">x</a></textarea><script>alert(2)</script>"))
			.andExpect(status().isOk()).andExpect(Html.shows("Xem trước như công chúng thấy"))
			.andReturn().getResponse().getContentAsString();
		String preview = html.substring(html.indexOf("id=\"preview-heading\""), html.indexOf("</section>", html.indexOf("id=\"preview-heading\"")));
		assertThat(preview).contains("<p>Dòng đầu</p>", "<strong>hai</strong>").doesNotContain("javascript:", "<script");
		// The typed body comes back as text inside its box, unable to close it.
		assertThat(ArticleFixtures.executableIn(html)).isEmpty();
		assertThat(f.count("select count(*) from article")).isEqualTo(before);
	}

}
