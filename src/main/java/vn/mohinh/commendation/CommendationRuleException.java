package vn.mohinh.commendation;

import java.util.ArrayList;
import java.util.List;

/**
 * One or more rules of commendations, nominations or exemplars were broken; each names the form field it belongs
 * to (or none) and the message key to show. Forms show every broken rule at once, each by its field.
 */
class CommendationRuleException extends RuntimeException {

	/** A broken rule: the field (null for the whole record), the message key and its arguments. */
	record Violation(String field, String messageKey, Object[] args) {
	}

	private final List<Violation> violations;

	CommendationRuleException(String field, String messageKey, Object... args) {
		this(List.of(new Violation(field, messageKey, args == null ? new Object[0] : args.clone())));
	}

	CommendationRuleException(List<Violation> violations) {
		super(violations.get(0).messageKey());
		this.violations = List.copyOf(violations);
	}

	List<Violation> violations() {
		return violations;
	}

	/** Collects broken rules, so that a form can show them all at once. */
	static final class Rules {

		private final List<Violation> broken = new ArrayList<>();

		/** Records a broken rule unless its field already has one (the first message of a field wins). */
		Rules reject(String field, String messageKey, Object... args) {
			if (field == null || broken.stream().noneMatch(v -> field.equals(v.field()))) {
				broken.add(new Violation(field, messageKey, args == null ? new Object[0] : args.clone()));
			}
			return this;
		}

		Rules check(Runnable rule) {
			try {
				rule.run();
			}
			catch (CommendationRuleException ex) {
				ex.violations().forEach(v -> reject(v.field(), v.messageKey(), v.args()));
			}
			return this;
		}

		boolean any() {
			return !broken.isEmpty();
		}

		void throwIfAny() {
			if (!broken.isEmpty()) {
				throw new CommendationRuleException(broken);
			}
		}

	}

}
