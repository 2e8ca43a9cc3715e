package vn.mohinh.account;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/** What every signed-in user does with their own account: read it, change the password, keep tokens. */
@Service
class AccountProfile {

	private final UserAccounts accounts;
	private final ApiTokenService tokens;
	private final PasswordEncoder encoder;
	private final LocalityDirectory localities;
	private final UserSessions sessions;

	AccountProfile(UserAccounts accounts, ApiTokenService tokens, PasswordEncoder encoder,
			LocalityDirectory localities, UserSessions sessions) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.encoder = encoder;
		this.localities = localities;
		this.sessions = sessions;
	}

	/** The user's own details; the scope is {@code null} for the whole country. */
	record Profile(String username, String displayName, Role role, ScopeView scope) {
	}

	record ScopeView(String code, String name) {
	}

	/** A line of the token list, dates already in Vietnam's time and format. */
	record TokenRow(long id, String name, String prefix, String createdAt, String lastUsedAt, String revokedAt,
			boolean active) {
	}

	@Transactional(readOnly = true)
	Profile profile(long userId) {
		UserAccount account = find(userId);
		ScopeView scope = account.scopeLocalityId() == null ? null
				: localities.find(account.scopeLocalityId()).map(AccountProfile::scopeView).orElse(null);
		return new Profile(account.username(), account.displayName(), account.role(), scope);
	}

	@Transactional(readOnly = true)
	List<TokenRow> tokens(long userId) {
		return tokens.tokensOf(userId).stream()
			.map(t -> new TokenRow(t.id(), t.name(), t.tokenPrefix(), AccountDates.format(t.createdAt()),
					AccountDates.format(t.lastUsedAt()), AccountDates.format(t.revokedAt()), t.active()))
			.toList();
	}

	/**
	 * Changes the user's own password after checking the current one, and ends their other sessions
	 * (someone who knew the old password may be signed in elsewhere).
	 */
	@Transactional
	void changePassword(long userId, PasswordChangeForm form, String currentSessionId) {
		UserAccount account = find(userId);
		if (!account.passwordMatches(form.getCurrentPassword(), encoder)) {
			throw new AccountRuleException("currentPassword", "account.password.current.wrong");
		}
		if (!form.getNewPassword().equals(form.getConfirmPassword())) {
			throw new AccountRuleException("confirmPassword", "account.password.confirm.mismatch");
		}
		Passwords.requireAcceptable("newPassword", form.getNewPassword());
		account.changePassword(encoder.encode(form.getNewPassword()));
		sessions.endAllExcept(account.username(), currentSessionId);
	}

	@Transactional(readOnly = true)
	String email(long userId) {
		return find(userId).email();
	}

	@Transactional
	void changeEmail(long userId, EmailForm form) {
		find(userId).changeEmail(form.getEmail());
	}

	/** Returns the clear token, to be shown once. */
	String createToken(long userId, TokenForm form) {
		return tokens.create(userId, VietnameseText.clean(form.getName()));
	}

	/** Someone else's token answers 404, as if it did not exist. */
	void revokeToken(long userId, long tokenId) {
		tokens.revoke(userId, tokenId);
	}

	private UserAccount find(long userId) {
		return accounts.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
	}

	private static ScopeView scopeView(LocalityView locality) {
		return new ScopeView(locality.code(), locality.fullName());
	}

}
