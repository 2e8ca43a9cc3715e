package vn.mohinh.account;

import org.springframework.validation.BindingResult;

/** Puts a broken account rule into the form's errors, beside its field. */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult result, AccountRuleException e) {
		if (e.field() == null) {
			result.reject(e.code(), e.args(), null);
		}
		else {
			result.rejectValue(e.field(), e.code(), e.args(), null);
		}
	}

}
