package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Regular inspections: a commune editor reads the overdue and due-soon lists and the calendar of
 * due dates and opens a day; the administrator changes the policy; axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegularityJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditorFindsWhatIsOverdueAndTheAdministratorSetsThePolicy() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("dakruong", "mohinh-demo");
			// The demo models of Đắk Ruồng started in 2019; on 01/06/2021 some are overdue.
			browser.go("/inspections/overdue?on=01/06/2021");
			browser.waitFor(By.tagName("h1"), "Mô hình quá hạn kiểm tra");
			browser.checkAccessibility();
			browser.click(By.linkText("Sắp đến hạn"));
			browser.waitFor(By.tagName("h1"), "Mô hình sắp đến hạn kiểm tra");
			browser.checkAccessibility();
			browser.click(By.linkText("Lịch kiểm tra"));
			browser.waitFor(By.tagName("caption"), "Số mô hình đến hạn kiểm tra mỗi ngày");
			browser.checkAccessibility();
			browser.find(By.id("month")).clear();
			browser.find(By.id("month")).sendKeys("2020-11");
			browser.find(By.id("month")).submit();
			browser.waitFor(By.tagName("h1"), "Lịch kiểm tra tháng 11/2020");
			browser.checkAccessibility();
			browser.click(By.linkText("Tháng sau"));
			browser.waitFor(By.tagName("h1"), "Lịch kiểm tra tháng 12/2020");
			browser.checkAccessibility();
			browser.click(By.cssSelector("nav.main-nav form button"));

			browser.login("admin", "mohinh-demo");
			browser.go("/admin/inspection-policy");
			browser.waitFor(By.tagName("h1"), "Quy định thời hạn kiểm tra");
			browser.checkAccessibility();
			browser.find(By.id("rows0.months")).clear();
			browser.find(By.id("rows0.months")).sendKeys("0");
			browser.find(By.id("rows0.months")).submit();
			browser.waitFor(By.id("months-0-error"), "Số tháng phải từ 1 đến 60.");
			browser.checkAccessibility();
			browser.find(By.id("rows0.months")).clear();
			browser.find(By.id("rows0.months")).sendKeys("4");
			browser.find(By.id("rows0.months")).submit();
			browser.waitFor(By.tagName("main"), "Đã lưu quy định thời hạn kiểm tra.");
			browser.checkAccessibility();
			assertThat(jdbc.sql("select max_gap_months from inspection_policy where pilot_level = 'DIEM_CAP_TINH'")
				.query(Integer.class).single()).isEqualTo(4);
		}
		finally {
			jdbc.sql("update inspection_policy set max_gap_months = 3 where pilot_level = 'DIEM_CAP_TINH'").update();
		}
	}

}
