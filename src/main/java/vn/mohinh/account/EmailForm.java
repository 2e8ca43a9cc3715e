package vn.mohinh.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** The user's own address for reminders; blank removes it. */
class EmailForm {

	@Email(message = "{account.email.invalid}")
	@Size(max = 200, message = "{account.email.size}")
	private String email;

	static EmailForm of(String email) {
		EmailForm form = new EmailForm();
		form.email = email;
		return form;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

}
