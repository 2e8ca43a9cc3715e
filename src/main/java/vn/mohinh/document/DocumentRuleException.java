package vn.mohinh.document;

/** A rule of the register was broken; names the form field it belongs to and the message to show. */
class DocumentRuleException extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final transient Object[] args;

	DocumentRuleException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] args() {
		return args.clone();
	}

}
