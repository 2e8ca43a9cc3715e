package vn.mohinh.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person who signs in: a role, a scope, and a hashed password. */
@Entity
@Table(name = "user_account")
@Audited
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
	@SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
	private Long id;

	private String username;

	@NotAudited
	private String passwordHash;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long scopeLocalityId;

	private boolean enabled;

	private Instant createdAt;

	/** Where reminders are mailed; none means in-app notifications only. */
	private String email;

	/** The person (organisation module) this account belongs to, so reminders to a person in charge reach it. */
	private Long personId;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName, Role role, Long scopeLocalityId) {
		this.username = normalise(username);
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.scopeLocalityId = scopeLocalityId;
		this.enabled = true;
		this.createdAt = Instant.now();
	}

	/** Usernames are stored lower case and trimmed, so "Huyen " signs in as "huyen". */
	static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Changes what the admin may change; answers whether the user's access changed (role, scope or
	 * enabled), in which case their open sessions must end because the session holds the old access.
	 */
	boolean change(String displayName, Role role, Long scopeLocalityId, boolean enabled) {
		boolean accessChanged = this.role != role || !Objects.equals(this.scopeLocalityId, scopeLocalityId)
				|| this.enabled != enabled;
		this.displayName = displayName;
		this.role = role;
		this.scopeLocalityId = scopeLocalityId;
		this.enabled = enabled;
		return accessChanged;
	}

	/** How reminders reach the user: an e-mail address (or none) and the person the account belongs to. */
	void contact(String email, Long personId) {
		this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
		this.personId = personId;
	}

	/** The user's own change of address; the person link is the admin's. */
	void changeEmail(String email) {
		contact(email, personId);
	}

	String email() {
		return email;
	}

	Long personId() {
		return personId;
	}

	Recipient recipient() {
		return new Recipient(username, displayName, email, personId);
	}

	boolean passwordMatches(String password, PasswordEncoder encoder) {
		return password != null && encoder.matches(password, passwordHash);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	AccountPrincipal principal() {
		return principal(false);
	}

	AccountPrincipal principal(boolean locked) {
		return new AccountPrincipal(id, username, passwordHash, displayName, role, scopeLocalityId, enabled, locked);
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	Role role() {
		return role;
	}

	Long scopeLocalityId() {
		return scopeLocalityId;
	}

	boolean enabled() {
		return enabled;
	}

	long version() {
		return version;
	}

	Instant createdAt() {
		return createdAt;
	}

}
