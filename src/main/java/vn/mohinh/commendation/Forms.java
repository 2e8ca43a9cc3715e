package vn.mohinh.commendation;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Broken rules onto a form: each by its field, rules of no field (or not on the form) above it. */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult result, CommendationRuleException ex) {
		for (CommendationRuleException.Violation v : ex.violations()) {
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
			catch (NotReadablePropertyException notOnTheForm) {
				result.reject(v.messageKey(), v.args(), null);
			}
		}
	}

	static void alsoCheck(BindingResult result, Runnable rules) {
		try {
			rules.run();
		}
		catch (CommendationRuleException ex) {
			reject(result, ex);
		}
	}

}
