package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages carry the same keys, and every key the templates use exists. */
class DocumentMessagesTests {

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DocumentMessagesTests.class.getResourceAsStream("/messages/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(new TreeSet<>(load("document_en.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(load("document.properties").stringPropertyNames()));
	}

	@Test
	void everyKindHasALabel() throws IOException {
		Properties vi = load("document.properties");
		for (DocumentKind kind : DocumentKind.values()) {
			assertThat(vi.getProperty(kind.messageKey())).as(kind.name()).isNotBlank();
		}
		for (DocumentQuery.Order order : DocumentQuery.Order.values()) {
			assertThat(vi.getProperty("document.order." + order)).as(order.name()).isNotBlank();
		}
	}

	@Test
	void templatesUseOnlyKeysThatExist() throws IOException {
		Properties all = load("document.properties");
		all.putAll(load("shared.properties"));
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/document"))) {
			for (Path template : templates.toList()) {
				Matcher m = KEY.matcher(Files.readString(template));
				while (m.find()) {
					if (!all.containsKey(m.group(1))) {
						missing.add(template.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

}
