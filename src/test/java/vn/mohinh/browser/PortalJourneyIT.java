package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A visitor on a phone, not signed in: reads the portal's home at 360 px, makes the text larger and
 * the contrast higher (and finds both kept after a reload), opens a model's public page and follows
 * its related article; every page passes axe-core and none scrolls sideways, also at 200 % zoom.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorOnAPhoneFindsAnArticleFromAModelsPublicPage() throws Exception {
		// A published demo model that a published article (the source article) is about.
		long model = jdbc.sql("""
				select min(m.initiative_id) from article_model m join article a on a.id = m.article_id
				join initiative i on i.id = m.initiative_id where a.status = 'PUBLISHED' and i.published = true""")
			.query(Long.class).single();
		try (Browser browser = Browser.open(port)) {
			phone(browser, 360, 740);
			browser.go("/");
			browser.waitFor(By.tagName("h1"), "Học tập và làm theo Bác");
			assertThat(browser.driver.getCurrentUrl()).endsWith("/portal");
			assertThat(browser.script("return document.documentElement.lang")).isEqualTo("vi");
			noSidewaysScroll(browser);
			browser.checkAccessibility();

			browser.click(By.cssSelector(".toolbar [data-text-size='1']"));
			browser.click(By.cssSelector(".toolbar [data-contrast='high']"));
			assertThat(browser.script("return document.documentElement.getAttribute('data-text-size')")).isEqualTo("1");
			assertThat(browser.script("return document.documentElement.className")).asString().contains("high-contrast");
			browser.driver.navigate().refresh();
			browser.find(By.tagName("h1"));
			assertThat(browser.script("return document.documentElement.getAttribute('data-text-size')")).isEqualTo("1");
			assertThat(browser.script("return document.documentElement.className")).asString().contains("high-contrast");
			assertThat(browser.script("return getComputedStyle(document.documentElement).fontSize")).isEqualTo("18px");
			noSidewaysScroll(browser);
			browser.checkAccessibility();

			browser.click(By.linkText("Mô hình"));
			browser.waitFor(By.tagName("h1"), "Mô hình");
			noSidewaysScroll(browser);
			browser.checkAccessibility();

			browser.go("/portal/initiatives/" + model);
			browser.waitFor(By.id("related"), "Tin liên quan");
			noSidewaysScroll(browser);
			browser.checkAccessibility();
			String title = browser.find(By.cssSelector("aside .portal-item a")).getText();
			assertThat(title).isNotBlank();
			browser.click(By.cssSelector("aside .portal-item a"));
			browser.waitFor(By.tagName("h1"), title);
			assertThat(browser.driver.getCurrentUrl()).contains("/portal/articles/");
			assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Tin liên quan");
			noSidewaysScroll(browser);
			browser.checkAccessibility();

			// Back to normal contrast, then 200 % zoom: a 1280 px screen at 200 % is 640 CSS px, text larger too.
			browser.click(By.cssSelector(".toolbar [data-contrast='normal']"));
			phone(browser, 640, 800);
			browser.click(By.cssSelector(".toolbar [data-text-size='1']"));
			assertThat(browser.script("return document.documentElement.getAttribute('data-text-size')")).isEqualTo("2");
			for (String page : new String[] { "/portal", "/portal/articles", "/portal/exemplars", "/portal/search?q=dak+ruong",
					"/portal/initiatives/" + model }) {
				browser.go(page);
				browser.find(By.tagName("h1"));
				noSidewaysScroll(browser);
				browser.checkAccessibility();
			}
			browser.click(By.cssSelector(".toolbar [data-text-size='0']"));
		}
	}

	/** The viewport of a phone (or of a zoomed window) through the DevTools protocol, as Chromium's device mode does. */
	private static void phone(Browser browser, int width, int height) {
		((HasCdp) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	private static void noSidewaysScroll(Browser browser) {
		Object overflow = browser.script(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as("sideways scroll on " + browser.driver.getCurrentUrl()).isLessThanOrEqualTo(0);
	}

}
