package vn.mohinh.commendation;

import java.util.List;

import vn.mohinh.shared.rules.RuleException;

/**
 * One or more rules of commendations, nominations or exemplars were broken; each names the form field it belongs
 * to (or none) and the message key to show. Forms show every broken rule at once, each by its field.
 */
class CommendationRuleException extends RuleException {

	CommendationRuleException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}

	CommendationRuleException(List<Violation> violations) {
		super(violations);
	}

	/** Collects broken rules of this module and throws them as one {@link CommendationRuleException}. */
	static final class Rules extends RuleException.Rules {

		Rules() {
			super(CommendationRuleException::new);
		}

	}

}
