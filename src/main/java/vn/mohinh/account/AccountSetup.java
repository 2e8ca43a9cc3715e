package vn.mohinh.account;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.LocalityDirectory;

/**
 * The first accounts. With demo data: the demo accounts of the README, all with the password
 * {@code mohinh-demo}. Without (prod): one admin whose password comes from
 * {@code MOHINH_ADMIN_PASSWORD} or is generated and printed once.
 */
@Component
@Order(10)
class AccountSetup implements ApplicationRunner {

	static final String DEMO_PASSWORD = "mohinh-demo";
	private static final LocalDate DEMO_DAY = LocalDate.of(2021, 6, 30);
	private static final Logger log = LoggerFactory.getLogger(AccountSetup.class);

	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final LocalityDirectory localities;
	private final boolean demo;
	private final String adminPassword;

	AccountSetup(UserAccounts accounts, PasswordEncoder encoder, LocalityDirectory localities,
			@Value("${mohinh.demo-data:false}") boolean demo, @Value("${mohinh.admin-password:}") String adminPassword) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.localities = localities;
		this.demo = demo;
		this.adminPassword = adminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		if (demo) {
			createDemoAccounts();
			return;
		}
		if (!adminPassword.isBlank() && adminPassword.length() < Passwords.MIN_LENGTH) {
			// Refuse to start rather than guard the whole deployment with a guessable password.
			throw new IllegalStateException("mohinh.admin-password (MOHINH_ADMIN_PASSWORD) must have at least "
					+ Passwords.MIN_LENGTH + " characters");
		}
		String password = adminPassword.isBlank() ? generatePassword() : adminPassword;
		accounts.save(new UserAccount("admin", encoder.encode(password), "Quản trị", Role.ADMIN, null));
		if (adminPassword.isBlank()) {
			log.warn("First administrator created: username 'admin', password '{}'. It is shown only this once; "
					+ "change it on the profile page.", password);
		}
	}

	private void createDemoAccounts() {
		String hash = encoder.encode(DEMO_PASSWORD);
		Long konRay = localityId("614");
		Long dakRuong = localityId("23488");
		accounts.save(new UserAccount("admin", hash, "Quản trị hệ thống", Role.ADMIN, null));
		// Demo addresses under the reserved .example domain: nothing is mailed unless spring.mail.host is set.
		UserAccount huyen = new UserAccount("huyen", hash, "Cán bộ Mặt trận huyện Kon Rẫy", Role.EDITOR, konRay);
		huyen.contact("huyen@konray.example", null);
		accounts.save(huyen);
		UserAccount dakruong = new UserAccount("dakruong", hash, "Cán bộ Mặt trận xã Đăk Ruồng", Role.EDITOR, dakRuong);
		dakruong.contact("dakruong@konray.example", null);
		accounts.save(dakruong);
		accounts.save(new UserAccount("lanhdao", hash, "Lãnh đạo huyện Kon Rẫy", Role.VIEWER, konRay));
		// The cell secretary records the cell's meetings; linked to her person once the people exist (below).
		UserAccount bithu = new UserAccount("bithu", hash, "Bí thư Chi bộ Mặt trận huyện Kon Rẫy", Role.EDITOR, konRay);
		bithu.contact(BITHU_EMAIL, null);
		accounts.save(bithu);
	}

	static final String BITHU_EMAIL = "bithu@konray.example";

	/**
	 * Links the demo account {@code bithu} to the person who is "Bí thư Chi bộ" of Chi bộ Mặt trận
	 * huyện Kon Rẫy, after the organisations' demo data (order 20) created the people, so that the
	 * reminders to her as a person in charge reach the account.
	 */
	@Component
	@Order(25)
	static class DemoPersonLinks implements ApplicationRunner {

		static final String CELL = "Chi bộ Mặt trận huyện Kon Rẫy";

		private final UserAccounts accounts;
		private final vn.mohinh.organisation.OrganisationDirectory organisations;
		private final boolean demo;

		DemoPersonLinks(UserAccounts accounts, vn.mohinh.organisation.OrganisationDirectory organisations,
				@Value("${mohinh.demo-data:false}") boolean demo) {
			this.accounts = accounts;
			this.organisations = organisations;
			this.demo = demo;
		}

		@Override
		@Transactional
		public void run(ApplicationArguments args) {
			if (!demo) {
				return;
			}
			accounts.findByUsername("bithu").filter(a -> a.personId() == null).ifPresent(account -> organisations
				.findByName(CELL)
				.flatMap(cell -> organisations.membersOf(cell.id()).stream()
					.filter(p -> p.position() != null && p.position().contains("Bí thư Chi bộ")).findFirst())
				.ifPresent(secretary -> {
					account.contact(BITHU_EMAIL, secretary.id());
					accounts.save(account);
				}));
		}

	}

	private Long localityId(String code) {
		return localities.findByCode(code, DEMO_DAY).orElseThrow().id();
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
