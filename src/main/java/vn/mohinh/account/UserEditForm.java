package vn.mohinh.account;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the admin may change of a user; {@code version} is the one the form was filled in from. */
class UserEditForm {

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 120, message = "{account.displayName.size}")
	private String displayName;

	@NotNull(message = "{account.role.required}")
	private Role role;

	@Size(max = 20, message = "{account.scope.code.size}")
	private String scopeCode;

	@DateTimeFormat(pattern = AccountDates.DATE_PATTERN)
	private LocalDate scopeOn = AccountDates.today();

	@jakarta.validation.constraints.Email(message = "{account.email.invalid}")
	@Size(max = 200, message = "{account.email.size}")
	private String email;

	/** The party member the account belongs to, by name (and position when names repeat); blank for none. */
	@Size(max = 200, message = "{account.person.size}")
	private String person;

	private boolean enabled;

	@NotNull
	private Long version;

	static UserEditForm of(UserAccount account, String scopeCode, LocalDate scopeOn, String personName) {
		UserEditForm form = new UserEditForm();
		form.email = account.email();
		form.person = personName;
		form.displayName = account.displayName();
		form.role = account.role();
		form.scopeCode = scopeCode;
		form.scopeOn = scopeOn;
		form.enabled = account.enabled();
		form.version = account.version();
		return form;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getScopeCode() {
		return scopeCode;
	}

	public void setScopeCode(String scopeCode) {
		this.scopeCode = scopeCode;
	}

	public LocalDate getScopeOn() {
		return scopeOn;
	}

	public void setScopeOn(LocalDate scopeOn) {
		this.scopeOn = scopeOn;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public String getPerson() {
		return person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

}
