package vn.mohinh.organisation;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import vn.mohinh.shared.web.Paging;

/** Pages of people: list with active search and an organisation filter, details and the forms. */
@Controller
@RequestMapping("/people")
class PersonController {

	private static final String FORM = "organisation/person-form";

	private final PersonService service;
	private final OrganisationService organisations;

	PersonController(PersonService service, OrganisationService organisations) {
		this.service = service;
		this.organisations = organisations;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long organisation,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
		fillList(q, organisation, page, size, model);
		model.addAttribute("organisations", organisations.organisationChoices(null));
		return "organisation/people";
	}

	/** htmx active search: only the results are sent back. */
	@HxRequest
	@GetMapping
	String results(@RequestParam(required = false) String q, @RequestParam(required = false) Long organisation,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
		fillList(q, organisation, page, size, model);
		return "organisation/people :: results";
	}

	private void fillList(String q, Long organisation, Integer page, Integer size, Model model) {
		Page<PersonRow> rows = service.search(q, organisation, Paging.of(page, size, PersonService.ORDER));
		model.addAttribute("page", rows);
		model.addAttribute("q", q);
		model.addAttribute("organisation", organisation);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		PersonRow row = service.details(id);
		model.addAttribute("row", row);
		model.addAttribute("editable", service.canEdit(row.person()));
		return "organisation/person";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long organisation, Model model) {
		service.requireEditor();
		PersonForm form = new PersonForm();
		form.setOrganisationId(organisation);
		model.addAttribute("personForm", form);
		return showForm(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		service.checkTarget(form, null);
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			long id = service.create(form);
			redirect.addFlashAttribute("flash", "person.created");
			return "redirect:/people/" + id;
		}
		catch (OrganisationRuleException broken) {
			result.rejectValue(broken.field(), broken.messageKey());
			return showForm(null, model);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("personForm", service.editForm(id));
		return showForm(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		service.checkTarget(form, id);
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			service.update(id, form);
			redirect.addFlashAttribute("flash", "person.updated");
			return "redirect:/people/" + id;
		}
		catch (OrganisationRuleException broken) {
			result.rejectValue(broken.field(), broken.messageKey());
			return showForm(id, model);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException stale) {
			// Keep the user's input, show what is saved now, and let a second save win deliberately.
			model.addAttribute("stale", true);
			model.addAttribute("current", service.details(id));
			form.setVersion(service.editForm(id).getVersion());
			return showForm(id, model);
		}
	}

	private String showForm(Long id, Model model) {
		PersonForm form = (PersonForm) model.getAttribute("personForm");
		model.addAttribute("personId", id);
		model.addAttribute("hiddenCellId", form == null ? null : service.hiddenCell(form, id));
		model.addAttribute("genders", Gender.values());
		model.addAttribute("workplaces", organisations.organisationChoices(null, form == null ? null : form.getOrganisationId()));
		model.addAttribute("cells",
				organisations.organisationChoices(OrganisationKind.PARTY_CELL, form == null ? null : form.getPartyCellId()));
		return FORM;
	}

}
