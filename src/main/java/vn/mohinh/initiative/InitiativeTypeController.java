package vn.mohinh.initiative;

import jakarta.validation.Valid;

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

/** Administrators' pages of the catalogue of types: list, add, edit, retire and reinstate. */
@Controller
@RequestMapping("/admin/initiative-types")
class InitiativeTypeController {

	private static final String FORM = "initiative/type-form";
	private static final String FORM_NAME = "typeForm";

	private final InitiativeTypeCatalogue catalogue;

	InitiativeTypeController(InitiativeTypeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("types", catalogue.all());
		return "initiative/types";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute(FORM_NAME, new InitiativeTypeForm());
		return showForm(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM_NAME) InitiativeTypeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			catalogue.define(form.getName(), form.getField(), form.getDescription());
		}
		catch (InitiativeRuleException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			return showForm(model, null);
		}
		redirect.addFlashAttribute("flash", "initiative.type.flash.added");
		return "redirect:/admin/initiative-types";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		InitiativeTypeView type = catalogue.read(id);
		model.addAttribute(FORM_NAME, InitiativeTypeForm.of(type));
		return showForm(model, type);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM_NAME) InitiativeTypeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		InitiativeTypeView type = catalogue.read(id);
		if (result.hasErrors()) {
			return showForm(model, type);
		}
		try {
			catalogue.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.getName(), form.getField(),
					form.getDescription());
		}
		catch (InitiativeRuleException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			return showForm(model, type);
		}
		catch (StaleInitiativeException ex) {
			InitiativeTypeView current = catalogue.read(id);
			result.reject("common.stale");
			form.setVersion(current.version());
			model.addAttribute("current", current);
			return showForm(model, current);
		}
		redirect.addFlashAttribute("flash", "initiative.type.flash.saved");
		return "redirect:/admin/initiative-types";
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return change(() -> catalogue.retire(id, version), "initiative.type.flash.retired", redirect);
	}

	@PostMapping("/{id}/reinstate")
	String reinstate(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return change(() -> catalogue.reinstate(id, version), "initiative.type.flash.reinstated", redirect);
	}

	private String change(Runnable action, String flash, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (StaleInitiativeException ex) {
			redirect.addFlashAttribute("problem", "common.stale");
		}
		catch (InitiativeRuleException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/admin/initiative-types";
	}

	private String showForm(Model model, InitiativeTypeView type) {
		model.addAttribute("type", type);
		model.addAttribute("fields", InitiativeField.values());
		return FORM;
	}

}
