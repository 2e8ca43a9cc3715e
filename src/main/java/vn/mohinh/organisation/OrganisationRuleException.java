package vn.mohinh.organisation;

/** A broken rule of an organisation or a person; names the form field and the message key. */
class OrganisationRuleException extends RuntimeException {

	private final String field;
	private final String messageKey;

	OrganisationRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

}
