package vn.mohinh.account;

/**
 * A rule of the account module that a form broke (username taken, unknown locality code, wrong
 * current password). Carries the form field and the message key, so the controller can show the
 * message beside the field.
 */
class AccountRuleException extends RuntimeException {

	private final String field;
	private final String code;
	private final transient Object[] args;

	AccountRuleException(String field, String code, Object... args) {
		super(code);
		this.field = field;
		this.code = code;
		this.args = args;
	}

	String field() {
		return field;
	}

	String code() {
		return code;
	}

	Object[] args() {
		return args;
	}

}
