package vn.mohinh.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, if any. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<ScopedPrincipal> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ScopedPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

}
