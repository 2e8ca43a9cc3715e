package vn.mohinh.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The prod profile's first start, without a second application context: no demo accounts, and one
 * admin whose password comes from the environment or is generated and printed exactly once.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountSetupTests {

	private static final Pattern LOGGED_PASSWORD = Pattern.compile("password '([^']+)'");

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final InMemoryAccounts accounts = new InMemoryAccounts();

	@Test
	void withoutDemoDataTheOnlyAccountIsAnAdminWithThePasswordFromTheEnvironment(CapturedOutput output) {
		setup("a-long-admin-secret").run(new DefaultApplicationArguments());

		assertThat(accounts.all).hasSize(1);
		UserAccount admin = accounts.all.get(0);
		assertThat(admin.username()).isEqualTo("admin");
		assertThat(admin.role()).isEqualTo(Role.ADMIN);
		assertThat(admin.scopeLocalityId()).isNull();
		assertThat(admin.passwordMatches("a-long-admin-secret", encoder)).isTrue();
		assertThat(admin.passwordMatches(AccountSetup.DEMO_PASSWORD, encoder)).isFalse();
		assertThat(accounts.findByUsername("huyen")).isEmpty();
		assertThat(output).doesNotContain("a-long-admin-secret");
	}

	@Test
	void withoutAPasswordOneIsGeneratedAndLoggedOnce(CapturedOutput output) {
		setup("").run(new DefaultApplicationArguments());

		Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
		assertThat(logged.find()).as("the generated password is in the log").isTrue();
		String password = logged.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		assertThat(accounts.all).hasSize(1);
		assertThat(accounts.all.get(0).passwordMatches(password, encoder)).isTrue();
		assertThat(accounts.all.get(0).passwordMatches(AccountSetup.DEMO_PASSWORD, encoder)).isFalse();

		// A restart finds the admin and neither creates another nor prints a password again.
		int before = output.getAll().length();
		setup("").run(new DefaultApplicationArguments());
		assertThat(accounts.all).hasSize(1);
		assertThat(output.getAll().substring(before)).doesNotContain("password '");
	}

	@Test
	void generatedPasswordsDiffer(CapturedOutput output) {
		setup("").run(new DefaultApplicationArguments());
		accounts.all.clear();
		setup("").run(new DefaultApplicationArguments());
		Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
		assertThat(logged.find()).isTrue();
		String first = logged.group(1);
		assertThat(logged.find()).isTrue();
		assertThat(logged.group(1)).isNotEqualTo(first);
	}

	@Test
	void aShortAdminPasswordStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> setup("admin").run(new DefaultApplicationArguments()))
			.withMessageContaining("MOHINH_ADMIN_PASSWORD");
		assertThat(accounts.all).isEmpty();
	}

	/** Prod: demo data off; the locality directory is needed only for the demo accounts. */
	private AccountSetup setup(String adminPassword) {
		return new AccountSetup(accounts, encoder, null, false, adminPassword);
	}

	/** Just enough of the repository for AccountSetup. */
	static final class InMemoryAccounts implements UserAccounts {

		final List<UserAccount> all = new ArrayList<>();

		@Override
		public UserAccount save(UserAccount account) {
			all.add(account);
			return account;
		}

		@Override
		public UserAccount saveAndFlush(UserAccount account) {
			return save(account);
		}

		@Override
		public Optional<UserAccount> findById(Long id) {
			return all.stream().filter(a -> id.equals(a.id())).findFirst();
		}

		@Override
		public Optional<UserAccount> findByUsername(String username) {
			return all.stream().filter(a -> a.username().equals(username)).findFirst();
		}

		@Override
		public Page<UserAccount> findAll(Pageable pageable) {
			return new PageImpl<>(all, pageable, all.size());
		}

		@Override
		public boolean existsByUsername(String username) {
			return findByUsername(username).isPresent();
		}

		@Override
		public long count() {
			return all.size();
		}

	}

}
