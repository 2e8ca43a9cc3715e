package vn.mohinh.meeting;

import java.util.List;

import vn.mohinh.shared.rules.RuleException;

/**
 * One or more rules of meetings, action items or commitments were broken; each names the form field
 * it belongs to (or none) and the message key to show, so that a form shows every one by its field.
 */
class MeetingRuleException extends RuleException {

	MeetingRuleException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}

	MeetingRuleException(List<Violation> violations) {
		super(violations);
	}

	/** Collects broken rules of this module and throws them as one {@link MeetingRuleException}. */
	static final class Rules extends RuleException.Rules {

		Rules() {
			super(MeetingRuleException::new);
		}

	}

}
