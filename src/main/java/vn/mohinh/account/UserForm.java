package vn.mohinh.account;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new user, as the admin fills it in. The scope is an official code on a date, blank for the whole country. */
class UserForm {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = "^$|^[A-Za-z0-9._-]{3,60}$", message = "{account.username.pattern}")
	private String username;

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 120, message = "{account.displayName.size}")
	private String displayName;

	@NotNull(message = "{account.role.required}")
	private Role role;

	@Size(max = 20, message = "{account.scope.code.size}")
	private String scopeCode;

	@DateTimeFormat(pattern = AccountDates.DATE_PATTERN)
	@jakarta.validation.constraints.Email(message = "{account.email.invalid}")
	@Size(max = 200, message = "{account.email.size}")
	private String email;

	/** The party member the account belongs to, by name (and position when names repeat); blank for none. */
	@Size(max = 200, message = "{account.person.size}")
	private String person;

	private LocalDate scopeOn = AccountDates.today();

	@NotBlank(message = "{account.password.required}")
	@Size(min = Passwords.MIN_LENGTH, message = "{account.password.size}")
	private String password;

	public String getUsername() {
		return username;
	}

	/** Stripped before validation, so that a pasted " huyen " passes the pattern. */
	public void setUsername(String username) {
		this.username = username == null ? null : username.strip();
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

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
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
