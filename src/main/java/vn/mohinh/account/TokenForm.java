package vn.mohinh.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new personal API token: only its name, so the user later knows which script holds it. */
class TokenForm {

	@NotBlank(message = "{account.token.name.required}")
	@Size(max = 80, message = "{account.token.name.size}")
	private String name;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
