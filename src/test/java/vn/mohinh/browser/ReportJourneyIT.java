package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A periodic report in a browser: the district's editor drafts the report of Chi bộ Mặt trận huyện
 * Kon Rẫy for 24/01/2017–30/06/2021 (a reversed period refused first), previews it with the article's
 * enumeration, edits a section, issues it with a number, and downloads its Word document. axe-core on
 * every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportJourneyIT {

	@LocalServerPort
	int port;

	private static void typeInto(Browser browser, By by, String text) {
		WebElement field = browser.find(by);
		field.clear();
		field.sendKeys(text);
	}

	@Test
	void theDistrictBuildsTheCellsReviewReportEditsIssuesAndDownloadsIt() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.login("huyen", "mohinh-demo");
			browser.go("/reports");
			browser.waitFor(By.tagName("h1"), "Báo cáo định kỳ");
			browser.checkAccessibility();
			browser.click(By.linkText("Lập báo cáo"));
			browser.waitFor(By.tagName("h1"), "Lập báo cáo");
			browser.checkAccessibility();

			browser.select(By.id("issuerId"), "Chi bộ Mặt trận huyện Kon Rẫy");
			browser.select(By.id("kind"), "Báo cáo sơ kết");
			typeInto(browser, By.id("from"), "30/06/2021");
			typeInto(browser, By.id("to"), "24/01/2017");
			browser.click(By.xpath("//button[normalize-space()='Lập dự thảo']"));
			browser.waitFor(By.id("to-error"), "Ngày kết thúc không được trước ngày bắt đầu.");
			browser.checkAccessibility();
			typeInto(browser, By.id("from"), "24/01/2017");
			typeInto(browser, By.id("to"), "30/06/2021");
			browser.click(By.xpath("//button[normalize-space()='Lập dự thảo']"));
			browser.waitFor(By.tagName("main"), "Đã lập dự thảo báo cáo từ dữ liệu.");
			String main = browser.find(By.tagName("main")).getText();
			assertThat(main).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "T/M CHI BỘ",
					"05 đồng chí đảng viên (trong đó có: 04 nữ; 01 dân tộc thiểu số)",
					"(2) xã Đắk Ruồng: mô hình “Khu dân cư đảm bảo an toàn giao thông” tại thôn 9, 12, 13",
					"chưa được thường xuyên", "Một là,", "buổi sinh hoạt chuyên đề, Chi bộ Mặt trận huyện Kon Rẫy đã lãnh đạo",
					"Việc khen thưởng trong triển khai các mô hình còn hạn chế", "Ba là, tiếp tục đẩy mạnh công tác tuyên truyền");
			browser.checkAccessibility();

			browser.click(By.linkText("Sửa nội dung"));
			browser.waitFor(By.tagName("h1"), "Sửa nội dung báo cáo");
			browser.checkAccessibility();
			typeInto(browser, By.id("proposals"),
					"Đề nghị Ban Tuyên giáo Huyện ủy hướng dẫn việc khen thưởng các mô hình tiêu biểu.");
			browser.click(By.xpath("//main//form//button[normalize-space()='Lưu']"));
			browser.waitFor(By.tagName("main"), "Đã lưu nội dung báo cáo.");
			assertThat(browser.find(By.id("section-proposals")).getText())
				.contains("Đề nghị Ban Tuyên giáo Huyện ủy hướng dẫn việc khen thưởng các mô hình tiêu biểu.");

			typeInto(browser, By.id("issuedOn"), "15/07/2021");
			typeInto(browser, By.id("signerName"), "Phạm Văn Đức");
			browser.click(By.xpath("//button[normalize-space()='Ban hành']"));
			browser.waitFor(By.id("report-status"), "Đã ban hành: số ");
			assertThat(browser.driver.findElements(By.linkText("Sửa nội dung"))).isEmpty();
			String number = browser.find(By.id("report-status")).getText();
			assertThat(number).containsPattern("số \\d\\d-BC/CB, ngày 15/07/2021");
			browser.checkAccessibility();

			// The Word document, fetched in the signed-in session as the download link would.
			String href = browser.find(By.linkText("Tải bản Word (.docx)")).getAttribute("href");
			String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; "));
			HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse(""))
				.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()));
					XWPFWordExtractor text = new XWPFWordExtractor(document)) {
				assertThat(text.getText()).contains("Số " + number.replaceAll(".*số (\\d\\d-BC/CB).*", "$1"),
						"Đề nghị Ban Tuyên giáo Huyện ủy hướng dẫn việc khen thưởng", "Phạm Văn Đức", "thôn 9, 12, 13");
			}

			browser.go("/reports");
			browser.waitFor(By.tagName("main"), "Đã ban hành");
			browser.checkAccessibility();
		}
	}

}
