package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

/**
 * The annex of a big report in a browser (ADR 0009): the district's editor drafts the article's report
 * and asks for its Excel annex; above the inline limit (lowered for this journey by a property source
 * it adds, as a national report of more than 2,000 models would be) the annex is made in the background
 * and the progress page follows it, by htmx every two seconds, until its download appears. The job is
 * picked up by a db-scheduler instance started here (the test profile runs none). axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportProgressJourneyIT {

	/** vn.mohinh.report.ReportFileJob.INLINE_LIMIT_PROPERTY */
	static final String INLINE_LIMIT = "mohinh.reports.inline-annex-limit";

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableEnvironment environment;

	@Autowired
	DataSource dataSource;

	@Autowired
	@Qualifier("reportAnnexTask")
	OneTimeTask<Void> reportAnnexTask;

	private static void typeInto(Browser browser, By by, String text) {
		WebElement field = browser.find(by);
		field.clear();
		field.sendKeys(text);
	}

	private String status(long fileId) {
		return JdbcClient.create(dataSource).sql("select status from report_file where id = ?").param(fileId)
			.query(String.class).single();
	}

	@Test
	void aBigAnnexIsMadeInTheBackgroundAndItsProgressPageOffersItWhenDone() throws Exception {
		MapPropertySource lowLimit = new MapPropertySource("report-progress-journey", Map.of(INLINE_LIMIT, "2"));
		environment.getPropertySources().addFirst(lowLimit);
		try (Browser browser = Browser.open(port)) {
			browser.login("huyen", "mohinh-demo");
			browser.go("/reports/new");
			browser.waitFor(By.tagName("h1"), "Lập báo cáo");
			browser.select(By.id("issuerId"), "Chi bộ Mặt trận huyện Kon Rẫy");
			browser.select(By.id("kind"), "Báo cáo sơ kết");
			typeInto(browser, By.id("from"), "24/01/2017");
			typeInto(browser, By.id("to"), "30/06/2021");
			browser.click(By.xpath("//button[normalize-space()='Lập dự thảo']"));
			browser.waitFor(By.tagName("main"), "Đã lập dự thảo báo cáo từ dữ liệu.");

			// More models than the limit: the annex goes to the background and its progress page opens.
			browser.click(By.linkText("Tải phụ lục Excel (.xlsx)"));
			browser.waitFor(By.tagName("h1"), "Phụ lục danh sách mô hình");
			browser.waitFor(By.id("report-file"), "Đang chờ lập phụ lục");
			assertThat(browser.find(By.id("report-file-progress")).getAttribute("value")).isEqualTo("0");
			assertThat(browser.driver.findElements(By.id("report-file-download"))).isEmpty();
			assertThat(browser.find(By.linkText("Cập nhật tiến độ")).getAttribute("href")).contains("/files/");
			browser.checkAccessibility();
			String url = browser.driver.getCurrentUrl();
			long fileId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

			// Another instance's scheduler picks the job up; the page follows by itself.
			Scheduler scheduler = Scheduler.create(dataSource, List.of(reportAnnexTask))
				.pollingInterval(Duration.ofMillis(200)).threads(1).build();
			scheduler.start();
			try {
				long deadline = System.currentTimeMillis() + Duration.ofSeconds(90).toMillis();
				while (System.currentTimeMillis() < deadline && !"DONE".equals(status(fileId))) {
					Thread.sleep(250);
				}
			}
			finally {
				scheduler.stop();
			}
			assertThat(status(fileId)).isEqualTo("DONE");
			browser.waitFor(By.id("report-file"), "Đã lập xong phụ lục");
			assertThat(browser.find(By.id("report-file-progress")).getAttribute("value")).isEqualTo("100");
			assertThat(browser.find(By.id("report-file-count")).getText()).contains("(100 %)");
			WebElement download = browser.find(By.id("report-file-download"));
			assertThat(download.getText()).isEqualTo("Tải phụ lục (Excel)");
			browser.checkAccessibility();

			// The file, fetched in the signed-in session as the download link would.
			String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; "));
			HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create(download.getAttribute("href"))).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
				assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThan(20);
			}

			browser.click(By.linkText("Về báo cáo"));
			browser.waitFor(By.tagName("main"), "ĐẢNG CỘNG SẢN VIỆT NAM");
		}
		finally {
			environment.getPropertySources().remove(lowLimit.getName());
		}
	}

}
