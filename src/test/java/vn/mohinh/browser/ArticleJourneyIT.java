package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Articles in a browser: the district's editor writes an article linked to a model, is told what is
 * missing, saves it and submits it; the district's leader publishes it. axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArticleJourneyIT {

	@LocalServerPort
	int port;

	@Test
	void anEditorWritesAnArticleAboutAModelAndTheLeaderPublishesIt() throws Exception {
		String title = "Khu dân cư văn hóa kiểu mẫu thôn 10 " + UUID.randomUUID().toString().substring(0, 6);
		String articleUrl;
		try (Browser browser = Browser.open(port)) {
			browser.login("huyen", "mohinh-demo");
			browser.go("/articles");
			browser.waitFor(By.tagName("h1"), "Tin bài");
			browser.checkAccessibility();
			browser.click(By.linkText("Viết tin bài"));
			browser.waitFor(By.tagName("h1"), "Viết tin bài");
			browser.checkAccessibility();

			// Saved without a category: refused by its field, what was typed kept.
			browser.find(By.id("title")).sendKeys(title);
			browser.find(By.id("summary")).sendKeys("Bà con thôn 10 xã Đắk Ruồng giữ nếp sống văn hóa.");
			browser.find(By.id("body")).sendKeys("Đoạn mở đầu.\n\nĐoạn thứ hai với <b>chữ đậm</b>.");
			browser.find(By.id("author")).sendKeys("Cán bộ Mặt trận huyện");
			browser.click(By.xpath("//label[contains(normalize-space(), 'Khu dân cư văn hóa kiểu mẫu – Thôn 10, Xã Đắk Ruồng')]"));
			browser.click(By.xpath("//main//form//button[normalize-space()='Lưu' and not(@tabindex)]"));
			browser.waitFor(By.id("categoryCode-error"), "Xin chọn chuyên mục.");
			assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo(title);
			browser.checkAccessibility();

			// The preview shows the body as the public will see it.
			new Select(browser.find(By.id("categoryCode"))).selectByValue("mo-hinh-hay");
			browser.click(By.xpath("//button[normalize-space()='Xem trước']"));
			browser.waitFor(By.id("preview-heading"), "Xem trước như công chúng thấy");
			assertThat(browser.find(By.cssSelector("section .article-body strong")).getText()).isEqualTo("chữ đậm");
			browser.checkAccessibility();
			browser.click(By.xpath("//main//form//button[normalize-space()='Lưu' and not(@tabindex)]"));
			browser.waitFor(By.id("article-status"), "Bản nháp");
			assertThat(browser.find(By.tagName("main")).getText()).contains("Khu dân cư văn hóa kiểu mẫu – Thôn 10, Xã Đắk Ruồng");
			browser.checkAccessibility();
			articleUrl = browser.driver.getCurrentUrl();

			browser.click(By.xpath("//button[normalize-space()='Gửi duyệt']"));
			browser.waitFor(By.id("article-status"), "Chờ duyệt");
			assertThat(browser.driver.findElements(By.xpath("//button[normalize-space()='Duyệt đăng']"))).isEmpty();
			browser.checkAccessibility();
		}
		try (Browser browser = Browser.open(port)) {
			browser.login("lanhdao", "mohinh-demo");
			browser.go("/articles?status=IN_REVIEW");
			browser.waitFor(By.tagName("main"), title);
			browser.checkAccessibility();
			browser.click(By.linkText(title));
			browser.waitFor(By.id("article-status"), "Chờ duyệt");
			assertThat(browser.driver.getCurrentUrl()).isEqualTo(articleUrl);
			browser.checkAccessibility();
			browser.click(By.id("publish-featured"));
			browser.click(By.xpath("//button[normalize-space()='Duyệt đăng']"));
			browser.waitFor(By.id("article-status"), "Đã đăng");
			assertThat(browser.find(By.id("article-status")).getText()).contains("Tin nổi bật");
			assertThat(browser.find(By.tagName("main")).getText()).contains("Lãnh đạo huyện Kon Rẫy");
			browser.checkAccessibility();
		}
	}

	/** The demo's source article: published and featured, with its paragraphs in the preview. */
	@Test
	void theSourceArticleIsShownToTheDistrict() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("huyen", "mohinh-demo");
			browser.go("/articles?status=PUBLISHED&q=mat+tran+kon+ray");
			browser.click(By.partialLinkText("Chi bộ Mặt trận huyện Kon Rẫy triển khai có hiệu quả"));
			browser.waitFor(By.id("article-status"), "Đã đăng");
			assertThat(browser.find(By.cssSelector(".article-body")).getText()).contains("Một là, tiếp tục chỉ đạo");
			browser.checkAccessibility();
		}
	}

}
