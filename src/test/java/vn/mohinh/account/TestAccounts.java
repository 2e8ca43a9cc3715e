package vn.mohinh.account;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.mohinh.shared.text.VietnameseText;

/**
 * Throwaway users for tests that share one database: every test makes its own, with a unique
 * username, so that no test locks or changes the demo accounts. Built by each test from the
 * context's beans (not a bean itself, so the shared test context stays the same for all tests).
 */
final class TestAccounts {

	static final String PASSWORD = "throwaway-password-1";

	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final MessageSource messages;

	TestAccounts(UserAccounts accounts, PasswordEncoder encoder, MessageSource messages) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.messages = messages;
	}

	static String uniqueName() {
		return "t-" + UUID.randomUUID().toString().substring(0, 12);
	}

	UserAccount create(Role role, Long scopeLocalityId) {
		String name = uniqueName();
		return accounts.save(new UserAccount(name, encoder.encode(PASSWORD), "Test " + name, role, scopeLocalityId));
	}

	UserAccount reload(UserAccount account) {
		return accounts.findById(account.id()).orElseThrow();
	}

	boolean passwordIs(UserAccount account, String password) {
		return reload(account).passwordMatches(password, encoder);
	}

	/** A message as the Vietnamese UI shows it. */
	String vi(String key, Object... args) {
		return messages.getMessage(key, args, VietnameseText.VI);
	}

	String en(String key, Object... args) {
		return messages.getMessage(key, args, Locale.ENGLISH);
	}

	/**
	 * A browser for MockMvc: keeps the session cookie between requests and reads the CSRF token from
	 * the page's meta tag, as htmx does, so login and session tests go through the real session store.
	 */
	static final class Browser {

		private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

		private static final Pattern CSRF_FIELD = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

		private final MockMvc mvc;
		private Cookie session;

		Browser(MockMvc mvc) {
			this.mvc = mvc;
		}

		MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
			if (session != null) {
				request.cookie(session);
			}
			MvcResult result = mvc.perform(request).andReturn();
			Cookie cookie = result.getResponse().getCookie("SESSION");
			if (cookie != null) {
				session = cookie.getMaxAge() == 0 ? null : cookie;
			}
			return result;
		}

		String sessionId() {
			return session == null ? null : session.getValue();
		}

		Cookie sessionCookie() {
			return session;
		}

		void useSession(Cookie cookie) {
			this.session = cookie;
		}

		/**
		 * The CSRF token of a page: from its meta tag (pages of a signed-in user) or from its form's
		 * hidden field (the login page: visitors' pages carry no meta tag, which would start a session).
		 */
		String csrfFrom(String path) throws Exception {
			String html = perform(get(path))
				.getResponse().getContentAsString();
			Matcher m = CSRF_META.matcher(html);
			if (m.find()) {
				return m.group(1);
			}
			Matcher field = CSRF_FIELD.matcher(html);
			if (!field.find()) {
				throw new AssertionError("no CSRF meta tag or form field on " + path);
			}
			return field.group(1);
		}

		/** Signs in through the login form; returns where the login redirected to. */
		String login(String username, String password) throws Exception {
			String csrf = csrfFrom("/login");
			return perform(post("/login")
				.param("username", username).param("password", password).param("_csrf", csrf))
				.getResponse().getRedirectedUrl();
		}

	}

}
