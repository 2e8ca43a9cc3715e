package vn.mohinh.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The facade of the public pages: only published articles whose time has come, for anyone (no
 * sign-in, no scope); and the demo data's source article, published, featured and linked.
 */
@MoHinhTest
class ArticlePublishedTests {

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

	private static List<Long> ids(List<PublishedArticles.ArticleSummary> list) {
		return list.stream().map(PublishedArticles.ArticleSummary::id).toList();
	}

	@Test
	void onlyPublishedArticlesAreAnsweredAndWithoutSignIn() throws Exception {
		String word = ArticleFixtures.unique("Công khai").replace(" ", "");
		long draft = f.draft("huyen", word + " bản nháp");
		long review = f.draft("huyen", word + " chờ duyệt");
		mvc.perform(f.action(review, "submit", "huyen"));
		long live = f.published(word + " đã đăng");
		long gone = f.published(word + " đã gỡ");
		mvc.perform(f.action(gone, "withdraw", "lanhdao").param("reason", "Gỡ thử"));
		assertThat(f.statusOf(gone)).isEqualTo("WITHDRAWN");
		// Nobody is signed in here: the facade needs no scope.
		assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()).isNull();
		var found = published.search(VietnameseText.fold(word), null, PageRequest.of(0, 20));
		assertThat(ids(found.getContent())).containsExactly(live);
		assertThat(published.search(word, "mo-hinh-hay", PageRequest.of(0, 20)).getTotalElements()).isEqualTo(1);
		assertThat(published.search(word, "tin-tuc-su-kien", PageRequest.of(0, 20)).getTotalElements()).isZero();
		for (long id : new long[] { draft, review, gone }) {
			assertThat(published.bySlug(f.slug(id))).isEmpty();
			assertThat(ids(published.newest(100))).doesNotContain(id);
		}
		assertThat(published.bySlug(f.slug(live))).isPresent();
		assertThat(ids(published.newest(100))).contains(live);
		assertThat(published.bySlug("khong-co-tin-nay")).isEmpty();
		assertThat(published.bySlug(null)).isEmpty();
		// Wildcards typed by users match themselves only.
		assertThat(published.search("%", null, PageRequest.of(0, 5)).getTotalElements()).isZero();
	}

	@Test
	void relatedArticlesShareModelsFirstThenCommunesThenTheCategory() throws Exception {
		long model = f.model(ArticleFixtures.DAK_RUONG);
		String word = ArticleFixtures.unique("Liên quan");
		long a = f.draft("huyen", word + " một", String.valueOf(model));
		long b = f.draft("huyen", word + " hai", String.valueOf(model));
		for (long id : new long[] { a, b }) {
			mvc.perform(f.action(id, "submit", "huyen"));
			mvc.perform(f.action(id, "publish", "lanhdao"));
		}
		List<Long> related = ids(published.related(a, 3));
		assertThat(related).startsWith(b).doesNotContain(a).hasSizeLessThanOrEqualTo(3);
		assertThat(ids(published.aboutInitiative(model, 100))).contains(a, b);
		assertThat(published.related(f.draft("huyen", word + " nháp"), 3)).isEmpty();
		assertThat(published.categoryCodes()).containsExactly("tin-tuc-su-kien", "mo-hinh-hay", "guong-dien-hinh", "chi-dao-dieu-hanh");
		assertThat(published.related(a, 3, Instant.EPOCH)).isEmpty();
	}

	@Test
	void theSourceArticleIsPublishedFeaturedAndLinkedToTheModelsItNames() {
		String slug = "chi-bo-mat-tran-huyen-kon-ray-trien-khai-co-hieu-qua-viec-xay-dung-cac-mo-hinh-hoc-tap-lam-theo-bac";
		PublishedArticles.ArticleView view = published.bySlug(slug).orElseThrow();
		assertThat(view.summary().title()).isEqualTo(
				"Chi bộ Mặt trận huyện Kon Rẫy triển khai có hiệu quả việc xây dựng các mô hình học tập, làm theo Bác");
		assertThat(view.summary().categoryCode()).isEqualTo("mo-hinh-hay");
		assertThat(view.summary().featured()).isTrue();
		assertThat(view.bodyHtml()).startsWith("<p>Sau 04 năm thực hiện Kế hoạch số 43-KH/HU")
			.contains("<p>Một là, tiếp tục chỉ đạo").endsWith("vươn lên thoát nghèo bền vững trong thời gian tới./.</p>")
			.doesNotContain("Tin liên quan", "A- A A+");
		assertThat(view.author()).isEqualTo("Chi bộ Mặt trận huyện Kon Rẫy");
		List<String> names = jdbc.sql("select name from initiative where id in (select initiative_id from article_model am "
				+ "join article a on a.id = am.article_id where a.slug = ?)").param(slug).query(String.class).list();
		assertThat(names).contains("Khu dân cư an toàn về an ninh trật tự", "Khu dân cư đảm bảo an toàn giao thông",
				"Vệ sinh môi trường và cải tạo vườn tạp", "Nuôi gà", "Xanh, sạch, đẹp");
		assertThat(view.initiativeIds()).hasSizeGreaterThanOrEqualTo(18);
		// Its six communes: Tân Lập, Đăk Ruồng, Đăk Tờ Re, Đăk Pne, Đăk Kôi, Đăk Rve.
		assertThat(view.localityCodes()).hasSize(6).contains(ArticleFixtures.TAN_LAP, ArticleFixtures.DAK_RUONG);
		assertThat(ids(published.featured(100))).contains(view.summary().id());
		assertThat(jdbc.sql("select publisher_name from article where slug = ?").param(slug).query(String.class).single())
			.isEqualTo("Lãnh đạo huyện Kon Rẫy");
		// The workflow shows: one demo article in review, one draft, neither public.
		assertThat(jdbc.sql("select status from article where slug in ('thon-2-xa-tan-lap-giu-khu-dan-cu-khong-co-ma-tuy', "
				+ "'mo-hinh-nuoi-ga-tai-thon-5-thi-tran-dak-rve') order by slug").query(String.class).list())
			.containsExactly("DRAFT", "IN_REVIEW");
		assertThat(published.bySlug("thon-2-xa-tan-lap-giu-khu-dan-cu-khong-co-ma-tuy")).isEmpty();
	}

}
