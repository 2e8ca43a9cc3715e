package vn.mohinh.locality;

/** A broken rule of the locality tree; the message key names it in the message files. */
class LocalityRuleException extends RuntimeException {

	private final String messageKey;

	LocalityRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
