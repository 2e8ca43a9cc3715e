package vn.mohinh.commendation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.shared.web.Paging;
import vn.mohinh.shared.rules.RuleErrors;

/** Exemplars (tấm gương điển hình): list, page, hold up, revise. */
@Controller
@RequestMapping("/commendations/exemplars")
class ExemplarController {

	private static final String FORM = "commendation/exemplar-form";

	private final ExemplarService service;
	private final CommendationService commendations;
	private final InitiativeDirectory models;

	ExemplarController(ExemplarService service, CommendationService commendations, InitiativeDirectory models) {
		this.service = service;
		this.commendations = commendations;
		this.models = models;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", service.list(Paging.of(page, null, Sort.unsorted())));
		model.addAttribute("canCreate", commendations.mayCreate());
		return "commendation/exemplars";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("e", service.read(id));
		return "commendation/exemplar";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		commendations.requireEditor();
		model.addAttribute("exemplarForm", new ExemplarForm());
		return showForm(model, null);
	}

	@PostMapping
	String create(@ModelAttribute("exemplarForm") ExemplarForm form, BindingResult result,
			@RequestParam(required = false) String search, Model model, RedirectAttributes redirect) {
		commendations.requireEditor();
		if (search != null || result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			long id = service.hold(form.getSubject(), form.toContent());
			redirect.addFlashAttribute("flash", "exemplar.flash.created");
			return "redirect:/commendations/exemplars/" + id;
		}
		catch (CommendationRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, null);
		}
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		ExemplarView e = service.readForChange(id);
		model.addAttribute("exemplarForm", ExemplarForm.of(e));
		return showForm(model, e);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @ModelAttribute("exemplarForm") ExemplarForm form, BindingResult result,
			@RequestParam(required = false) String search, Model model, RedirectAttributes redirect) {
		ExemplarView e = service.readForChange(id);
		if (search != null || result.hasErrors()) {
			return showForm(model, e);
		}
		try {
			service.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toContent());
			redirect.addFlashAttribute("flash", "exemplar.flash.saved");
			return "redirect:/commendations/exemplars/" + id;
		}
		catch (CommendationRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, e);
		}
		catch (StaleCommendationException | OptimisticLockingFailureException ex) {
			ExemplarView current = service.read(id);
			result.reject("common.stale");
			form.setVersion(current.version());
			model.addAttribute("current", current);
			return showForm(model, current);
		}
	}

	private String showForm(Model model, ExemplarView e) {
		ExemplarForm form = (ExemplarForm) model.getAttribute("exemplarForm");
		model.addAttribute("e", e);
		List<RecipientChoice> subjects = new ArrayList<>();
		if (e == null && form.getSubject() != null) {
			subjects.addAll(commendations.choicesOf(List.of(form.getSubject())));
		}
		List<RecipientChoice> modelChoices = new ArrayList<>(models.findAll(form.getModelIds()).values().stream()
			.map(m -> new RecipientChoice(String.valueOf(m.id()), RecipientKind.MODEL, m.name(), m.communeName())).toList());
		for (RecipientChoice r : commendations.searchRecipients(form.getSubjectQuery())) {
			if (r.kind() == RecipientKind.MODEL) {
				RecipientChoice choice = new RecipientChoice(r.token().substring(r.token().indexOf(':') + 1), r.kind(), r.name(), r.detail());
				if (!modelChoices.contains(choice)) {
					modelChoices.add(choice);
				}
			}
			else if (e == null && !subjects.contains(r)) {
				subjects.add(r);
			}
		}
		model.addAttribute("subjects", subjects);
		model.addAttribute("modelChoices", modelChoices);
		model.addAttribute("commendationChoices", commendations.list(
				new CommendationQuery.Criteria(null, null, null, null, null, null, false), PageRequest.of(0, 50)).getContent());
		return FORM;
	}

}
