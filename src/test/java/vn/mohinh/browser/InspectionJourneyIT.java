package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An inspector on a phone: on a 360 px wide window, the commune editor of xã Đắk Ruồng records an
 * inspection of one of the commune's models with a photo from the camera, and finds it on the list
 * and its page; the form keeps a draft when the network drops and sends it when it returns.
 * axe-core on every page, the form at 360 px included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InspectionJourneyIT {

	static final String MODEL = "Khu dân cư đảm bảo vệ sinh môi trường";

	@LocalServerPort
	int port;

	static Browser phone(int port) throws Exception {
		Browser browser = Browser.open(port);
		browser.driver.manage().window().setSize(new Dimension(360, 780));
		return browser;
	}

	/** A small PNG as a phone's camera would hand it to the file input. */
	static Path photo() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			image.setRGB(x, 15, 0x2e7d32);
		}
		Path file = Files.createTempFile("thon-8-", ".png");
		javax.imageio.ImageIO.write(image, "png", file.toFile());
		return file;
	}

	void openTheForm(Browser browser) {
		browser.go("/inspections");
		browser.click(By.linkText("Ghi kết quả kiểm tra"));
		browser.waitFor(By.tagName("h1"), "Chọn mô hình được kiểm tra");
		browser.checkAccessibility();
		browser.click(By.xpath("//main//a[contains(., '" + MODEL + "') and contains(., 'Thôn 8')]"));
		browser.waitFor(By.tagName("h1"), "Ghi kết quả kiểm tra, giám sát");
	}

	@Test
	void anInspectorRecordsAnInspectionWithAPhotoOnAPhone() throws Exception {
		String finding = "Rác được thu gom đúng nơi quy định " + UUID.randomUUID().toString().substring(0, 6);
		Path photo = photo();
		try (Browser browser = phone(port)) {
			browser.login("dakruong", "mohinh-demo");
			assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isLessThanOrEqualTo(360);
			browser.go("/inspections");
			browser.waitFor(By.tagName("main"), "Xã Đắk Ruồng");
			browser.checkAccessibility();
			openTheForm(browser);
			browser.checkAccessibility();
			// The camera input and the location status are there; nothing overflows the phone's width.
			WebElement camera = browser.find(By.id("photos0.file"));
			assertThat(camera.getAttribute("accept")).isEqualTo("image/*");
			assertThat(camera.getAttribute("capture")).isEqualTo("environment");
			assertThat(browser.find(By.id("location-status")).getText()).startsWith("Vị trí:");
			assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
				.isLessThanOrEqualTo(360);

			// First without rating, body or team: every problem by its field, what was typed kept, the photo to pick again.
			browser.select(By.id("findings0.met"), "Đạt");
			browser.find(By.id("findings0.finding")).sendKeys(finding);
			browser.find(By.id("recommendations")).sendKeys("Bố trí thêm thùng rác ở đầu thôn.");
			browser.find(By.id("actions0.description")).sendKeys("Mua thêm hai thùng rác");
			browser.find(By.id("actions0.dueOn")).sendKeys("31/12/2099");
			camera.sendKeys(photo.toAbsolutePath().toString());
			browser.find(By.id("photos0.altText")).sendKeys("Điểm tập kết rác đầu thôn 8");
			browser.checkAccessibility();
			browser.find(By.id("recommendations")).submit();
			browser.waitFor(By.id("form-errors"), "Chưa lưu được");
			assertThat(browser.find(By.id("rating-error")).getText()).contains("Xin chọn xếp loại");
			assertThat(browser.find(By.id("team-error")).getText()).contains("Xin ghi ít nhất một thành viên đoàn.");
			assertThat(browser.find(By.id("findings0.finding")).getAttribute("value")).isEqualTo(finding);
			assertThat(browser.find(By.id("photos0.altText")).getAttribute("value")).isEqualTo("Điểm tập kết rác đầu thôn 8");
			assertThat(browser.find(By.id("photos0.file")).getAttribute("value")).isEmpty();
			browser.checkAccessibility();

			browser.select(By.id("rating"), "Tốt");
			browser.select(By.id("organisationId"), "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng");
			browser.find(By.id("team0.name")).sendKeys("Đinh Thị Hoa");
			browser.find(By.id("team0.role")).sendKeys("Trưởng đoàn");
			browser.find(By.id("team1.name")).sendKeys("Y Thương");
			browser.find(By.id("team1.role")).sendKeys("Thành viên");
			browser.find(By.id("photos0.file")).sendKeys(photo.toAbsolutePath().toString());
			// As the Lưu button does (the page scrolls smoothly, which a driver's click does not wait for).
			browser.find(By.id("recommendations")).submit();

			// Sent with fetch, answered with the inspection's page in place of the form.
			browser.waitFor(By.tagName("main"), "Đã ghi kết quả kiểm tra.");
			assertThat(browser.driver.getCurrentUrl()).matches(".*/inspections/\\d+$");
			String page = browser.driver.findElement(By.tagName("main")).getText();
			assertThat(page).contains(finding, "Đinh Thị Hoa, Trưởng đoàn", "Mua thêm hai thùng rác", "Tốt");
			WebElement image = browser.find(By.cssSelector("img[alt='Điểm tập kết rác đầu thôn 8']"));
			browser.waitUntil(d -> ((Number) browser.script(
					"return document.querySelector(\"img[alt='Điểm tập kết rác đầu thôn 8']\").naturalWidth")).intValue() == 40);
			assertThat(image.isDisplayed()).isTrue();
			browser.checkAccessibility();
			// The correction form: the saved photo with its "take off" box, the criteria with what was found.
			String shown = browser.driver.getCurrentUrl();
			browser.click(By.linkText("Sửa"));
			browser.waitFor(By.tagName("h1"), "Sửa kết quả kiểm tra, giám sát");
			assertThat(browser.find(By.id("findings0.finding")).getAttribute("value")).isEqualTo(finding);
			browser.find(By.id("drop-0"));
			browser.checkAccessibility();
			browser.driver.get(shown);

			browser.click(By.linkText("Các lần kiểm tra mô hình này"));
			browser.waitFor(By.id("inspection-results"), MODEL);
			browser.checkAccessibility();
			browser.go("/inspections?q=ve+sinh+moi+truong");
			browser.waitFor(By.id("inspection-results"), "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng");
			browser.checkAccessibility();
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	@Test
	void theFormKeepsADraftWhenTheNetworkDropsAndSendsItWhenItReturns() throws Exception {
		String finding = "Nháp khi mất mạng " + UUID.randomUUID().toString().substring(0, 6);
		try (Browser browser = phone(port)) {
			browser.login("dakruong", "mohinh-demo");
			openTheForm(browser);
			// Typed, left, and found again: the draft is restored with a notice, and can be discarded.
			browser.find(By.id("generalFindings")).sendKeys("Bản nháp bỏ đi");
			browser.go("/inspections");
			openTheForm(browser);
			browser.waitFor(By.id("draft-notice"), "Đã khôi phục bản nháp lưu trên máy");
			assertThat(browser.find(By.id("generalFindings")).getAttribute("value")).isEqualTo("Bản nháp bỏ đi");
			browser.checkAccessibility();
			browser.click(By.id("draft-discard"));
			browser.waitUntil(d -> browser.find(By.id("generalFindings")).getAttribute("value").isEmpty());
			assertThat(browser.driver.findElement(By.id("draft-notice")).isDisplayed()).isFalse();

			browser.select(By.id("rating"), "Khá");
			browser.find(By.id("organisation")).sendKeys("Đoàn kiểm tra xã Đắk Ruồng");
			browser.find(By.id("team0.name")).sendKeys("Đinh Thị Hoa");
			browser.find(By.id("team0.role")).sendKeys("Trưởng đoàn");
			browser.find(By.id("generalFindings")).sendKeys(finding);

			HasNetworkConditions network = (HasNetworkConditions) browser.driver;
			ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
			offline.setOffline(true);
			network.setNetworkConditions(offline);
			try {
				browser.find(By.id("generalFindings")).submit();
				browser.waitFor(By.id("draft-notice"), "Đã lưu nháp trên máy; sẽ gửi khi có mạng");
				browser.checkAccessibility();
				assertThat(browser.driver.getCurrentUrl()).contains("/inspections/new");
			}
			finally {
				network.deleteNetworkConditions();
			}
			// Back online: the draft goes by itself, and the saved inspection is shown.
			browser.script("window.dispatchEvent(new Event('online'))");
			browser.waitFor(By.tagName("main"), "Đã ghi kết quả kiểm tra.");
			assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(finding);
			assertThat(browser.script("return Object.keys(localStorage).filter(k => k.startsWith('mohinh.inspection.draft.')).length"))
				.isEqualTo(0L);
			browser.checkAccessibility();
		}
	}

}
