package vn.mohinh.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: after {@code mohinh.login.max-failures} wrong passwords within the window a
 * username is locked for the rest of the window, even with the right password.
 */
@Service
class LoginThrottle {

	private final LoginFailures failures;
	private final int maxFailures;
	private final Duration window;

	LoginThrottle(LoginFailures failures, @Value("${mohinh.login.max-failures:5}") int maxFailures,
			@Value("${mohinh.login.lock-minutes:15}") long lockMinutes) {
		this.failures = failures;
		this.maxFailures = maxFailures;
		this.window = Duration.ofMinutes(lockMinutes);
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		return failures.countByUsernameAndFailedAtAfter(key(username), Instant.now().minus(window)) >= maxFailures;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		failures.save(new LoginFailure(key(event.getAuthentication().getName()), Instant.now()));
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void onSuccess(AuthenticationSuccessEvent event) {
		failures.deleteByUsernameOrOlderThan(key(event.getAuthentication().getName()), Instant.now().minus(window));
	}

	private static String key(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > 60 ? name.substring(0, 60) : name;
	}

}
