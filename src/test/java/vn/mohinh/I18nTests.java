package vn.mohinh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Vietnamese first, English second: every message file has its English twin with the same keys,
 * and templates show no text that does not come from the message files.
 */
class I18nTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyVietnameseKeyHasAnEnglishTwinAndBack() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(en).as("English twin of " + vi).exists();
				Properties viKeys = load(vi);
				Properties enKeys = load(en);
				assertThat(enKeys.keySet()).as("keys of " + en).containsExactlyInAnyOrderElementsOf(viKeys.keySet());
			}
		}
	}

	/** Text between tags must carry th:text (or sit in a th:text element); a few symbols are allowed. */
	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		Pattern textNode = Pattern.compile(">([^<>]+)<");
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
				Matcher m = textNode.matcher(html);
				while (m.find()) {
					String text = m.group(1).strip();
					if (text.isEmpty() || text.matches("[|→()/:;,.*\\-–\\s]+") || text.matches("A[-+]?")) {
						continue;
					}
					String before = html.substring(Math.max(0, html.lastIndexOf('<', m.start())), m.start() + 1);
					if (!before.contains("th:text") && !before.contains("th:utext") && !before.contains("th:replace")
							&& !before.contains("th:errors") && !before.contains("th:insert")) {
						problems.add(template + ": " + text);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
