package vn.mohinh.inspection;

import java.util.List;

import vn.mohinh.shared.rules.RuleException;

/**
 * One or more rules of an inspection were broken; each names the form field it belongs to (or none)
 * and the message to show. Forms show every broken rule at once, each by its field.
 */
class InspectionRuleException extends RuleException {

	InspectionRuleException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}

	InspectionRuleException(List<Violation> violations) {
		super(violations);
	}

	/** Collects broken rules of this module and throws them as one {@link InspectionRuleException}. */
	static final class Rules extends RuleException.Rules {

		Rules() {
			super(InspectionRuleException::new);
		}

	}

}
