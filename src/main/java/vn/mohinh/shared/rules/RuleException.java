package vn.mohinh.shared.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One or more rules of an aggregate were broken; each names the form field it belongs to (or none)
 * and the message key to show, so that a form shows every broken rule at once, each by its field.
 * Each module has its own subclass, so that its handlers catch only its own rules.
 */
public abstract class RuleException extends RuntimeException {

	/** A broken rule: the field (null for the whole record), the message key and its arguments. */
	public record Violation(String field, String messageKey, Object[] args) {
	}

	private final List<Violation> violations;

	protected RuleException(String field, String messageKey, Object... args) {
		this(List.of(new Violation(field, messageKey, copy(args))));
	}

	protected RuleException(List<Violation> violations) {
		super(violations.get(0).messageKey());
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}

	/** The first broken rule's field. */
	public String field() {
		return violations.get(0).field();
	}

	public String messageKey() {
		return violations.get(0).messageKey();
	}

	public Object[] args() {
		return violations.get(0).args().clone();
	}

	private static Object[] copy(Object[] args) {
		return args == null ? new Object[0] : args.clone();
	}

	/**
	 * Collects broken rules, so that a form can show them all at once instead of one per attempt; the
	 * first message of a field wins. A module's subclass names the exception it throws.
	 */
	public static class Rules {

		private final List<Violation> broken = new ArrayList<>();

		private final Function<List<Violation>, ? extends RuleException> exception;

		protected Rules(Function<List<Violation>, ? extends RuleException> exception) {
			this.exception = exception;
		}

		public Rules reject(String field, String messageKey, Object... args) {
			if (field == null || !has(field)) {
				broken.add(new Violation(field, messageKey, copy(args)));
			}
			return this;
		}

		/** Runs a check that throws, collecting what it throws. */
		public Rules check(Runnable rule) {
			try {
				rule.run();
			}
			catch (RuleException ex) {
				ex.violations().forEach(v -> reject(v.field(), v.messageKey(), v.args()));
			}
			return this;
		}

		public boolean any() {
			return !broken.isEmpty();
		}

		public boolean has(String field) {
			return broken.stream().anyMatch(v -> field.equals(v.field()));
		}

		public void throwIfAny() {
			if (!broken.isEmpty()) {
				throw exception.apply(broken);
			}
		}

	}

}
