package vn.mohinh.inspection;

import vn.mohinh.initiative.PilotLevel;

/** A policy change that breaks a rule: the level it concerns, a message key and its arguments. */
class InspectionPolicyException extends RuntimeException {

	private final PilotLevel level;
	private final String messageKey;
	private final transient Object[] args;

	InspectionPolicyException(PilotLevel level, String messageKey, Object... args) {
		super(messageKey);
		this.level = level;
		this.messageKey = messageKey;
		this.args = args;
	}

	PilotLevel level() {
		return level;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] args() {
		return args;
	}

}
