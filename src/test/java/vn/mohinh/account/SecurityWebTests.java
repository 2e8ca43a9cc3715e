package vn.mohinh.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.mohinh.MoHinhTest;

/**
 * Login, sessions, CSRF and headers, through the real filter chain and the JDBC session store.
 * Every test signs in with its own throwaway user, so throttling never locks a demo account.
 */
@MoHinhTest
class SecurityWebTests {

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
	JdbcClient jdbc;

	TestAccounts test;

	@BeforeEach
	void setUp() {
		test = new TestAccounts(accounts, encoder, messages);
	}

	@Test
	void fiveWrongPasswordsLockTheUsernameEvenForTheRightPassword() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", user.username()).param("password", "wrong-password-" + i)
				.with(csrf())).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").param("username", user.username()).param("password", TestAccounts.PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/login?locked"));
		// Case and spaces do not open a second lock counter.
		mvc.perform(post("/login").param("username", " " + user.username().toUpperCase() + " ")
			.param("password", TestAccounts.PASSWORD).with(csrf())).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString(test.vi("login.locked"))));
	}

	@Test
	void fourWrongPasswordsDoNotLockAndASuccessfulLoginClearsThem() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				mvc.perform(post("/login").param("username", user.username()).param("password", "nope-nope-" + i)
					.with(csrf())).andExpect(redirectedUrl("/login?error"));
			}
			mvc.perform(post("/login").param("username", user.username()).param("password", TestAccounts.PASSWORD)
				.with(csrf())).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void wrongPasswordShowsTheErrorMessage() throws Exception {
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString(test.vi("login.error"))));
	}

	@Test
	void loginChangesTheSessionIdAndTheSessionLivesInTheDatabase() throws Exception {
		UserAccount user = test.create(Role.VIEWER, null);
		TestAccounts.Browser browser = new TestAccounts.Browser(mvc);
		String csrf = browser.csrfFrom("/login");
		String before = browser.sessionId();
		assertThat(before).as("the login page starts a session for its CSRF token").isNotNull();
		var beforeCookie = browser.sessionCookie();

		MvcResult login = browser.perform(post("/login").param("username", user.username())
			.param("password", TestAccounts.PASSWORD).param("_csrf", csrf));
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.sessionId()).as("session fixation: a new id after login").isNotEqualTo(before);

		// The follow-up request finds the principal only by reading it back from spring_session.
		browser.perform(get("/profile"));
		MvcResult profile = browser.perform(get("/profile"));
		assertThat(profile.getResponse().getStatus()).isEqualTo(200);
		assertThat(profile.getResponse().getContentAsString()).contains(user.username());
		assertThat(jdbc.sql("""
				select count(*) from spring_session s join spring_session_attributes a on a.session_primary_id = s.primary_id
				where s.principal_name = :name and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""")
			.param("name", user.username()).query(Long.class).single()).isEqualTo(1L);

		// The id from before the login is worth nothing now.
		mvc.perform(get("/profile").cookie(beforeCookie)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void afterLoginTheUserLandsOnThePageTheyAskedFor() throws Exception {
		UserAccount user = test.create(Role.VIEWER, null);
		TestAccounts.Browser browser = new TestAccounts.Browser(mvc);
		assertThat(browser.perform(get("/profile")).getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(browser.login(user.username(), TestAccounts.PASSWORD)).endsWith("/profile?continue");
	}

	@Test
	void logoutIsPostWithCsrfOnly() throws Exception {
		UserAccount user = test.create(Role.VIEWER, null);
		TestAccounts.Browser browser = new TestAccounts.Browser(mvc);
		assertThat(browser.login(user.username(), TestAccounts.PASSWORD)).isEqualTo("/");

		MvcResult viaGet = browser.perform(get("/logout"));
		assertThat(viaGet.getResponse().getRedirectedUrl()).isNotEqualTo("/login?logout");
		MvcResult withoutCsrf = browser.perform(post("/logout"));
		assertThat(withoutCsrf.getResponse().getStatus()).isEqualTo(403);
		assertThat(browser.perform(get("/profile")).getResponse().getStatus()).as("still signed in").isEqualTo(200);

		String csrf = browser.csrfFrom("/profile");
		assertThat(browser.perform(post("/logout").param("_csrf", csrf)).getResponse().getRedirectedUrl())
			.isEqualTo("/login?logout");
		assertThat(browser.perform(get("/profile")).getResponse().getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void everyPostNeedsCsrfWithTheSession() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		mvc.perform(post("/profile/tokens").param("name", "no-csrf").with(user(user.principal())))
			.andExpect(status().isForbidden());
		// A stray bearer header on a page does not switch CSRF off for the session.
		mvc.perform(post("/profile/tokens").param("name", "no-csrf").header("Authorization", "Bearer whatever")
			.with(user(user.principal()))).andExpect(status().isForbidden());
		// API calls made with the session need it too.
		mvc.perform(post("/api/v1/me").with(user(user.principal()))).andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString("json")));
		assertThat(tokens.tokensOf(user.id())).isEmpty();
	}

	@Test
	void tokenCallsToTheApiNeedNoCsrf() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		String token = tokens.create(user.id(), "script");
		// Past CSRF and authorisation, the endpoint itself answers: it only knows GET.
		mvc.perform(post("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void unauthenticatedApiCallsGet401JsonNotARedirect() throws Exception {
		MvcResult anonymous = mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"))
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(content().string(containsString("\"status\":401")))
			.andReturn();
		// Nothing to come back to after a login: no session row per anonymous script call.
		assertThat(anonymous.getResponse().getCookie("SESSION")).isNull();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer mh_not-a-real-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		mvc.perform(get("/profile")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void expiredSessionInAnHtmxRequestAsksForAReload() throws Exception {
		mvc.perform(get("/profile").header("HX-Request", "true"))
			.andExpect(header().string("HX-Refresh", "true"));
	}

	@Test
	void securityHeadersArePresent() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
					containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
					containsString("object-src 'none'"), not(containsString("unsafe-inline")),
					not(containsString("unsafe-eval")))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void disabledUserCannotSignIn() throws Exception {
		UserAccount user = test.create(Role.EDITOR, null);
		UserAccount saved = test.reload(user);
		saved.change(saved.displayName(), saved.role(), saved.scopeLocalityId(), false);
		accounts.save(saved);
		mvc.perform(post("/login").param("username", user.username()).param("password", TestAccounts.PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/login?error"));
	}

}
