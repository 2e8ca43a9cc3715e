package vn.mohinh.meeting;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts broken rules on a form, each by its field (or above the form). */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult result, MeetingRuleException ex) {
		for (MeetingRuleException.Violation v : ex.violations()) {
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
		catch (MeetingRuleException ex) {
			reject(result, ex);
		}
	}

}
