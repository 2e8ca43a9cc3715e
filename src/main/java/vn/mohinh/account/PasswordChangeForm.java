package vn.mohinh.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user changing their own password: the current one proves it is them, the new one twice. */
class PasswordChangeForm {

	@NotBlank(message = "{account.password.current.required}")
	private String currentPassword;

	@NotBlank(message = "{account.password.required}")
	@Size(min = Passwords.MIN_LENGTH, message = "{account.password.size}")
	private String newPassword;

	@NotBlank(message = "{account.password.confirm.required}")
	private String confirmPassword;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
