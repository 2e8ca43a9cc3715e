package vn.mohinh.report;

/** A rule of reports was broken: the form field it belongs to (or none) and the message key to show. */
class ReportRuleException extends RuntimeException {

	private final String field;

	private final transient Object[] args;

	ReportRuleException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.args = args == null ? new Object[0] : args.clone();
	}

	String field() {
		return field;
	}

	String messageKey() {
		return getMessage();
	}

	Object[] args() {
		return args.clone();
	}

}
