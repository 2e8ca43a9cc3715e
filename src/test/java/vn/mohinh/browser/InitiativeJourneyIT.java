package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The register of models: a commune editor creates a model in two villages and submits it, the
 * district editor registers it, and both find it in the filtered list; axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InitiativeJourneyIT {

	@LocalServerPort
	int port;

	@Test
	void theCommuneCreatesAndSubmitsTheDistrictRegistersBothFindIt() throws Exception {
		String name = "Khu dân cư tự quản " + UUID.randomUUID().toString().substring(0, 6);
		try (Browser browser = Browser.open(port)) {
			browser.login("dakruong", "mohinh-demo");
			browser.click(By.linkText("Mô hình"));
			browser.waitFor(By.tagName("main"), "Khu dân cư đảm bảo an toàn giao thông");
			browser.checkAccessibility();
			browser.click(By.linkText("Thêm mô hình"));
			browser.find(By.id("name")).sendKeys(name);
			browser.select(By.id("typeId"), "Khu dân cư phòng, chống tội phạm");
			assertThat(browser.find(By.id("communeCode")).getAttribute("value")).isEqualTo("23488");
			browser.click(By.xpath("//label[normalize-space()='Thôn 8']"));
			browser.click(By.xpath("//label[normalize-space()='Thôn 13']"));
			browser.find(By.id("leadQuery")).sendKeys("dak ruong");
			browser.waitUntil(d -> d.findElements(By.cssSelector("#leadOrganisationId option")).size() == 2);
			browser.select(By.id("leadOrganisationId"), "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng");
			browser.find(By.id("startDate")).sendKeys("01/03/2024");
			browser.checkAccessibility();
			browser.find(By.id("name")).submit();
			browser.waitFor(By.id("villages"), "Thôn 8, Thôn 13");
			browser.checkAccessibility();
			browser.click(By.xpath("//button[contains(., 'Gửi đăng ký năm 2024')]"));
			browser.waitFor(By.tagName("main"), "Đã gửi đăng ký");
			browser.checkAccessibility();
			browser.click(By.cssSelector("nav.main-nav form button"));

			browser.login("huyen", "mohinh-demo");
			browser.go("/initiatives?locality=23488");
			browser.find(By.id("q")).sendKeys("khu dan cu tu quan");
			browser.waitFor(By.id("initiative-results"), name);
			browser.checkAccessibility();
			browser.click(By.linkText(name));
			browser.find(By.id("board-2024")).sendKeys("Ban Tuyên giáo Huyện ủy Kon Rẫy");
			browser.find(By.id("registeredOn-2024")).sendKeys("15/03/2024");
			browser.find(By.id("reference-2024")).sendKeys("15/ĐK-BTG");
			browser.click(By.xpath("//button[contains(., 'Xác nhận đăng ký năm 2024')]"));
			browser.waitFor(By.tagName("main"), "Đã xác nhận đăng ký");
			assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("15/ĐK-BTG", "dakruong", "huyen");
			browser.checkAccessibility();
			browser.go("/initiatives?locality=23488&q=tu+quan");
			browser.waitFor(By.id("initiative-results"), "Đã đăng ký (2024)");
			browser.click(By.cssSelector("nav.main-nav form button"));

			browser.login("dakruong", "mohinh-demo");
			browser.go("/initiatives?q=tu+quan");
			browser.waitFor(By.id("initiative-results"), name);
			assertThat(browser.driver.findElement(By.id("initiative-results")).getText()).contains("Đã đăng ký (2024)");
			browser.checkAccessibility();
		}
	}

	/**
	 * axe-core on the pages the first journey does not visit: the type catalogue, the events (list,
	 * page, form with its errors), a model's page with its event, history and step forms, and the
	 * model form after htmx brought a commune's villages.
	 */
	@Test
	void typesEventsAndAModelPageAreAccessible() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("admin", "mohinh-demo");
			browser.go("/admin/initiative-types");
			browser.waitFor(By.tagName("main"), "Nuôi gà");
			browser.checkAccessibility();
			browser.click(By.linkText("Thêm loại mô hình"));
			browser.find(By.id("name"));
			browser.checkAccessibility();
			browser.go("/admin/initiative-types");
			browser.click(By.xpath("(//main//a[normalize-space()='Sửa'])[1]"));
			browser.find(By.id("name"));
			browser.checkAccessibility();

			browser.go("/events");
			browser.find(By.id("q")).sendKeys("dien dan to giac");
			browser.waitFor(By.id("event-results"), "Diễn đàn Nhân dân tố giác tội phạm");
			// axe-core reads the indicator's contrast while it fades: wait until htmx is done with it.
			browser.waitUntil(d -> "0".equals(browser.script(
					"return getComputedStyle(document.getElementById('event-loading')).opacity")));
			browser.checkAccessibility();
			browser.click(By.linkText("Diễn đàn Nhân dân tố giác tội phạm"));
			browser.waitFor(By.tagName("main"), "xã Tân Lập");
			browser.checkAccessibility();
			browser.click(By.linkText("Sửa"));
			browser.find(By.id("name"));
			browser.checkAccessibility();
			browser.driver.navigate().back();
			browser.click(By.linkText("Khu dân cư an toàn về an ninh trật tự"));
			browser.waitFor(By.id("events-heading"), "Sự kiện");
			browser.checkAccessibility();
			browser.click(By.cssSelector("nav.main-nav form button"));

			browser.login("huyen", "mohinh-demo");
			browser.go("/events/new");
			browser.find(By.id("name")).submit();
			browser.waitFor(By.id("form-errors"), "Xin kiểm tra lại");
			assertThat(browser.find(By.id("name-error")).getText()).contains("Xin nhập tên sự kiện.");
			browser.checkAccessibility();

			browser.go("/initiatives/new");
			browser.select(By.id("communeCode"), "Xã Tân Lập");
			browser.waitFor(By.id("villages-fieldset"), "Thôn 3");
			browser.find(By.id("personQuery")).sendKeys("pham van duc");
			browser.waitUntil(d -> d.findElements(By.cssSelector("#personInChargeId option")).size() == 2);
			browser.checkAccessibility();
		}
	}

}
