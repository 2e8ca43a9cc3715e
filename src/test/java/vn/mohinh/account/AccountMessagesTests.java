package vn.mohinh.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Vietnamese first, English second: the two message files of the module name the same keys. */
class AccountMessagesTests {

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> vi = keys("messages/account.properties");
		Set<String> en = keys("messages/account_en.properties");
		assertThat(vi).isNotEmpty();
		assertThat(new TreeSet<>(en)).isEqualTo(new TreeSet<>(vi));
	}

	@Test
	void everyRoleHasALabel() throws IOException {
		Set<String> vi = keys("messages/account.properties");
		for (Role role : Role.values()) {
			assertThat(vi).contains("Role." + role.name());
		}
	}

	private static Set<String> keys(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames().stream().collect(Collectors.toSet());
	}

}
