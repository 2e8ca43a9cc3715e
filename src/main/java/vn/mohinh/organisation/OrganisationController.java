package vn.mohinh.organisation;

import java.util.Optional;

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
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.Paging;

/** Pages of organisations: list with active search, details with make-up, and the forms. */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

	private static final String FORM = "organisation/organisation-form";

	private final OrganisationService service;

	OrganisationController(OrganisationService service) {
		this.service = service;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationKind kind,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		fillList(q, kind, locality, page, size, model);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("localities", service.localityChoices(null));
		return "organisation/organisations";
	}

	/** htmx active search: only the results are sent back. */
	@HxRequest
	@GetMapping
	String results(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationKind kind,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		fillList(q, kind, locality, page, size, model);
		return "organisation/organisations :: results";
	}

	private void fillList(String q, OrganisationKind kind, Long locality, Integer page, Integer size, Model model) {
		LocalityView within = locality == null ? null : service.readableLocality(locality);
		Page<OrganisationRow> rows = service.search(new OrganisationQuery(q, kind, within, null),
				Paging.of(page, size, OrganisationService.ORDER));
		model.addAttribute("page", rows);
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("locality", locality);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("details", service.details(id));
		return "organisation/organisation";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		service.requireEditor();
		OrganisationForm form = new OrganisationForm();
		me().ifPresent(form::setLocalityId);
		model.addAttribute("organisationForm", form);
		return showForm(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		service.checkTarget(form, null);
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			long id = service.create(form);
			redirect.addFlashAttribute("flash", "organisation.created");
			return "redirect:/organisations/" + id;
		}
		catch (OrganisationRuleException broken) {
			result.rejectValue(broken.field(), broken.messageKey());
			return showForm(null, model);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("organisationForm", service.editForm(id));
		return showForm(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		service.checkTarget(form, id);
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			service.update(id, form);
			redirect.addFlashAttribute("flash", "organisation.updated");
			return "redirect:/organisations/" + id;
		}
		catch (OrganisationRuleException broken) {
			result.rejectValue(broken.field(), broken.messageKey());
			return showForm(id, model);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException stale) {
			// Keep the user's input, show what is saved now, and let a second save win deliberately.
			OrganisationDetails current = service.details(id);
			form.setVersion(service.editForm(id).getVersion());
			model.addAttribute("stale", true);
			model.addAttribute("current", current);
			return showForm(id, model);
		}
	}

	private String showForm(Long id, Model model) {
		OrganisationForm form = (OrganisationForm) model.getAttribute("organisationForm");
		model.addAttribute("organisationId", id);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("localities", service.localityChoices(form == null ? null : form.getLocalityId()));
		model.addAttribute("parents",
				service.organisationChoices(null, form == null ? null : form.getParentId()).stream()
					.filter(c -> id == null || c.id() != id).toList());
		model.addAttribute("hiddenParentId", form == null ? null : service.hiddenParent(form, id));
		return FORM;
	}

	/** A new organisation starts at the root of the user's scope. */
	private static Optional<Long> me() {
		return CurrentUser.get().map(ScopedPrincipal::scopeLocalityId);
	}

}
