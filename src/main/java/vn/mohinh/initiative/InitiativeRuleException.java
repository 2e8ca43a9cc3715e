package vn.mohinh.initiative;

import java.util.List;

import vn.mohinh.shared.rules.RuleException;

/**
 * One or more rules of the register were broken; each names the form field it belongs to (or none)
 * and the message to show. Forms show every broken rule at once, each by its field.
 */
class InitiativeRuleException extends RuleException {

	InitiativeRuleException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}

	InitiativeRuleException(List<Violation> violations) {
		super(violations);
	}

	/** Collects broken rules of this module and throws them as one {@link InitiativeRuleException}. */
	static final class Rules extends RuleException.Rules {

		Rules() {
			super(InitiativeRuleException::new);
		}

	}

}
