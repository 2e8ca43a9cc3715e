package vn.mohinh.account;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.shared.web.Paging;

/** User management; admins only (SecurityConfig restricts /admin/**). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String FLASH = "flash";

	private final UserAdministration users;

	UserAdminController(UserAdministration users) {
		this.users = users;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("users", users.list(Paging.of(page, null, Sort.by("username"))));
		return "account/users";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute(new UserForm());
		return "account/user-new";
	}

	@PostMapping
	String create(@Valid UserForm userForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/user-new";
		}
		try {
			long id = users.create(userForm);
			redirect.addFlashAttribute(FLASH, "account.user.created");
			return "redirect:/admin/users/" + id;
		}
		catch (AccountRuleException e) {
			Forms.reject(result, e);
			return "account/user-new";
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute(users.editForm(id));
		return editPage(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid UserEditForm userEditForm, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editPage(id, model);
		}
		try {
			users.update(id, userEditForm, me.id());
			redirect.addFlashAttribute(FLASH, "common.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (StaleEditException | OptimisticLockingFailureException e) {
			// Keep what the admin typed, show the saved version beside it, and let a second save win.
			result.reject("common.stale");
			userEditForm.setVersion(users.editForm(id).getVersion());
			model.addAttribute("stale", true);
		}
		catch (AccountRuleException e) {
			Forms.reject(result, e);
		}
		return editPage(id, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid PasswordResetForm passwordResetForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				users.resetPassword(id, passwordResetForm);
				redirect.addFlashAttribute(FLASH, "account.user.passwordReset");
				return "redirect:/admin/users/" + id;
			}
			catch (AccountRuleException e) {
				Forms.reject(result, e);
			}
		}
		model.addAttribute(users.editForm(id));
		return editPage(id, model);
	}

	private String editPage(long id, Model model) {
		model.addAttribute("user", users.details(id));
		if (!model.containsAttribute("passwordResetForm")) {
			model.addAttribute(new PasswordResetForm());
		}
		return "account/user-edit";
	}

}
