package vn.mohinh.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/** The public pages, read anonymously: what they show, what they never show, and that they start no session. */
@MoHinhTest
class PortalPageTests {

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
	void visitorsAtTheRootGoToThePortalOfficialsKeepTheirHome() throws Exception {
		mvc.perform(get("/")).andExpect(redirectedUrl("/portal"));
		mvc.perform(get("/").with(f.as("huyen"))).andExpect(status().isOk()).andExpect(Html.doesNotShow("portal-list"));
	}

	@Test
	void homeCarriesTheToolbarLandmarksAndFiguresWithoutSessionOrCsrf() throws Exception {
		String name = PortalFixtures.unique("Mô hình trang chủ");
		f.model(name, "Giới thiệu", true);
		MvcResult result = mvc.perform(get("/portal")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"vi\"")))
			.andExpect(Html.shows("data-text-size=\"1\""))
			.andExpect(Html.shows("data-contrast=\"high\""))
			.andExpect(Html.shows("Tăng tương phản"))
			.andExpect(Html.shows("<main id=\"main\""))
			.andExpect(Html.shows("href=\"#main\""))
			.andExpect(Html.shows("Gương điển hình"))
			.andExpect(Html.shows("href=\"/login\""))
			.andExpect(Html.shows("Mô hình đã công bố theo xã, phường, thị trấn"))
			.andExpect(Html.shows("Ruồng"))
			.andExpect(Html.doesNotShow("_csrf"))
			.andExpect(Html.doesNotShow("htmx"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void noPublicGetStartsASession() throws Exception {
		long id = f.model(PortalFixtures.unique("Mô hình không phiên"), "", true);
		for (String url : new String[] { "/portal", "/portal/initiatives", "/portal/initiatives/" + id, "/portal/exemplars",
				"/portal/search?q=dak", "/portal/articles", "/portal/feed.atom", "/sitemap.xml", "/sitemaps/pages.xml",
				"/api/v1/public/initiatives", "/api/v1/public/articles", "/portal/initiatives/999999999" }) {
			MvcResult result = mvc.perform(get(url)).andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isIn(200, 404);
			assertThat(result.getRequest().getSession(false)).as(url).isNull();
			assertThat(result.getResponse().getHeader("Set-Cookie")).as(url).isNull();
		}
	}

	@Test
	void aPublishedModelShowsItsPublicFieldsButNeverThePersonInCharge() throws Exception {
		Object[] demo = f.publishedModelWithPersonInCharge();
		long id = (Long) demo[0];
		String person = (String) demo[1];
		String name = jdbc.sql("select name from initiative where id = ?").param(id).query(String.class).single();
		mvc.perform(get("/portal/initiatives/{id}", id)).andExpect(status().isOk())
			.andExpect(Html.shows(name))
			.andExpect(Html.shows("Tin liên quan"))
			.andExpect(Html.doesNotShow(person));
		mvc.perform(get("/api/v1/public/initiatives/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(person))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("personInCharge"))));
	}

	@Test
	void anUnpublishedModelIsNotFoundAnywhere() throws Exception {
		String name = PortalFixtures.unique("Mô hình nội bộ Khong Cong Bo");
		long id = f.model(name, "Chưa công bố", false);
		mvc.perform(get("/portal/initiatives/{id}", id)).andExpect(status().isNotFound())
			.andExpect(Html.shows("Không tìm thấy")).andExpect(Html.doesNotShow(name));
		mvc.perform(get("/portal/initiatives/{id}/photos/0", id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/initiatives/{id}", id)).andExpect(status().isNotFound());
		// The search box keeps the words typed; the model itself is neither listed nor linked.
		mvc.perform(get("/portal/initiatives").param("q", name)).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("/portal/initiatives/" + id + "\"")).andExpect(Html.shows("Tìm thấy 0 mô hình."));
		mvc.perform(get("/portal/search").param("q", name)).andExpect(Html.doesNotShow("/portal/initiatives/" + id + "\""))
			.andExpect(Html.shows("Không tìm thấy kết quả nào."));
		mvc.perform(get("/api/v1/public/initiatives").param("q", name))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"total\":0")));
		mvc.perform(get("/sitemaps/initiatives-0.xml"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/portal/initiatives/" + id + "<"))));
		// Published later, it appears everywhere.
		jdbc.sql("update initiative set published = true where id = ?").param(id).update();
		mvc.perform(get("/portal/initiatives/{id}", id)).andExpect(status().isOk()).andExpect(Html.shows(name));
		mvc.perform(get("/sitemaps/initiatives-0.xml"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/portal/initiatives/" + id + "<")));
	}

	@Test
	void theListSearchIgnoresAccentsAndFiltersByCommune() throws Exception {
		String name = PortalFixtures.unique("Mô hình Đường làng sạch đẹp");
		long id = f.model(name, "", true);
		String folded = "duong lang sach dep " + name.substring(name.lastIndexOf(' ') + 1);
		mvc.perform(get("/portal/initiatives").param("q", folded)).andExpect(status().isOk()).andExpect(Html.shows(name))
			.andExpect(Html.shows("/portal/initiatives/" + id));
		mvc.perform(get("/portal/initiatives").param("q", folded).param("commune", PortalFixtures.DAK_RUONG))
			.andExpect(Html.shows(name));
		mvc.perform(get("/portal/initiatives").param("q", folded).param("commune", "23497")).andExpect(Html.doesNotShow(name));
		mvc.perform(get("/portal/search").param("q", folded)).andExpect(Html.shows(name));
		mvc.perform(get("/api/v1/public/initiatives").param("q", folded).param("commune", PortalFixtures.DAK_RUONG))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("\"total\":1")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"id\":" + id)));
	}

	@Test
	void exemplarsAppearOnlyWhenPublishableAndDue() throws Exception {
		long model = f.model(PortalFixtures.unique("Mô hình có gương"), "", true);
		String shown = PortalFixtures.unique("Gương đã công bố");
		String future = PortalFixtures.unique("Gương công bố sau");
		String internal = PortalFixtures.unique("Gương nội bộ");
		long shownId = f.exemplar(shown, "Đoạn một.\nĐoạn hai.", model, "01/01/2022");
		long futureId = f.exemplar(future, "Chưa đến ngày.", model, "01/01/2099");
		long internalId = f.exemplar(internal, "Không công bố.", model, null);
		mvc.perform(get("/portal/exemplars/{id}", shownId)).andExpect(status().isOk()).andExpect(Html.shows(shown))
			.andExpect(Html.shows("Đoạn hai.")).andExpect(Html.shows("01/01/2022"))
			.andExpect(Html.shows("/portal/initiatives/" + model));
		mvc.perform(get("/portal/exemplars/{id}", futureId)).andExpect(status().isNotFound()).andExpect(Html.doesNotShow(future));
		mvc.perform(get("/portal/exemplars/{id}", internalId)).andExpect(status().isNotFound());
		mvc.perform(get("/portal/initiatives/{id}", model)).andExpect(Html.shows(shown)).andExpect(Html.doesNotShow(future))
			.andExpect(Html.doesNotShow(internal));
		String sitemap = mvc.perform(get("/sitemaps/exemplars-0.xml")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(sitemap).contains("/portal/exemplars/" + shownId + "<").doesNotContain("/portal/exemplars/" + futureId + "<")
			.doesNotContain("/portal/exemplars/" + internalId + "<");
	}

	@Test
	void anUnpublishedModelLinkedFromAnExemplarIsLeftOut() throws Exception {
		long published = f.model(PortalFixtures.unique("Mô hình công khai"), "", true);
		String hiddenName = PortalFixtures.unique("Mô hình ẩn của gương");
		long hidden = f.model(hiddenName, "", false);
		String title = PortalFixtures.unique("Gương hai mô hình");
		long id = f.exemplar(title, "Câu chuyện.", hidden, "01/01/2022");
		mvc.perform(get("/portal/exemplars/{id}", id)).andExpect(status().isOk()).andExpect(Html.doesNotShow(hiddenName))
			.andExpect(Html.doesNotShow("/portal/initiatives/" + hidden + "\""));
		assertThat(published).isNotEqualTo(hidden);
	}

	@Test
	void aModelsPhotoReachesVisitorsAsWideAsTheirScreenNeeds() throws Exception {
		long id = f.model(PortalFixtures.unique("Mô hình ảnh lớn"), "", true);
		byte[] big = vn.mohinh.shared.files.TestImages.jpeg(1600, 1200);
		long version = jdbc.sql("select version from initiative where id = ?").param(id).query(Long.class).single();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/initiatives/{id}/files", id)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "anh.jpg", "image/jpeg", big))
			.param("photo", "true").param("altText", "Hội nghị thôn").param("version", String.valueOf(version))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(f.as("huyen"))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/portal/initiatives/{id}", id)).andExpect(Html.shows("srcset="))
			.andExpect(Html.shows("/portal/initiatives/" + id + "/photos/0?w=360")).andExpect(Html.shows("width=\"1600\""));
		MvcResult small = mvc.perform(get("/portal/initiatives/{id}/photos/0", id).param("w", "360")).andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg")).andReturn();
		java.awt.image.BufferedImage shown = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(small.getResponse().getContentAsByteArray()));
		assertThat(shown.getWidth()).isEqualTo(360);
		assertThat(small.getResponse().getContentAsByteArray().length).isLessThan(big.length);
		// Shared caches never keep a public photo: it must go when the model is unpublished.
		assertThat(small.getResponse().getHeader("Cache-Control")).doesNotContain("public");
	}

	@Test
	void aPhotoOfAPublishedModelIsPublicWithItsAltTextAndNothingElseIs() throws Exception {
		long id = f.model(PortalFixtures.unique("Mô hình có ảnh"), "", true);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		long version = jdbc.sql("select version from initiative where id = ?").param(id).query(Long.class).single();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/initiatives/{id}/files", id)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "thon8.png", "image/png", png))
			.param("photo", "true").param("altText", "Đường làng thôn 8 sạch sẽ").param("version", String.valueOf(version))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(f.as("huyen"))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/portal/initiatives/{id}", id)).andExpect(Html.shows("alt=\"Đường làng thôn 8 sạch sẽ\""))
			.andExpect(Html.shows("/portal/initiatives/" + id + "/photos/0")).andExpect(Html.shows("loading=\"lazy\""));
		mvc.perform(get("/portal/initiatives/{id}/photos/0", id)).andExpect(status().isOk())
			.andExpect(content().contentType("image/png")).andExpect(content().bytes(png));
		mvc.perform(get("/portal/initiatives/{id}/photos/1", id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/initiatives/{id}", id))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/portal/initiatives/" + id + "/photos/0")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("thon8.png"))));
		// Unpublished again: the photo goes with it.
		jdbc.sql("update initiative set published = false where id = ?").param(id).update();
		mvc.perform(get("/portal/initiatives/{id}/photos/0", id)).andExpect(status().isNotFound());
	}

	@Test
	void theSitemapIndexPointsAtPagedSitemaps() throws Exception {
		f.model(PortalFixtures.unique("Mô hình sơ đồ"), "", true);
		mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/xml")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("http://localhost/sitemaps/pages.xml")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("http://localhost/sitemaps/initiatives-0.xml")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("initiatives-1.xml"))));
		mvc.perform(get("/sitemaps/initiatives-1.xml")).andExpect(status().isNotFound());
		mvc.perform(get("/sitemaps/pages.xml")).andExpect(content().string(org.hamcrest.Matchers.containsString("<loc>http://localhost/portal</loc>")));
	}

	@Test
	void linksInTheSitemapAndFeedUseTheConfiguredAddressNotTheHostHeader() throws Exception {
		for (String url : new String[] { "/sitemap.xml", "/sitemaps/pages.xml", "/portal/feed.atom" }) {
			String body = mvc.perform(get(url).header("Host", "evil.example").with(request -> {
				request.setServerName("evil.example");
				return request;
			})).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(body).as(url).contains("http://localhost/").doesNotContain("evil.example");
		}
	}

	@Test
	void aPageNumberPastAnyListIsAnEmptyPageNotAnError() throws Exception {
		for (String url : new String[] { "/portal/articles", "/portal/initiatives", "/portal/exemplars",
				"/api/v1/public/articles", "/api/v1/public/initiatives" }) {
			mvc.perform(get(url).param("page", String.valueOf(Integer.MAX_VALUE))).andExpect(status().isOk());
		}
	}

	@Test
	void crawlersMayAskWithHead() throws Exception {
		for (String url : new String[] { "/portal", "/sitemap.xml", "/api/v1/public/articles" }) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head(url))
				.andExpect(status().isOk());
		}
	}

	@Test
	void theSitemapPagingSplitsAtFiftyThousand() {
		assertThat(PortalSitemap.pages(0)).isZero();
		assertThat(PortalSitemap.pages(1)).isEqualTo(1);
		assertThat(PortalSitemap.pages(50_000)).isEqualTo(1);
		assertThat(PortalSitemap.pages(50_001)).isEqualTo(2);
		assertThat(PortalSitemap.pages(200_000)).isEqualTo(4);
	}

}
