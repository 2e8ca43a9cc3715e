package vn.mohinh.initiative;

/** A rule of the register was broken; names the form field it belongs to (or none) and the message to show. */
class InitiativeRuleException extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final transient Object[] args;

	InitiativeRuleException(String field, String messageKey, Object... args) {
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
