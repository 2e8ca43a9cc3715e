package vn.mohinh.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;

/** What the page layout needs on every page: who is signed in. */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("me")
	ScopedPrincipal me() {
		return CurrentUser.get().orElse(null);
	}

}
