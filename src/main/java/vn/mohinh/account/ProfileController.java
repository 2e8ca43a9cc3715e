package vn.mohinh.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: details, password, personal API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

	private static final String FLASH = "flash";

	private final AccountProfile profile;

	ProfileController(AccountProfile profile) {
		this.profile = profile;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String show(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		return page(me, model);
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal AccountPrincipal me, @Valid PasswordChangeForm passwordChangeForm,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				HttpSession session = request.getSession(false);
				profile.changePassword(me.id(), passwordChangeForm, session == null ? null : session.getId());
				redirect.addFlashAttribute(FLASH, "account.password.changed");
				return "redirect:/profile";
			}
			catch (AccountRuleException e) {
				Forms.reject(result, e);
			}
		}
		return page(me, model);
	}

	@PostMapping("/email")
	String changeEmail(@AuthenticationPrincipal AccountPrincipal me, @Valid EmailForm emailForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(me, model);
		}
		profile.changeEmail(me.id(), emailForm);
		redirect.addFlashAttribute(FLASH, "account.profile.emailSaved");
		return "redirect:/profile";
	}

	/** The clear token travels to the next page as a flash attribute only; it is never stored. */
	@PostMapping("/tokens")
	String createToken(@AuthenticationPrincipal AccountPrincipal me, @Valid TokenForm tokenForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(me, model);
		}
		redirect.addFlashAttribute("newToken", profile.createToken(me.id(), tokenForm));
		redirect.addFlashAttribute(FLASH, "account.token.created");
		return "redirect:/profile";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			RedirectAttributes redirect) {
		profile.revokeToken(me.id(), id);
		redirect.addFlashAttribute(FLASH, "account.token.revoked");
		return "redirect:/profile";
	}

	private String page(AccountPrincipal me, Model model) {
		model.addAttribute("profile", profile.profile(me.id()));
		model.addAttribute("tokens", profile.tokens(me.id()));
		if (!model.containsAttribute("passwordChangeForm")) {
			model.addAttribute(new PasswordChangeForm());
		}
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute(EmailForm.of(profile.email(me.id())));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute(new TokenForm());
		}
		return "account/profile";
	}

}
