package vn.mohinh.shared.rules;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.validation.BindingResult;

/** Puts broken rules on a form: each by its field, rules of no field (or not on the form) above it. */
public final class RuleErrors {

	private RuleErrors() {
	}

	public static void reject(BindingResult result, RuleException ex) {
		for (RuleException.Violation v : ex.violations()) {
			if (v.field() == null) {
				result.reject(v.messageKey(), v.args(), null);
				continue;
			}
			if (result.hasFieldErrors(v.field())) {
				continue;
			}
			try {
				result.rejectValue(v.field(), v.messageKey(), v.args(), null);
			}
			catch (InvalidPropertyException notOnTheForm) {
				result.reject(v.messageKey(), v.args(), null);
			}
		}
	}

	/** Runs rules that throw and puts what they throw on the form. */
	public static void alsoCheck(BindingResult result, Runnable rules) {
		try {
			rules.run();
		}
		catch (RuleException ex) {
			reject(result, ex);
		}
	}

}
