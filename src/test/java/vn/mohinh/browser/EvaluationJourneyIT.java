package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Evaluations in a browser: the commune's editor evaluates a model of xã Đăk Ruồng for 2024 (a
 * missing score refused by its field first), a member comments, the editor decides to replicate it
 * into two villages and finds the two new models and the lineage on the model's page; and the
 * criteria pages and lists of the other roles. axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvaluationJourneyIT {

	@LocalServerPort
	int port;

	private static long idIn(String url) {
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		path = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	/**
	 * Clicks a button low on a long page. Bootstrap scrolls smoothly, so a click right after a smooth
	 * scroll may land where the button was; scrolling instantly first lands it where it is.
	 */
	private static void press(Browser browser, By by) {
		browser.waitUntil(d -> {
			WebElement button = d.findElement(by);
			((org.openqa.selenium.JavascriptExecutor) d)
				.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
			button.click();
			return true;
		});
	}

	@Test
	void anEditorEvaluatesAModelDecidesToReplicateItIntoTwoVillagesAndSeesTheLineage() throws Exception {
		String name = "Khu dân cư nói không với ma túy " + UUID.randomUUID().toString().substring(0, 6);
		try (Browser browser = Browser.open(port)) {
			browser.login("dakruong", "mohinh-demo");

			// A model of the commune to evaluate, in thôn 10.
			browser.go("/initiatives/new");
			browser.find(By.id("name")).sendKeys(name);
			browser.select(By.id("typeId"), "Khu dân cư phòng, chống ma túy");
			press(browser, By.xpath("//label[normalize-space()='Thôn 10']"));
			browser.find(By.id("startDate")).sendKeys("01/03/2024");
			// Said in case an earlier run on the same database left a model of this type in thôn 10.
			browser.find(By.id("overlapReason")).sendKeys("Tổ tự quản mới của thôn 10");
			browser.find(By.id("name")).submit();
			browser.waitFor(By.id("villages"), "Thôn 10");
			long origin = idIn(browser.driver.getCurrentUrl());

			press(browser, By.linkText("Đánh giá"));
			browser.waitFor(By.tagName("h1"), "Đánh giá mô hình");
			browser.checkAccessibility();
			press(browser, By.linkText("Đánh giá một mô hình"));
			browser.waitFor(By.tagName("h1"), "Chọn mô hình để đánh giá");
			browser.checkAccessibility();
			browser.go("/evaluations/new?initiative=" + origin);
			browser.waitFor(By.tagName("main"), "Không phát sinh người nghiện mới");
			WebElement year = browser.find(By.id("year"));
			year.clear();
			year.sendKeys("2024");
			press(browser, By.xpath("//button[normalize-space()='Lấy tiêu chí của năm này']"));
			browser.waitUntil(d -> "2024".equals(d.findElement(By.id("year")).getAttribute("value")));
			browser.checkAccessibility();
			browser.find(By.id("scores0.score")).sendKeys("27");
			browser.find(By.id("scores1.score")).sendKeys("22");
			browser.find(By.id("scores2.score")).sendKeys("23");
			browser.select(By.id("rating"), "Tốt");
			press(browser, By.id("effective-yes"));
			browser.find(By.id("conclusion")).sendKeys("Không phát sinh người nghiện mới; tổ tự quản họp hằng tháng.");
			// The fourth criterion left empty: refused by its field, everything typed kept.
			press(browser, By.xpath("//main//form//button[normalize-space()='Lưu' and not(contains(@class,'visually-hidden'))]"));
			browser.waitFor(By.id("scores3.score-error"), "Xin chấm điểm tiêu chí này.");
			assertThat(browser.find(By.id("scores0.score")).getAttribute("value")).isEqualTo("27");
			browser.checkAccessibility();
			browser.find(By.id("scores3.score")).sendKeys("18");
			press(browser, By.xpath("//main//form//button[normalize-space()='Lưu' and not(contains(@class,'visually-hidden'))]"));
			browser.waitFor(By.id("total"), "90/100");
			long evaluation = idIn(browser.driver.getCurrentUrl());
			browser.checkAccessibility();

			// A member's comment.
			browser.find(By.id("body")).sendKeys("Đề nghị nhân rộng sang thôn 11 và thôn 13.");
			press(browser, By.xpath("//button[normalize-space()='Gửi ý kiến']"));
			browser.waitFor(By.id("comments"), "Đề nghị nhân rộng sang thôn 11 và thôn 13.");

			// The decision: replicate into thôn 11 and thôn 13, in January 2025.
			press(browser, By.id("kind-REPLICATE"));
			WebElement on = browser.find(By.id("decidedOn"));
			on.clear();
			on.sendKeys("20/01/2025");
			press(browser, By.xpath("//label[normalize-space()='Thôn 11']"));
			press(browser, By.xpath("//label[normalize-space()='Thôn 13']"));
			browser.find(By.id("reason")).sendKeys("Theo kết luận đánh giá năm 2024 và ý kiến của các đảng viên.");
			browser.checkAccessibility();
			press(browser, By.xpath("//button[normalize-space()='Ghi quyết định']"));
			browser.waitFor(By.tagName("main"), "Đã ghi quyết định nhân rộng");
			List<WebElement> created = browser.driver.findElements(By.cssSelector("#outcomes a"));
			assertThat(created).hasSize(2);
			assertThat(browser.find(By.id("outcomes")).getText()).contains("Thôn 11", "Thôn 13");
			List<Long> ids = created.stream().map(a -> idIn(a.getAttribute("href"))).toList();
			assertThat(browser.driver.getCurrentUrl()).contains("/evaluations/" + evaluation);
			browser.checkAccessibility();

			// A new model: a draft in its village, descended from the origin.
			press(browser, By.cssSelector("#outcomes a"));
			browser.waitFor(By.id("villages"), "Thôn 11");
			assertThat(browser.find(By.id("lineage-heading")).isDisplayed()).isTrue();
			assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(name, "Nhân rộng");
			browser.checkAccessibility();
			// The origin's page lists both.
			browser.go("/initiatives/" + origin);
			browser.waitFor(By.tagName("main"), "Đã nhân rộng");
			for (long id : ids) {
				assertThat(browser.driver.findElements(By.cssSelector("main a[href='/initiatives/" + id + "']"))).isNotEmpty();
			}
			browser.checkAccessibility();
		}
	}

	/** axe-core on the pages the journey does not visit: the criteria pages, a form with errors, the list for a viewer. */
	@Test
	void criteriaPagesAndTheViewersPagesAreAccessible() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("admin", "mohinh-demo");
			browser.go("/admin/criteria");
			browser.select(By.id("type"), "Khu dân cư phòng, chống ma túy");
			press(browser, By.xpath("//button[normalize-space()='Xem']"));
			browser.waitFor(By.tagName("main"), "Toàn quốc");
			browser.checkAccessibility();
			press(browser, By.linkText("Toàn quốc"));
			browser.waitFor(By.tagName("main"), "Không phát sinh người nghiện mới");
			browser.checkAccessibility();
			press(browser, By.linkText("Tạo phiên bản mới"));
			browser.find(By.id("validFrom")).sendKeys("01/01/2000");
			press(browser, By.xpath("//button[normalize-space()='Thêm dòng']"));
			browser.waitUntil(d -> !d.findElements(By.id("rows4.code")).isEmpty());
			browser.find(By.id("rows4.name")).sendKeys("Tiêu chí thêm, chưa có mã");
			press(browser, By.xpath("//main//form//button[normalize-space()='Lưu' and not(contains(@class,'visually-hidden'))]"));
			browser.waitFor(By.id("form-errors"), "Xin kiểm tra lại");
			assertThat(browser.find(By.id("rows4.code-error")).getText()).contains("Xin nhập mã tiêu chí.");
			assertThat(browser.find(By.id("validFrom-error")).getText()).contains("Ngày hiệu lực phải sau");
			browser.checkAccessibility();
			press(browser, By.cssSelector("nav.main-nav form button"));

			browser.login("lanhdao", "mohinh-demo");
			browser.go("/evaluations?year=2020&effective=false");
			browser.waitFor(By.tagName("main"), "Chưa hiệu quả");
			browser.checkAccessibility();
			press(browser, By.cssSelector("#evaluation-results tbody a"));
			browser.waitFor(By.id("decision-heading"), "Quyết định");
			assertThat(browser.driver.findElements(By.id("decision-form"))).isEmpty();
			browser.checkAccessibility();
		}
	}

}
