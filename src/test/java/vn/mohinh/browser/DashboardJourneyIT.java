package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard: the district editor opens it, sees the charts drawn and the data tables beside them,
 * changes the period (htmx refreshes the figures and the charts), makes a mistake in a date, and
 * switches to high contrast; the commune editor sees their commune only and follows the overdue card
 * to the overdue list; axe-core on every state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardJourneyIT {

	static final String[] CHARTS = { "chart-type", "chart-status", "chart-level", "chart-commune", "chart-trend" };

	@LocalServerPort
	int port;

	/** Every chart is drawn by Chart.js into a visible canvas of some size. */
	static void chartsDrawn(Browser browser) {
		browser.waitUntil(d -> {
			for (String id : CHARTS) {
				Object drawn = browser.script("var c = document.getElementById('" + id + "');"
						+ "return !!(c && window.Chart && window.Chart.getChart(c) && c.offsetWidth > 0 && c.offsetHeight > 0);");
				if (!Boolean.TRUE.equals(drawn)) {
					return false;
				}
			}
			return true;
		});
	}

	/** axe-core reads the loading indicator's contrast while it fades: wait until htmx is done with it. */
	static void settled(Browser browser) {
		browser.waitUntil(d -> "0".equals(browser.script(
				"return getComputedStyle(document.getElementById('dashboard-loading')).opacity")));
	}

	@Test
	void theDistrictReadsItsDashboardChangesThePeriodAndSwitchesContrast() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("huyen", "mohinh-demo");
			browser.click(By.linkText("Tổng quan"));
			browser.waitFor(By.id("dashboard-heading"), "Huyện Kon Rẫy");
			chartsDrawn(browser);
			WebElement types = browser.find(By.id("table-type"));
			assertThat(types.findElement(By.tagName("caption")).getText()).contains("theo loại mô hình");
			assertThat(browser.find(By.id("table-commune")).getText()).contains("Xã Tân Lập");
			assertThat(browser.find(By.id("chart-status")).getAttribute("role")).isEqualTo("img");
			assertThat(browser.find(By.id("chart-status")).getAttribute("aria-label")).startsWith("Biểu đồ hình vành khuyên");
			// The chart shows what its table says: the labels are the rows of the table.
			Object labels = browser.script("return window.Chart.getChart(document.getElementById('chart-type')).data.labels.length");
			assertThat(((Number) labels).intValue()).isEqualTo(types.findElements(By.cssSelector("tbody tr")).size());
			browser.checkAccessibility();

			// The period of the article's table: from 2019 to 2021.
			WebElement from = browser.find(By.id("from"));
			from.clear();
			from.sendKeys("01/01/2019");
			WebElement to = browser.find(By.id("to"));
			to.clear();
			to.sendKeys("31/12/2021");
			browser.click(By.xpath("//button[normalize-space()='Xem số liệu']"));
			browser.waitFor(By.id("dashboard"), "Từ ngày 01/01/2019 đến ngày 31/12/2021");
			browser.waitFor(By.id("level-heading"), "năm 2021");
			chartsDrawn(browser);
			assertThat(browser.driver.getCurrentUrl()).contains("from=01%2F01%2F2019");
			browser.waitUntil(d -> "dashboard-heading".equals(browser.script("return document.activeElement.id")));
			Object years = browser.script("return window.Chart.getChart(document.getElementById('chart-trend')).data.labels.join(',')");
			assertThat(years).isEqualTo("2019,2020,2021");
			settled(browser);
			browser.checkAccessibility();

			// A day that does not exist: said by the field, which gets the focus.
			from = browser.find(By.id("from"));
			from.clear();
			from.sendKeys("31/02/2019");
			browser.click(By.xpath("//button[normalize-space()='Xem số liệu']"));
			browser.waitFor(By.id("from-error"), "Ngày không hợp lệ");
			browser.waitUntil(d -> "from".equals(browser.script("return document.activeElement.id")));
			settled(browser);
			browser.checkAccessibility();

			// High contrast: the charts are drawn again in light colours on black.
			browser.go("/dashboard?from=01/01/2019&to=31/12/2021");
			chartsDrawn(browser);
			browser.click(By.xpath("//button[normalize-space()='Tăng tương phản']"));
			browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
					"return document.documentElement.classList.contains('high-contrast')")));
			browser.waitUntil(d -> "#ffeb3b".equals(browser.script(
					"var c = window.Chart.getChart(document.getElementById('chart-type'));"
							+ "return c && c.data.datasets[0].backgroundColor;")));
			chartsDrawn(browser);
			browser.checkAccessibility();
			browser.click(By.xpath("//button[normalize-space()='Giảm tương phản']"));
		}
	}

	@Test
	void aCommuneEditorSeesOnlyTheirCommune() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("dakruong", "mohinh-demo");
			browser.go("/dashboard");
			browser.waitFor(By.id("dashboard-heading"), "Xã Đắk Ruồng");
			chartsDrawn(browser);
			assertThat(browser.find(By.id("table-commune")).getText()).contains("Đắk Ruồng").doesNotContain("Tân Lập");
			assertThat(browser.find(By.id("card-overdue")).getText()).contains("Mô hình quá hạn kiểm tra");
			browser.checkAccessibility();
			// The overdue card leads to the list of the models overdue on that day.
			browser.click(By.linkText("Xem danh sách quá hạn"));
			browser.waitUntil(d -> d.getCurrentUrl().contains("/inspections/overdue"));
			browser.find(By.tagName("h1"));
			browser.checkAccessibility();
			browser.go("/dashboard?locality=23497");
			assertThat(browser.driver.getTitle()).doesNotContain("Tổng quan");
		}
	}

}
