package vn.mohinh.account;

import java.nio.charset.StandardCharsets;

/** The password rules every form shares. */
final class Passwords {

	static final int MIN_LENGTH = 10;

	/** BCrypt reads at most 72 bytes and Spring Security refuses longer input rather than cut it. */
	static final int MAX_BYTES = 72;

	private Passwords() {
	}

	static void requireAcceptable(String field, String password) {
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new AccountRuleException(field, "account.password.tooLong");
		}
	}

}
