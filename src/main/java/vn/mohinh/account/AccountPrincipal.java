package vn.mohinh.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.mohinh.shared.security.ScopedPrincipal;

/** The signed-in user as Spring Security and every module see them; kept in the session. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, ScopedPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;
	private final String username;
	private String passwordHash;
	private final String displayName;
	private final Role role;
	private final Long scopeLocalityId;
	private final boolean enabled;
	private final boolean locked;

	AccountPrincipal(Long id, String username, String passwordHash, String displayName, Role role,
			Long scopeLocalityId, boolean enabled, boolean locked) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.scopeLocalityId = scopeLocalityId;
		this.enabled = enabled;
		this.locked = locked;
	}

	Long id() {
		return id;
	}

	Role role() {
		return role;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Long scopeLocalityId() {
		return scopeLocalityId;
	}

	@Override
	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	@Override
	public boolean canEdit() {
		return role.canEdit();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	/** Locked while login throttling holds the username. */
	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
