package vn.mohinh.initiative;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.shared.web.Paging;
import vn.mohinh.shared.rules.RuleErrors;

/** The pages of events (sự kiện): list with active search and a year, an event, and its form. */
@Controller
@RequestMapping("/events")
class EventController {

	private static final String FORM = "initiative/event-form";
	private static final String FORM_NAME = "eventForm";

	private final EventService service;

	EventController(EventService service) {
		this.service = service;
	}

	/** Ids come from the path, never from the form. */
	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** One URL for page and fragment: htmx's active search gets only the results. */
	@GetMapping
	String list(@ModelAttribute("filter") EventFilter filter, BindingResult ignoredMalformedParams,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		model.addAttribute("page", service.list(filter.getQ(), filter.getYear(),
				Paging.of(filter.getPage(), filter.getSize(), EventService.ORDER)));
		model.addAttribute("canCreate", service.mayCreate());
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx != null && historyRestore == null) {
			return "initiative/events :: results";
		}
		return "initiative/events";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("card", service.read(id));
		return "initiative/event";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long initiative, Model model) {
		service.requireEditor();
		EventForm form = new EventForm();
		form.setInitiativeId(initiative);
		model.addAttribute(FORM_NAME, form);
		return showForm(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM_NAME) EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		service.requireEditor();
		if (result.hasErrors()) {
			// The business rules too, so that every problem shows at once.
			RuleErrors.alsoCheck(result, () -> service.check(form.toInput()));
			return showForm(model, null);
		}
		try {
			long id = service.create(form.toInput());
			redirect.addFlashAttribute("flash", "initiative.event.flash.created");
			return "redirect:/events/" + id;
		}
		catch (InitiativeRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		EventCard card = service.readForChange(id);
		model.addAttribute(FORM_NAME, EventForm.of(card));
		return showForm(model, card);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM_NAME) EventForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		EventCard card = service.readForChange(id);
		if (result.hasErrors()) {
			RuleErrors.alsoCheck(result, () -> service.check(form.toInput()));
			return showForm(model, card);
		}
		try {
			service.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toInput());
			redirect.addFlashAttribute("flash", "initiative.event.flash.saved");
			return "redirect:/events/" + id;
		}
		catch (InitiativeRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, card);
		}
		catch (StaleInitiativeException | OptimisticLockingFailureException ex) {
			// Keep what the user typed; show what is saved now; the next save overwrites knowingly.
			EventCard current = service.read(id);
			result.reject("common.stale");
			model.addAttribute("current", current);
			form.setVersion(current.version());
			return showForm(model, current);
		}
	}

	private String showForm(Model model, EventCard card) {
		EventForm form = (EventForm) model.getAttribute(FORM_NAME);
		model.addAttribute("card", card);
		model.addAttribute("localityChoices", service.localityChoices(form.getHeldOn(), form.getLocalityId()));
		model.addAttribute("modelChoices", service.modelChoices(form.getInitiativeId()));
		return FORM;
	}

}
