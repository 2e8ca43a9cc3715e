package vn.mohinh.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;

/** The profile page, own password, personal API tokens and /api/v1/me. */
@MoHinhTest
class ProfileAndTokenWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MessageSource messages;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	ApiTokens tokenRepository;

	@Autowired
	LocalityDirectory localities;

	@Autowired
	JdbcClient jdbc;

	TestAccounts test;

	LocalityView dakRuong;

	@BeforeEach
	void setUp() {
		test = new TestAccounts(accounts, encoder, messages);
		dakRuong = localities.findByCode("23488", LocalDate.of(2021, 6, 30)).orElseThrow();
	}

	@Test
	void profileShowsOwnDetails() throws Exception {
		UserAccount user = test.create(Role.INSPECTOR, dakRuong.id());
		mvc.perform(get("/profile").with(user(user.principal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(user.username())))
			.andExpect(content().string(containsString(user.displayName())))
			.andExpect(content().string(containsString(test.vi("Role.INSPECTOR"))))
			.andExpect(content().string(containsString(dakRuong.fullName())))
			.andExpect(content().string(containsString(test.vi("account.token.none"))));
		UserAccount national = test.create(Role.VIEWER, null);
		mvc.perform(get("/profile").with(user(national.principal())))
			.andExpect(content().string(containsString(test.vi("account.scope.country"))));
	}

	@Test
	void tokenIsShownOnceAndStoredOnlyHashed() throws Exception {
		UserAccount user = test.create(Role.EDITOR, dakRuong.id());
		// Through a real signed-in browser: the flash attribute travels in the JDBC session.
		TestAccounts.Browser browser = new TestAccounts.Browser(mvc);
		assertThat(browser.login(user.username(), TestAccounts.PASSWORD)).isEqualTo("/");
		String csrf = browser.csrfFrom("/profile");
		MvcResult created = browser.perform(post("/profile/tokens").param("name", "monthly figures").param("_csrf", csrf));
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/profile");
		String token = (String) created.getFlashMap().get("newToken");
		assertThat(token).startsWith("mh_").hasSizeGreaterThan(40);

		// Shown on the page the redirect leads to, with the warning; not on the next visit.
		String first = browser.perform(get("/profile")).getResponse().getContentAsString();
		assertThat(first).contains(token).contains(test.vi("account.token.new.once"))
			.contains(test.vi("account.token.created"));
		String second = browser.perform(get("/profile")).getResponse().getContentAsString();
		assertThat(second).doesNotContain(token).contains("monthly figures").contains(token.substring(0, 10) + "…");

		// The database holds the SHA-256 of the token and its first characters, never the token.
		List<Map<String, Object>> rows = jdbc.sql("select * from api_token where user_id = :id")
			.param("id", user.id()).query().listOfRows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).values()).noneMatch(v -> v != null && v.toString().contains(token));
		assertThat(rows.get(0).get("token_hash").toString()).isEqualTo(sha256(token));
		// Nor does the session, once the page has shown it.
		List<byte[]> sessionValues = jdbc.sql("select attribute_bytes from spring_session_attributes")
			.query(byte[].class).list();
		assertThat(sessionValues).isNotEmpty()
			.noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(token));
	}

	@Test
	void tokenSignsInToTheApiAndMeDescribesTheCaller() throws Exception {
		UserAccount user = test.create(Role.EDITOR, dakRuong.id());
		String token = tokens.create(user.id(), "script");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(user.username()))
			.andExpect(jsonPath("$.displayName").value(user.displayName()))
			.andExpect(jsonPath("$.role").value("EDITOR"))
			.andExpect(jsonPath("$.scope.code").value("23488"))
			.andExpect(jsonPath("$.scope.name").value(dakRuong.fullName()));
		ApiToken saved = tokenRepository.findByUserIdOrderByCreatedAtDesc(user.id()).get(0);
		assertThat(saved.lastUsedAt()).isNotNull();
		// No session is made for a token call.
		MvcResult call = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn();
		assertThat(call.getResponse().getCookie("SESSION")).isNull();

		UserAccount national = test.create(Role.VIEWER, null);
		mvc.perform(get("/api/v1/me").with(user(national.principal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(national.username()))
			.andExpect(jsonPath("$.scope").value(nullValue()));
	}

	@Test
	void tokenCannotReachAdminApiOfANonAdmin() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		String token = tokens.create(user.id(), "script");
		mvc.perform(get("/api/v1/admin/anything").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
	}

	@Test
	void revokedTokenAnswers401() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		String token = tokens.create(user.id(), "old script");
		long id = tokenRepository.findByUserIdOrderByCreatedAtDesc(user.id()).get(0).id();
		mvc.perform(post("/profile/tokens/{id}/revoke", id).with(user(user.principal())).with(csrf()))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("flash", "account.token.revoked"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		String revokedAt = AccountProfileDates.of(tokenRepository.findByIdAndUserId(id, user.id()).orElseThrow());
		mvc.perform(get("/profile").with(user(user.principal())))
			.andExpect(content().string(containsString(revokedAt)));
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() throws Exception {
		UserAccount owner = test.create(Role.EDITOR, dakRuong.id());
		UserAccount other = test.create(Role.EDITOR, dakRuong.id());
		String token = tokens.create(owner.id(), "owner script");
		long id = tokenRepository.findByUserIdOrderByCreatedAtDesc(owner.id()).get(0).id();
		mvc.perform(post("/profile/tokens/{id}/revoke", id).with(user(other.principal())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(tokenRepository.findByIdAndUserId(id, owner.id()).orElseThrow().active()).isTrue();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void tokenOfADisabledUserAnswers401() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		String token = tokens.create(user.id(), "script");
		UserAccount saved = test.reload(user);
		saved.change(saved.displayName(), saved.role(), saved.scopeLocalityId(), false);
		accounts.save(saved);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void tokenNeedsAName() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		mvc.perform(post("/profile/tokens").param("name", " ").with(user(user.principal())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("tokenForm", "name", "NotBlank"))
			.andExpect(content().string(containsString(test.vi("account.token.name.required"))))
			.andExpect(content().string(containsString("aria-describedby=\"name-hint name-error\"")));
		assertThat(tokens.tokensOf(user.id())).isEmpty();
	}

	@Test
	void tokenDatesShowInVietnamTime() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		tokens.create(user.id(), "script");
		ApiToken saved = tokenRepository.findByUserIdOrderByCreatedAtDesc(user.id()).get(0);
		String expected = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
			.format(saved.createdAt());
		mvc.perform(get("/profile").with(user(user.principal())))
			.andExpect(content().string(containsString("<td>" + expected + "</td>")))
			.andExpect(content().string(containsString(test.vi("account.token.neverUsed"))));
	}

	@Test
	void changingTheOwnPasswordNeedsTheCurrentOneAndTheNewOneTwice() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		mvc.perform(changePassword(user, "not-my-password", "new-password-1", "new-password-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "currentPassword",
					"account.password.current.wrong"))
			.andExpect(content().string(containsString(test.vi("account.password.current.wrong"))))
			.andExpect(content().string(containsString("aria-describedby=\"currentPassword-error\"")));
		mvc.perform(changePassword(user, TestAccounts.PASSWORD, "new-password-1", "new-password-2"))
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "confirmPassword",
					"account.password.confirm.mismatch"));
		mvc.perform(changePassword(user, TestAccounts.PASSWORD, "short", "short"))
			.andExpect(content().string(containsString(test.vi("account.password.size"))));
		assertThat(test.passwordIs(user, TestAccounts.PASSWORD)).isTrue();

		mvc.perform(changePassword(user, TestAccounts.PASSWORD, "new-password-1", "new-password-1"))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("flash", "account.password.changed"));
		assertThat(test.passwordIs(user, "new-password-1")).isTrue();
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsButKeepsThisOne() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		TestAccounts.Browser phone = new TestAccounts.Browser(mvc);
		TestAccounts.Browser office = new TestAccounts.Browser(mvc);
		assertThat(phone.login(user.username(), TestAccounts.PASSWORD)).isEqualTo("/");
		assertThat(office.login(user.username(), TestAccounts.PASSWORD)).isEqualTo("/");

		String csrf = office.csrfFrom("/profile");
		MvcResult changed = office.perform(post("/profile/password").param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "office-password-1").param("confirmPassword", "office-password-1")
			.param("_csrf", csrf));
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/profile");

		assertThat(office.perform(get("/profile")).getResponse().getStatus()).isEqualTo(200);
		assertThat(phone.perform(get("/profile")).getResponse().getRedirectedUrl()).isEqualTo("/login");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changePassword(
			UserAccount user, String current, String next, String again) {
		return post("/profile/password").param("currentPassword", current).param("newPassword", next)
			.param("confirmPassword", again).with(user(user.principal())).with(csrf());
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** The revocation time as the page prints it. */
	private static final class AccountProfileDates {

		static String of(ApiToken token) {
			return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
				.format(token.revokedAt());
		}

	}

}
