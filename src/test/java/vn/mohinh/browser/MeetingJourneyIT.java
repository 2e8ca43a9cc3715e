package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The cell secretary in a browser: she prepares a regular meeting of her cell from the template,
 * records it (in the past), decides an action item due before today (a due date before the meeting
 * refused first), and finds it among the overdue action items; then the cell's commitments and the
 * members without one. axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingJourneyIT {

	@LocalServerPort
	int port;

	private static void press(Browser browser, By by) {
		browser.waitUntil(d -> {
			WebElement button = d.findElement(by);
			((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
			button.click();
			return true;
		});
	}

	@Test
	void theCellSecretaryRecordsAMeetingWhoseActionItemShowsAsOverdue() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String body = "Kiểm tra mô hình tại thôn kết nghĩa " + suffix;
		try (Browser browser = Browser.open(port)) {
			browser.login("bithu", "mohinh-demo");

			browser.go("/meetings");
			browser.waitFor(By.tagName("h1"), "Sinh hoạt chi bộ");
			browser.checkAccessibility();
			press(browser, By.linkText("Ghi một buổi sinh hoạt"));
			browser.waitFor(By.tagName("h1"), "chọn tổ chức");
			browser.checkAccessibility();
			browser.select(By.id("organisation"), "Chi bộ Mặt trận huyện Kon Rẫy");
			browser.find(By.id("date")).sendKeys("05/03/2025");
			press(browser, By.xpath("//button[normalize-space()='Chuẩn bị buổi sinh hoạt thường kỳ theo mẫu']"));
			browser.waitFor(By.tagName("h1"), "Ghi buổi sinh hoạt");
			assertThat(browser.find(By.id("agenda")).getAttribute("value")).contains("Phương hướng, nhiệm vụ tháng tới");
			assertThat(browser.find(By.id("topic")).getAttribute("value")).contains("03/2025");
			browser.checkAccessibility();
			WebElement topic = browser.find(By.id("topic"));
			topic.sendKeys(" " + suffix);
			browser.select(By.id("chairId"), "Nguyễn Thị Hồng Nhung");
			browser.select(By.id("secretaryId"), "Lê Thị Minh Phương");
			browser.find(By.id("resolutions")).sendKeys("Kiểm tra các mô hình quá hạn kiểm tra trong tháng.");
			press(browser, By.xpath("//main//form//button[normalize-space()='Lưu']"));
			browser.waitFor(By.tagName("main"), "Đã ghi buổi sinh hoạt.");
			browser.checkAccessibility();

			// An action item due before the meeting is refused by its field, the text kept.
			browser.find(By.id("body")).sendKeys(body);
			browser.select(By.id("personId"), "Trần Thị Thu Hà");
			WebElement due = browser.find(By.id("dueDate"));
			due.clear();
			due.sendKeys("01/03/2025");
			press(browser, By.xpath("//button[normalize-space()='Giao việc' and @type='submit']"));
			browser.waitFor(By.id("dueDate-error"), "Hạn hoàn thành không được trước ngày họp.");
			assertThat(browser.find(By.id("body")).getAttribute("value")).isEqualTo(body);
			browser.checkAccessibility();
			due = browser.find(By.id("dueDate"));
			due.clear();
			due.sendKeys("31/03/2025");
			press(browser, By.xpath("//button[normalize-space()='Giao việc' and @type='submit']"));
			browser.waitFor(By.tagName("main"), "Đã giao việc.");
			browser.waitFor(By.tagName("main"), "Quá hạn");

			browser.go("/action-items?overdue=true&size=200");
			browser.waitFor(By.tagName("main"), body);
			browser.checkAccessibility();

			browser.go("/meetings?year=2025&size=200");
			browser.waitFor(By.tagName("main"), suffix);
			browser.go("/commitments");
			browser.waitFor(By.tagName("h1"), "Bản đăng ký làm theo");
			browser.checkAccessibility();
			browser.select(By.id("organisation"), "Chi bộ Mặt trận huyện Kon Rẫy");
			WebElement year = browser.find(By.id("year"));
			year.clear();
			year.sendKeys("2021");
			press(browser, By.xpath("//button[normalize-space()='Xem']"));
			browser.waitFor(By.tagName("main"), "Chưa đăng ký");
			browser.checkAccessibility();
			browser.go("/commitments/gaps?year=2021&locality=614");
			browser.waitFor(By.tagName("main"), "Phạm Văn Đức");
			browser.checkAccessibility();
		}
	}

}
