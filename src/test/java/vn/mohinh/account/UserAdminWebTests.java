package vn.mohinh.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;

/** User management by the admin, and that nobody else reaches it. */
@MoHinhTest
class UserAdminWebTests {

	private static final LocalDate BEFORE_REFORM = LocalDate.of(2021, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MessageSource messages;

	@Autowired
	LocalityDirectory localities;

	TestAccounts test;

	@BeforeEach
	void setUp() {
		test = new TestAccounts(accounts, encoder, messages);
	}

	@Test
	@WithUserDetails("huyen")
	void editorsCannotReachUserManagement() throws Exception {
		mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
		String username = TestAccounts.uniqueName();
		mvc.perform(newUser(username, "", "").with(csrf())).andExpect(status().isForbidden());
		assertThat(accounts.existsByUsername(username)).isFalse();
	}

	@Test
	@WithUserDetails("lanhdao")
	void viewersCannotResetPasswords() throws Exception {
		UserAccount target = test.create(Role.EDITOR, null);
		mvc.perform(post("/admin/users/{id}/password", target.id()).param("newPassword", "taken-over-pw-1").with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(test.passwordIs(target, TestAccounts.PASSWORD)).isTrue();
	}

	@Test
	@WithUserDetails("admin")
	void listShowsRoleLabelsAndScopesByName() throws Exception {
		String konRay = localities.findByCode("614", BEFORE_REFORM).orElseThrow().fullName();
		mvc.perform(get("/admin/users"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">huyen</a>")))
			.andExpect(content().string(containsString(konRay)))
			.andExpect(content().string(containsString(test.vi("account.scope.country"))))
			.andExpect(content().string(containsString(test.vi("Role.ADMIN"))))
			.andExpect(content().string(containsString(test.vi("Role.VIEWER"))));
	}

	@Test
	@WithUserDetails("admin")
	void adminCreatesAUserWhoCanThenSignIn() throws Exception {
		String username = TestAccounts.uniqueName();
		LocalityView dakRuong = localities.findByCode("23488", BEFORE_REFORM).orElseThrow();
		MvcResult created = mvc.perform(newUser("  " + username.toUpperCase() + " ", "23488", "30/06/2021").with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attribute("flash", "account.user.created"))
			.andReturn();

		UserAccount saved = accounts.findByUsername(username).orElseThrow();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + saved.id());
		assertThat(saved.role()).isEqualTo(Role.EDITOR);
		assertThat(saved.scopeLocalityId()).isEqualTo(dakRuong.id());
		assertThat(saved.enabled()).isTrue();
		mvc.perform(get("/admin/users/{id}", saved.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString(dakRuong.fullName())));

		mvc.perform(post("/login").param("username", username).param("password", "a-good-password").with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	@WithUserDetails("admin")
	void takenUsernameIsRefusedBesideTheFieldWithInputKept() throws Exception {
		UserAccount existing = test.create(Role.VIEWER, null);
		mvc.perform(newUser(existing.username(), "", "", "displayName", "Someone Else").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "username", "account.username.taken"))
			.andExpect(content().string(containsString(test.vi("account.username.taken"))))
			.andExpect(content().string(containsString("id=\"username-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"username-hint username-error\"")))
			.andExpect(content().string(containsString("value=\"Someone Else\"")))
			// The password is never sent back to the browser.
			.andExpect(content().string(not(containsString("a-good-password"))));
		assertThat(test.reload(existing).displayName()).isEqualTo(existing.displayName());
	}

	@Test
	@WithUserDetails("admin")
	void unknownOrExpiredLocalityCodeIsRefusedBesideTheField() throws Exception {
		String username = TestAccounts.uniqueName();
		mvc.perform(newUser(username, "99999", "30/06/2021").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "scopeCode", "account.scope.unknown"))
			.andExpect(content().string(containsString(test.vi("account.scope.unknown", "99999", "30/06/2021"))))
			.andExpect(content().string(containsString("aria-describedby=\"scope-hint scopeCode-error\"")));
		// Huyện Kon Rẫy was abolished by the 2025 reform: its code no longer names a unit afterwards.
		mvc.perform(newUser(username, "614", "01/08/2025").with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "scopeCode", "account.scope.unknown"));
		assertThat(accounts.existsByUsername(username)).isFalse();
	}

	@Test
	@WithUserDetails("admin")
	void badFieldsGetVietnameseMessages() throws Exception {
		String username = TestAccounts.uniqueName();
		mvc.perform(post("/admin/users").param("username", "a b").param("displayName", " ").param("role", "")
			.param("scopeCode", "").param("scopeOn", "31/02/2025").param("password", "short").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(test.vi("account.username.pattern"))))
			.andExpect(content().string(containsString(test.vi("account.displayName.required"))))
			.andExpect(content().string(containsString(test.vi("account.role.required"))))
			.andExpect(content().string(containsString(test.vi("typeMismatch.scopeOn"))))
			.andExpect(content().string(containsString(test.vi("account.password.size"))));
		mvc.perform(newUser(username, "", "", "password", "ngắn quá").with(csrf()))
			.andExpect(content().string(containsString(test.vi("account.password.size"))));
		// BCrypt reads 72 bytes at most: longer passwords are refused rather than cut.
		mvc.perform(newUser(username, "", "", "password", "đ".repeat(40)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(test.vi("account.password.tooLong"))));
		assertThat(accounts.existsByUsername(username)).isFalse();
	}

	@Test
	@WithUserDetails("admin")
	void englishUiShowsEnglishMessages() throws Exception {
		mvc.perform(newUser("x", "", "", "lang", "en").with(csrf()))
			.andExpect(content().string(containsString(test.en("account.username.pattern"))));
	}

	@Test
	@WithUserDetails("admin")
	void adminEditsAUser() throws Exception {
		UserAccount target = test.create(Role.VIEWER, null);
		mvc.perform(get("/admin/users/{id}", target.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + target.displayName() + "\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

		mvc.perform(edit(target, 0).param("displayName", "Renamed User").param("role", "INSPECTOR")
			.param("scopeCode", "614").param("scopeOn", "30/06/2021"))
			.andExpect(redirectedUrl("/admin/users/" + target.id()))
			.andExpect(flash().attribute("flash", "common.saved"));
		UserAccount saved = test.reload(target);
		assertThat(saved.displayName()).isEqualTo("Renamed User");
		assertThat(saved.role()).isEqualTo(Role.INSPECTOR);
		assertThat(saved.scopeLocalityId()).isEqualTo(localities.findByCode("614", BEFORE_REFORM).orElseThrow().id());
		assertThat(saved.enabled()).isFalse();

		// The form shows the scope as the code on a day the unit existed, so saving again keeps it.
		mvc.perform(get("/admin/users/{id}", target.id()))
			.andExpect(content().string(containsString("value=\"614\"")))
			.andExpect(content().string(containsString("value=\"30/06/2025\"")));
	}

	@Test
	@WithUserDetails("admin")
	void staleEditIsRefusedWithInputKeptAndNothingSaved() throws Exception {
		UserAccount target = test.create(Role.VIEWER, null);
		mvc.perform(edit(target, 0).param("displayName", "First Edit").param("role", "VIEWER").param("enabled", "true"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(edit(target, 0).param("displayName", "Stale Edit").param("role", "EDITOR").param("enabled", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(test.vi("common.stale"))))
			.andExpect(content().string(containsString("value=\"Stale Edit\"")))
			.andExpect(content().string(containsString(test.vi("account.user.saved"))))
			.andExpect(content().string(containsString("First Edit")))
			// The form now carries the current version: saving again is a deliberate overwrite.
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		UserAccount saved = test.reload(target);
		assertThat(saved.displayName()).isEqualTo("First Edit");
		assertThat(saved.role()).isEqualTo(Role.VIEWER);
		assertThat(saved.version()).isEqualTo(1);
	}

	/** No @WithUserDetails here: it would run the browser's own requests as the admin too. */
	@Test
	void disablingAUserEndsTheirSessionAndRefusesTheirLogin() throws Exception {
		AccountPrincipal admin = accounts.findByUsername("admin").orElseThrow().principal();
		UserAccount target = test.create(Role.EDITOR, null);
		TestAccounts.Browser browser = new TestAccounts.Browser(mvc);
		assertThat(browser.login(target.username(), TestAccounts.PASSWORD)).isEqualTo("/");
		assertThat(browser.perform(get("/profile")).getResponse().getStatus()).isEqualTo(200);

		mvc.perform(edit(target, 0).param("displayName", target.displayName()).param("role", "EDITOR")
			.with(user(admin))).andExpect(status().is3xxRedirection());

		assertThat(browser.perform(get("/profile")).getResponse().getRedirectedUrl()).isEqualTo("/login");
		mvc.perform(post("/login").param("username", target.username()).param("password", TestAccounts.PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void adminCannotLockThemselvesOut() throws Exception {
		UserAccount admin = test.create(Role.ADMIN, null);
		mvc.perform(post("/admin/users/{id}", admin.id()).param("version", "0").param("displayName", "Me")
			.param("role", "ADMIN").with(user(admin.principal())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userEditForm", "enabled", "account.user.selfLockout"));
		mvc.perform(post("/admin/users/{id}", admin.id()).param("version", "0").param("displayName", "Me")
			.param("role", "VIEWER").param("enabled", "true").with(user(admin.principal())).with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("userEditForm", "role", "account.user.selfLockout"));
		UserAccount saved = test.reload(admin);
		assertThat(saved.enabled()).isTrue();
		assertThat(saved.role()).isEqualTo(Role.ADMIN);
		assertThat(saved.displayName()).isEqualTo(admin.displayName());
	}

	@Test
	@WithUserDetails("admin")
	void adminResetsAPassword() throws Exception {
		UserAccount target = test.create(Role.EDITOR, null);
		mvc.perform(post("/admin/users/{id}/password", target.id()).param("newPassword", "short").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(test.vi("account.password.size"))));
		assertThat(test.passwordIs(target, TestAccounts.PASSWORD)).isTrue();

		mvc.perform(post("/admin/users/{id}/password", target.id()).param("newPassword", "brand-new-password")
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + target.id()))
			.andExpect(flash().attribute("flash", "account.user.passwordReset"));
		assertThat(test.passwordIs(target, "brand-new-password")).isTrue();
		assertThat(test.passwordIs(target, TestAccounts.PASSWORD)).isFalse();
	}

	@Test
	@WithUserDetails("admin")
	void unknownUserAnswers404() throws Exception {
		mvc.perform(get("/admin/users/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/users/not-a-number")).andExpect(status().isNotFound());
		mvc.perform(post("/admin/users/{id}", Long.MAX_VALUE).param("version", "0").param("displayName", "X")
			.param("role", "EDITOR").with(csrf())).andExpect(status().isNotFound());
	}

	/** A valid create request; {@code overrides} are name/value pairs that replace the defaults. */
	private static MockHttpServletRequestBuilder newUser(String username, String scopeCode, String scopeOn,
			String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("username", username);
		params.put("displayName", "New User");
		params.put("role", "EDITOR");
		params.put("scopeCode", scopeCode);
		params.put("scopeOn", scopeOn);
		params.put("password", "a-good-password");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/users");
		params.forEach((name, value) -> request.param(name, value));
		return request;
	}

	private static MockHttpServletRequestBuilder edit(UserAccount target, long version) {
		return post("/admin/users/{id}", target.id()).param("version", String.valueOf(version)).with(csrf());
	}

}
