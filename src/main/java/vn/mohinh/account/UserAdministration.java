package vn.mohinh.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/** What the admin does with users: list, create, change, reset a password. */
@Service
class UserAdministration {

	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final LocalityDirectory localities;
	private final UserSessions sessions;
	private final OrganisationDirectory organisations;

	UserAdministration(UserAccounts accounts, PasswordEncoder encoder, LocalityDirectory localities,
			UserSessions sessions, OrganisationDirectory organisations) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.localities = localities;
		this.sessions = sessions;
		this.organisations = organisations;
	}

	/** A line of the user list; {@code scopeName} is {@code null} for the whole country. */
	record UserRow(long id, String username, String displayName, Role role, String scopeName, boolean enabled) {
	}

	/** The user as saved, beside the edit form (also shown after a stale edit, for comparison). */
	record UserDetails(long id, String username, String displayName, Role role, String scopeName, boolean enabled,
			String createdAt, String email, String personName) {
	}

	@Transactional(readOnly = true)
	Page<UserRow> list(Pageable pageable) {
		Page<UserAccount> page = accounts.findAll(pageable);
		Set<Long> scopeIds = page.getContent().stream().map(UserAccount::scopeLocalityId).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, LocalityView> scopes = localities.findAll(scopeIds);
		return page.map(a -> new UserRow(a.id(), a.username(), a.displayName(), a.role(),
				a.scopeLocalityId() == null ? null : nameOf(scopes.get(a.scopeLocalityId())), a.enabled()));
	}

	@Transactional(readOnly = true)
	UserDetails details(long id) {
		UserAccount account = find(id);
		return new UserDetails(account.id(), account.username(), account.displayName(), account.role(),
				scopeName(account.scopeLocalityId()), account.enabled(), AccountDates.format(account.createdAt()),
				account.email(), personName(account.personId()));
	}

	/** The edit form filled in from the saved user; the scope as its code on a day the unit existed. */
	@Transactional(readOnly = true)
	UserEditForm editForm(long id) {
		UserAccount account = find(id);
		if (account.scopeLocalityId() == null) {
			return UserEditForm.of(account, null, AccountDates.today(), personName(account.personId()));
		}
		LocalityView scope = localities.find(account.scopeLocalityId()).orElseThrow();
		return UserEditForm.of(account, scope.code(), dayValid(scope), personName(account.personId()));
	}

	/** Returns the new user's id. */
	@Transactional
	long create(UserForm form) {
		String username = UserAccount.normalise(form.getUsername());
		if (accounts.existsByUsername(username)) {
			throw new AccountRuleException("username", "account.username.taken");
		}
		Long scopeId = resolveScope(form.getScopeCode(), form.getScopeOn());
		Passwords.requireAcceptable("password", form.getPassword());
		Long personId = resolvePerson(form.getPerson(), null, scopeId);
		try {
			UserAccount account = new UserAccount(username, encoder.encode(form.getPassword()),
					VietnameseText.clean(form.getDisplayName()), form.getRole(), scopeId);
			account.contact(form.getEmail(), personId);
			return accounts.saveAndFlush(account).id();
		}
		catch (DataIntegrityViolationException e) {
			// Two admins creating the same username at once: the unique constraint decides.
			throw new AccountRuleException("username", "account.username.taken");
		}
	}

	/**
	 * Saves the admin's changes unless the form was filled in from an older version. An admin cannot
	 * disable their own account or take away their own admin role, so one admin always remains.
	 */
	@Transactional
	void update(long id, UserEditForm form, long actingUserId) {
		UserAccount account = find(id);
		if (form.getVersion() == null || account.version() != form.getVersion()) {
			throw new StaleEditException();
		}
		Long scopeId = resolveScope(form.getScopeCode(), form.getScopeOn());
		if (id == actingUserId && !form.isEnabled()) {
			throw new AccountRuleException("enabled", "account.user.selfLockout");
		}
		if (id == actingUserId && form.getRole() != Role.ADMIN) {
			throw new AccountRuleException("role", "account.user.selfLockout");
		}
		Long personId = resolvePerson(form.getPerson(), account.personId(), scopeId);
		account.contact(form.getEmail(), personId);
		if (account.change(VietnameseText.clean(form.getDisplayName()), form.getRole(), scopeId, form.isEnabled())) {
			sessions.endAll(account.username());
		}
	}

	private String personName(Long personId) {
		return personId == null ? null : organisations.findPerson(personId).map(PersonView::fullName).orElse(null);
	}

	/**
	 * The party member named in the form: every word must match one person's name or position, within
	 * the account's scope. The name of the person already linked keeps the link, even if it repeats.
	 */
	private Long resolvePerson(String text, Long currentId, Long scopeId) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String wanted = VietnameseText.clean(text);
		if (currentId != null && wanted.equals(personName(currentId))) {
			return currentId;
		}
		String scopePath = scopeId == null ? null : localities.find(scopeId).map(LocalityView::path).orElse(null);
		List<PersonView> found = organisations.searchPartyMembers(wanted, 20).stream()
			.filter(p -> scopePath == null || p.scopePath().startsWith(scopePath)
					|| localities.unitsCovering(p.scopePath()).contains(scopeId))
			.toList();
		if (found.isEmpty()) {
			throw new AccountRuleException("person", "account.person.unknown", wanted);
		}
		if (found.size() > 1) {
			String names = found.stream().limit(5)
				.map(p -> p.position() == null ? p.fullName() : p.fullName() + " (" + p.position() + ")")
				.collect(Collectors.joining("; "));
			throw new AccountRuleException("person", "account.person.ambiguous", names);
		}
		return found.get(0).id();
	}

	@Transactional
	void resetPassword(long id, PasswordResetForm form) {
		UserAccount account = find(id);
		Passwords.requireAcceptable("newPassword", form.getNewPassword());
		account.changePassword(encoder.encode(form.getNewPassword()));
		sessions.endAll(account.username());
	}

	private UserAccount find(long id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	private Long resolveScope(String code, LocalDate on) {
		if (code == null || code.isBlank()) {
			return null;
		}
		LocalDate day = on == null ? AccountDates.today() : on;
		return localities.findByCode(code.strip(), day).map(LocalityView::id)
			.orElseThrow(() -> new AccountRuleException("scopeCode", "account.scope.unknown", code.strip(),
					AccountDates.format(day)));
	}

	private String scopeName(Long scopeId) {
		return scopeId == null ? null : localities.find(scopeId).map(UserAdministration::nameOf).orElse(null);
	}

	static String nameOf(LocalityView locality) {
		return locality == null ? null : locality.fullName();
	}

	/** Today if the unit still exists, else its last day, so that the code resolves to the same unit. */
	private static LocalDate dayValid(LocalityView scope) {
		LocalDate today = AccountDates.today();
		if (scope.validOn(today) || scope.validTo() == null) {
			return today;
		}
		return scope.validTo();
	}

}
