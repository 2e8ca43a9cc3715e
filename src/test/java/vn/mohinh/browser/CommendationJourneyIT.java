package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Commendation in a browser: the district's editor opens an evaluation rated Tốt, nominates the
 * model, records the decision (number, date, body, form of reward) and finds it among the model's
 * commendations; then the list, the gaps, the form and the exemplars. axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommendationJourneyIT {

	@LocalServerPort
	int port;

	/** Clicks after an instant scroll, so that a smooth scroll does not move the target away. */
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
	void theDistrictNominatesAGoodModelAndRecordsItsCommendation() throws Exception {
		String number = "QĐ-" + UUID.randomUUID().toString().substring(0, 6);
		try (Browser browser = Browser.open(port)) {
			browser.login("huyen", "mohinh-demo");

			// An evaluation rated Tốt.
			browser.go("/evaluations?rating=TOT&year=2021");
			browser.waitFor(By.tagName("h1"), "Đánh giá mô hình");
			press(browser, By.cssSelector("main table tbody tr th a"));
			browser.waitFor(By.id("rating"), "Tốt");
			String modelHref = browser.find(By.cssSelector("main p.lead a")).getAttribute("href");
			browser.checkAccessibility();

			// The nomination, prefilled from the evaluation.
			press(browser, By.id("nominate"));
			browser.waitFor(By.tagName("h1"), "Đề nghị khen thưởng");
			assertThat(browser.find(By.id("year")).getAttribute("value")).isEqualTo("2021");
			assertThat(browser.find(By.id("reason")).getAttribute("value")).isNotBlank();
			browser.checkAccessibility();
			press(browser, By.xpath("//button[normalize-space()='Gửi đề nghị']"));
			browser.waitFor(By.id("status"), "Đang đề nghị");
			browser.checkAccessibility();

			// The decision: a number left out first is refused by its field, the rest kept.
			new Select(browser.find(By.id("category"))).selectByValue("FORM");
			new Select(browser.find(By.id("award"))).selectByValue("GIAY_KHEN");
			browser.select(By.id("bodyOrganisationId"), "Ủy ban MTTQ Việt Nam huyện Kon Rẫy");
			new Select(browser.find(By.id("bodyLevel"))).selectByValue("DISTRICT");
			browser.find(By.id("recognisedOn")).sendKeys("15/01/2022");
			press(browser, By.xpath("//button[normalize-space()='Ghi quyết định khen thưởng']"));
			browser.waitFor(By.id("decisionNumber-error"), "Khen thưởng cần có số quyết định.");
			assertThat(browser.find(By.id("recognisedOn")).getAttribute("value")).isEqualTo("15/01/2022");
			browser.checkAccessibility();
			browser.find(By.id("decisionNumber")).sendKeys(number);
			press(browser, By.xpath("//button[normalize-space()='Ghi quyết định khen thưởng']"));
			browser.waitFor(By.id("number"), number);
			assertThat(browser.find(By.id("award")).getText()).isEqualTo("Giấy khen");
			assertThat(browser.find(By.id("date")).getText()).isEqualTo("15/01/2022");
			assertThat(browser.find(By.id("body")).getText()).contains("Ủy ban MTTQ Việt Nam huyện Kon Rẫy");
			browser.checkAccessibility();

			// The model's commendations list it.
			browser.driver.get(modelHref);
			press(browser, By.linkText("Khen thưởng, biểu dương"));
			browser.waitFor(By.tagName("main"), number);
			browser.checkAccessibility();
		}
	}

	/** axe-core on the pages the journey does not visit, and the search of recipients with htmx. */
	@Test
	void theOtherPagesAreAccessible() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("huyen", "mohinh-demo");
			browser.go("/commendations");
			browser.waitFor(By.tagName("main"), "Ngày hội Đại đoàn kết toàn dân tộc 18/11/2020");
			browser.checkAccessibility();
			press(browser, By.cssSelector("main table tbody tr td a"));
			browser.waitFor(By.tagName("h1"), "");
			browser.checkAccessibility();
			browser.go("/commendations/gaps?year=2020");
			browser.waitFor(By.id("window"), "01/01/2020");
			browser.checkAccessibility();
			browser.go("/commendations/nominations");
			browser.waitFor(By.tagName("h1"), "Đề nghị khen thưởng");
			browser.checkAccessibility();
			browser.go("/commendations/exemplars");
			browser.waitFor(By.tagName("main"), "Điển hình tự quản phòng, chống ma túy");
			browser.checkAccessibility();
			press(browser, By.cssSelector("main table tbody tr th a"));
			browser.waitFor(By.tagName("main"), "Câu chuyện");
			browser.checkAccessibility();
			browser.go("/commendations/exemplars/new");
			browser.waitFor(By.tagName("h1"), "Thêm tấm gương điển hình");
			browser.checkAccessibility();

			// The form: htmx offers recipients while typing.
			browser.go("/commendations/new");
			browser.waitFor(By.tagName("h1"), "Ghi khen thưởng, biểu dương");
			browser.find(By.id("recipientQuery")).sendKeys("phong chong ma tuy");
			browser.waitUntil(d -> !d.findElements(By.cssSelector("#found input[type=checkbox]")).isEmpty());
			browser.checkAccessibility();
		}
	}

}
