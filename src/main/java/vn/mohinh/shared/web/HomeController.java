package vn.mohinh.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.mohinh.shared.security.CurrentUser;

@Controller
class HomeController {

	/** Officials get their home; anyone not signed in gets the public portal. */
	@GetMapping("/")
	String home() {
		return CurrentUser.get().isPresent() ? "shared/home" : "redirect:/portal";
	}

}
