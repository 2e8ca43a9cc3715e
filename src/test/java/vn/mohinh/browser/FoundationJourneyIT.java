package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A district officer's first visit: log in, browse the tree, search without accents, adjust the page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FoundationJourneyIT {

	@LocalServerPort
	int port;

	@Test
	void districtOfficerBrowsesSearchesAndAdjustsThePage() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("huyen", "mohinh-demo");
			browser.checkAccessibility();

			browser.click(By.linkText("Địa bàn"));
			browser.click(By.linkText("Huyện Kon Rẫy"));
			browser.find(By.linkText("Xã Tân Lập"));
			browser.checkAccessibility();
			browser.click(By.linkText("Xã Tân Lập"));
			browser.waitFor(By.id("successors-heading"), "sáp nhập");
			assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Xã Kon Braih", "01/07/2025");
			browser.checkAccessibility();

			browser.go("/localities");
			browser.find(By.id("q")).sendKeys("dak ruong");
			browser.waitFor(By.id("results"), "Xã Đắk Ruồng");
			browser.checkAccessibility();

			browser.click(By.linkText("Cơ quan, tổ chức"));
			browser.checkAccessibility();
			browser.find(By.id("q")).sendKeys("chi bo mat tran");
			browser.waitFor(By.id("results"), "Chi bộ Mặt trận huyện Kon Rẫy");
			browser.click(By.linkText("Chi bộ Mặt trận huyện Kon Rẫy"));
			browser.waitFor(By.tagName("main"), "5 đảng viên (trong đó 4 nữ, 1 dân tộc thiểu số)");
			browser.checkAccessibility();

			browser.click(By.linkText("Cán bộ, đảng viên"));
			browser.find(By.tagName("table"));
			browser.checkAccessibility();
			browser.click(By.linkText("Văn bản chỉ đạo"));
			browser.waitFor(By.tagName("main"), "05-CT/TW");
			browser.checkAccessibility();
			browser.find(By.id("q")).sendKeys("43-KH/HU");
			browser.waitUntil(d -> d.findElements(By.cssSelector("#document-results tbody tr")).size() == 1);
			browser.click(By.cssSelector("#document-results tbody tr a"));
			browser.waitFor(By.tagName("main"), "Ban Chấp hành Đảng bộ huyện Kon Rẫy");
			browser.checkAccessibility();
			browser.go("/profile");
			browser.checkAccessibility();
			browser.go("/admin/users");
			browser.waitFor(By.tagName("h1"), "Không thực hiện được");
			browser.checkAccessibility();

			browser.click(By.cssSelector(".toolbar [data-text-size='1']"));
			assertThat(browser.script("return document.documentElement.getAttribute('data-text-size')")).isEqualTo("1");
			browser.click(By.cssSelector(".toolbar [data-contrast='high']"));
			browser.go("/localities");
			assertThat(browser.script("return document.documentElement.className")).asString().contains("high-contrast");
			assertThat(browser.script("return getComputedStyle(document.documentElement).fontSize")).isEqualTo("18px");
			browser.checkAccessibility();
			browser.click(By.cssSelector(".toolbar [data-contrast='normal']"));
			browser.click(By.cssSelector(".toolbar [data-text-size='0']"));
			assertThat(browser.script("return document.documentElement.className")).asString().doesNotContain("high-contrast");
		}
	}

	@Test
	void administratorPagesAreAccessible() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("admin", "mohinh-demo");
			for (String page : new String[] { "/admin/users", "/admin/users/new", "/admin/audit", "/localities/villages/import",
					"/organisations/new", "/people/new", "/documents/new", "/no-such-page" }) {
				browser.go(page);
				browser.find(By.tagName("h1"));
				browser.checkAccessibility();
			}
			browser.go("/localities?lang=en");
			browser.waitFor(By.tagName("h1"), "Localities");
			browser.checkAccessibility();
			browser.go("/localities?lang=vi");
			browser.waitFor(By.tagName("h1"), "Địa bàn");
		}
	}

}
