package vn.mohinh.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * One or more rules of meetings, action items or commitments were broken; each names the form field
 * it belongs to (or none) and the message key to show, so that a form shows every one by its field.
 */
class MeetingRuleException extends RuntimeException {

	/** A broken rule: the field (null for the whole record), the message key and its arguments. */
	record Violation(String field, String messageKey, Object[] args) {
	}

	private final List<Violation> violations;

	MeetingRuleException(String field, String messageKey, Object... args) {
		this(List.of(new Violation(field, messageKey, args == null ? new Object[0] : args.clone())));
	}

	MeetingRuleException(List<Violation> violations) {
		super(violations.get(0).messageKey());
		this.violations = List.copyOf(violations);
	}

	List<Violation> violations() {
		return violations;
	}

	/** Collects broken rules, the first message of a field winning. */
	static final class Rules {

		private final List<Violation> broken = new ArrayList<>();

		Rules reject(String field, String messageKey, Object... args) {
			if (field == null || broken.stream().noneMatch(v -> field.equals(v.field()))) {
				broken.add(new Violation(field, messageKey, args == null ? new Object[0] : args.clone()));
			}
			return this;
		}

		void throwIfAny() {
			if (!broken.isEmpty()) {
				throw new MeetingRuleException(broken);
			}
		}

	}

}
