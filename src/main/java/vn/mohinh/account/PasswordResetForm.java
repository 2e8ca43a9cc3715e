package vn.mohinh.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password that the admin sets for a user who forgot theirs. */
class PasswordResetForm {

	@NotBlank(message = "{account.password.required}")
	@Size(min = Passwords.MIN_LENGTH, message = "{account.password.size}")
	private String newPassword;

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
