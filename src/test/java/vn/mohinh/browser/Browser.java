package vn.mohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven by Selenium, with axe-core checking every page visited. Without
 * Chromium the journeys are skipped on a laptop, but fail in CI ({@code CI=true}).
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	final WebDriver driver;
	private final String base;
	private final Path profile;

	private Browser(WebDriver driver, String base, Path profile) {
		this.driver = driver;
		this.base = base;
		this.profile = profile;
	}

	static Browser open(int port) throws IOException {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI needs Debian's chromium and chromium-driver (/usr/bin/chromium)");
			}
			Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver); browser journeys skipped");
		}
		Path profile = Files.createTempDirectory("mohinh-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1280,900", "--lang=vi-VN", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort().build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, "http://localhost:" + port, profile);
	}

	void go(String path) {
		driver.get(base + path);
	}

	WebElement find(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Scrolls the element to the middle of the window first, as a person would, then clicks it. */
	void click(By by) {
		// htmx may swap the element out between finding and clicking it: find it again until the click lands.
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
			.until(d -> {
				WebElement element = d.findElement(by);
				((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})", element);
				element.click();
				return true;
			});
	}

	/**
	 * Chooses an option by its text, again until it stays chosen: active search may replace the select
	 * (and its options) while the choice is being made, more so on a busy machine.
	 */
	void select(By by, String visibleText) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(d -> {
				org.openqa.selenium.support.ui.Select select = new org.openqa.selenium.support.ui.Select(d.findElement(by));
				select.selectByVisibleText(visibleText);
				return visibleText.equals(select.getFirstSelectedOption().getText().strip());
			});
	}

	void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> {
				try {
					return condition.apply(d);
				}
				catch (org.openqa.selenium.WebDriverException e) {
					// Chromium answers this when the page was replaced between finding and reading an element.
					if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
						return false;
					}
					throw e;
				}
			});
	}

	void waitFor(By by, String text) {
		waitUntil(d -> {
			java.util.List<WebElement> found = d.findElements(by);
			return !found.isEmpty() && found.get(0).getText().contains(text);
		});
	}

	void login(String username, String password) {
		go("/login");
		checkAccessibility();
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** axe-core on the current page, WCAG 2.0/2.1 A and AA: no violation allowed. */
	void checkAccessibility() {
		// A fading htmx loading indicator has a contrast in between; let requests and fades end first, and
		// stay ended longer than the active searches' delay (400 ms at most), which may still be counting
		// down after the last key typed.
		long[] quietSince = { -1 };
		new WebDriverWait(driver, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(100)).until(d -> {
			boolean quiet = Boolean.TRUE.equals(script("""
					return document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping').length === 0
					  && [...document.querySelectorAll('.htmx-indicator')].every(e => getComputedStyle(e).opacity === '0');"""));
			long now = System.nanoTime();
			if (!quiet) {
				quietSince[0] = -1;
				return false;
			}
			if (quietSince[0] < 0) {
				quietSince[0] = now;
			}
			return now - quietSince[0] >= Duration.ofMillis(700).toNanos();
		});
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
		List<String> violations = results.getViolations().stream().map(Browser::describe).toList();
		assertThat(violations).as("axe-core violations on " + driver.getCurrentUrl()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
	}

	/** What a first visit costs on the network: the page and every asset it loaded, as transferred. */
	record PageWeight(String url, long bytes, List<String> parts) {

		long kilobytes() {
			return Math.round(bytes / 1024.0);
		}

	}

	/**
	 * Loads {@code path} in this (fresh) profile and adds up the bytes transferred, compressed and
	 * with headers: the navigation and every resource, by Resource Timing's {@code transferSize}, which
	 * Chromium reports for same-origin requests (all of MoHinh's). Waits until the load event has passed
	 * and the network has been quiet a moment, so that htmx {@code load} triggers are counted too;
	 * lazy images below the fold are not, as on a real first visit.
	 */
	@SuppressWarnings("unchecked")
	PageWeight firstLoadWeight(String path) {
		go(path);
		long[] last = { -1, System.nanoTime() };
		new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100)).until(d -> {
			Object count = script("""
					return document.readyState === 'complete'
					  ? performance.getEntriesByType('resource').length : -1;""");
			long n = ((Number) count).longValue();
			long now = System.nanoTime();
			if (n != last[0]) {
				last[0] = n;
				last[1] = now;
				return false;
			}
			return n >= 0 && now - last[1] >= Duration.ofMillis(600).toNanos();
		});
		List<Object> entries = (List<Object>) script("""
				return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
				  .map(e => [e.name, e.transferSize, e.encodedBodySize]);""");
		long total = 0;
		List<String> parts = new java.util.ArrayList<>();
		for (Object entry : entries) {
			List<Object> e = (List<Object>) entry;
			long transferred = ((Number) e.get(1)).longValue();
			// A cross-origin response without Timing-Allow-Origin reports 0: count its body at least.
			long bytes = transferred > 0 ? transferred : ((Number) e.get(2)).longValue();
			total += bytes;
			parts.add(e.get(0) + " " + bytes);
		}
		return new PageWeight(driver.getCurrentUrl(), total, parts);
	}

	Object script(String js) {
		return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(js);
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

}
