package vn.mohinh.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mohinh.shared.rules.RuleException;

/** The aggregate alone: its content rules and its workflow's transitions, each refused with its message. */
class ArticleRulesTests {

	static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");

	static Article.Content content(String slug, String coverAlt) {
		return new Article.Content(slug, "Tiêu đề", "Tóm tắt", "Nội dung", "Tác giả", "mo-hinh-hay",
				List.of(" Mô hình ", "mo hinh", "MÔ HÌNH", "khu dân cư", ""), List.of(3L, 3L), List.of("23488"), List.of(), coverAlt);
	}

	static Article draft() {
		return Article.write(content("tieu-de", null), "/1/2/", "huyen", false, T0);
	}

	private static String key(Runnable r) {
		try {
			r.run();
		}
		catch (RuleException ex) {
			return ex.messageKey();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void contentIsCleanedTagsDeduplicatedIgnoringAccentsAndLinksOnce() {
		Article a = draft();
		assertThat(a.tags()).containsExactly("Mô hình", "khu dân cư");
		assertThat(a.modelIds()).containsExactly(3L);
		assertThat(a.body()).isEqualTo("<p>Nội dung</p>");
		assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void everyMissingFieldIsNamed() {
		Article.Content empty = new Article.Content("", " ", null, "<script>x</script>", "", null, null, null, null, null, null);
		assertThatThrownBy(() -> Article.check(empty, true)).isInstanceOfSatisfying(ArticleRuleException.class,
				ex -> assertThat(ex.violations()).extracting(RuleException.Violation::field)
					.containsExactlyInAnyOrder("slug", "title", "summary", "author", "body", "categoryCode", "coverAlt"));
		assertThat(key(() -> Article.check(content("Có-Dấu", null), false))).isEqualTo("article.error.slug.format");
		assertThat(key(() -> Article.check(content("a--b", null), false))).isEqualTo("article.error.slug.format");
		assertThat(key(() -> Article.check(content("ok", null), true))).isEqualTo("article.error.coverAlt.required");
	}

	@Test
	void slugsAreMadeFromTitlesWithoutAccents() {
		assertThat(ArticleService.slugOf("Đăk Ruồng: “Khu dân cư văn hóa kiểu mẫu” – thôn 10!"))
			.isEqualTo("dak-ruong-khu-dan-cu-van-hoa-kieu-mau-thon-10");
		assertThat(ArticleService.slugOf("<script>alert(1)</script>Tin")).isEqualTo("alert-1-tin");
		assertThat(Article.SLUG.matcher(ArticleService.slugOf("a".repeat(300) + " b")).matches()).isTrue();
	}

	@Test
	void theWorkflowGoesDraftReviewPublishedWithdrawn() {
		Article a = draft();
		assertThat(key(() -> a.publish("lanhdao", "Lãnh đạo", null, false, T0))).isEqualTo("article.error.publish.notInReview");
		assertThat(key(() -> a.returnToDraft("lý do", T0))).isEqualTo("article.error.return.notInReview");
		assertThat(key(() -> a.withdraw("lý do", T0))).isEqualTo("article.error.withdraw.notPublished");
		assertThat(key(() -> a.feature(true, T0))).isEqualTo("article.error.feature.notPublished");
		a.submit("huyen", T0);
		assertThat(key(() -> a.submit("huyen", T0))).isEqualTo("article.error.submit.notDraft");
		assertThat(key(() -> a.revise(content("tieu-de", null), false, T0))).isEqualTo("article.error.notEditable");
		assertThat(key(() -> a.publish("huyen", "Cán bộ", null, false, T0))).isEqualTo("article.error.publish.own");
		assertThat(key(() -> a.returnToDraft(" <b> </b> ", T0))).isEqualTo("article.error.reason.required");
		assertThat(key(() -> a.publish("lanhdao", "Lãnh đạo", T0.minusSeconds(3600), false, T0)))
			.isEqualTo("article.error.publishAt.past");
		a.publish("lanhdao", "Lãnh đạo", T0.plusSeconds(3600), true, T0);
		assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(a.publicAt(T0)).isFalse();
		assertThat(a.publicAt(T0.plusSeconds(3600))).isTrue();
		assertThat(a.featured()).isTrue();
		assertThat(key(() -> a.revise(content("tieu-de", null), false, T0))).isEqualTo("article.error.notEditable");
		assertThat(key(() -> a.withdraw("", T0))).isEqualTo("article.error.reason.required");
		a.withdraw("Đính chính", T0);
		assertThat(a.status()).isEqualTo(ArticleStatus.WITHDRAWN);
		assertThat(a.featured()).isFalse();
		assertThat(a.publicAt(T0.plusSeconds(7200))).isFalse();
		a.revise(content("tieu-de-moi", null), false, T0);
		assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(a.publishedAt()).isNull();
	}

	@Test
	void aReturnedArticleCarriesItsReasonUntilSubmittedAgain() {
		Article a = draft();
		a.submit("huyen", T0);
		a.returnToDraft("Thiếu nguồn", T0);
		assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(a.returnedReason()).isEqualTo("Thiếu nguồn");
		a.submit("huyen", T0);
		assertThat(a.returnedReason()).isNull();
		a.publish("lanhdao", "Lãnh đạo", null, false, T0);
		assertThat(a.publishedAt()).isEqualTo(T0);
	}

}
