package vn.mohinh.evaluation;

import java.util.List;

import vn.mohinh.shared.rules.RuleException;

/**
 * One or more rules of evaluations or criteria were broken; each names the form field it belongs
 * to (or none) and the message key to show. Forms show every broken rule at once, each by its field.
 */
class EvaluationRuleException extends RuleException {

	EvaluationRuleException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}

	EvaluationRuleException(List<Violation> violations) {
		super(violations);
	}

	/** Collects broken rules of this module and throws them as one {@link EvaluationRuleException}. */
	static final class Rules extends RuleException.Rules {

		Rules() {
			super(EvaluationRuleException::new);
		}

	}

}
