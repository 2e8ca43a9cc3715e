package vn.mohinh.commendation;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
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

import vn.mohinh.shared.web.NotFoundException;
import vn.mohinh.shared.web.Paging;
import vn.mohinh.shared.rules.RuleErrors;

/** Nominations: pending list, propose (from an evaluation rated Tốt or a model), decide, decline. */
@Controller
@RequestMapping("/commendations/nominations")
class NominationController {

	private final NominationService service;
	private final CommendationService commendations;

	NominationController(NominationService service, CommendationService commendations) {
		this.service = service;
		this.commendations = commendations;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
		NominationStatus chosen = NominationStatus.PROPOSED;
		try {
			chosen = status == null || status.isBlank() ? chosen : NominationStatus.valueOf(status);
		}
		catch (IllegalArgumentException ignored) {
			// An unknown status shows the pending ones, like any malformed parameter.
		}
		model.addAttribute("page", service.list(chosen, Paging.of(page, null, Sort.unsorted())));
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", NominationStatus.values());
		return "commendation/nominations";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long evaluation, @RequestParam(required = false) Long initiative,
			Model model) {
		commendations.requireEditor();
		NominationService.Start start;
		try {
			start = evaluation != null ? service.fromEvaluation(evaluation)
					: service.fromModel(initiative == null ? -1 : initiative);
		}
		catch (CommendationRuleException ex) {
			// Only an evaluation rated Tốt starts a nomination; the model itself may still be nominated.
			throw new NotFoundException("evaluation rated Tốt", evaluation);
		}
		NominationForm form = new NominationForm();
		form.setInitiativeId(start.initiativeId());
		form.setEvaluationId(start.evaluationId());
		form.setYear(start.year());
		form.setReason(start.reason());
		model.addAttribute("nominationForm", form);
		model.addAttribute("modelName", start.initiativeName());
		return "commendation/nomination-form";
	}

	@PostMapping
	String create(@ModelAttribute("nominationForm") NominationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		commendations.requireEditor();
		if (form.getInitiativeId() == null) {
			throw new NotFoundException("initiative", null);
		}
		var modelView = service.modelForChange(form.getInitiativeId());
		model.addAttribute("modelName", modelView.name());
		if (result.hasErrors()) {
			return "commendation/nomination-form";
		}
		try {
			long id = service.propose(form.getInitiativeId(), form.getEvaluationId(), form.getYear(), form.getReason());
			redirect.addFlashAttribute("flash", "nomination.flash.created");
			return "redirect:/commendations/nominations/" + id;
		}
		catch (CommendationRuleException ex) {
			RuleErrors.reject(result, ex);
			return "commendation/nomination-form";
		}
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		NominationView n = service.read(id);
		if (!model.containsAttribute(CommendationController.FORM_NAME)) {
			CommendationForm form = new CommendationForm();
			form.setReason(n.reason());
			form.setYear(n.year());
			model.addAttribute(CommendationController.FORM_NAME, form);
		}
		return showPage(model, n);
	}

	@PostMapping("/{id:\\d+}/decision")
	String decide(@PathVariable long id, @ModelAttribute(CommendationController.FORM_NAME) CommendationForm form,
			BindingResult result, @RequestParam(required = false) Long nominationVersion, Model model,
			RedirectAttributes redirect) {
		commendations.requireEditor();
		NominationView n = service.read(id);
		// A nomination is decided by a formal commendation: never a praise.
		form.setKind(CommendationKind.FORMAL);
		form.setOccasion(null);
		if (result.hasErrors()) {
			RuleErrors.alsoCheck(result, () -> commendations.check(form.toDetails(), List.of(RecipientKind.MODEL + ":" + n.initiativeId()), null));
			return showPage(model, n);
		}
		try {
			long commendation = service.decide(id, nominationVersion == null ? -1 : nominationVersion, form.toDetails(), List.of());
			redirect.addFlashAttribute("flash", "nomination.flash.decided");
			return "redirect:/commendations/" + commendation;
		}
		catch (CommendationRuleException ex) {
			RuleErrors.reject(result, ex);
		}
		catch (StaleCommendationException | OptimisticLockingFailureException ex) {
			result.reject("common.stale");
		}
		return showPage(model, service.read(id));
	}

	@PostMapping("/{id:\\d+}/decline")
	String decline(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			service.decline(id, version == null ? -1 : version, reason);
			redirect.addFlashAttribute("flash", "nomination.flash.declined");
			return "redirect:/commendations/nominations/" + id;
		}
		catch (CommendationRuleException ex) {
			model.addAttribute("declineError", ex.violations().get(0).messageKey());
		}
		catch (StaleCommendationException | OptimisticLockingFailureException ex) {
			model.addAttribute("declineError", "common.stale");
		}
		model.addAttribute("declineReason", reason);
		return show(id, model);
	}

	private String showPage(Model model, NominationView n) {
		model.addAttribute("n", n);
		if (n.canEdit()) {
			model.addAttribute("bodies", commendations.bodies());
			model.addAttribute("forms", Award.of(AwardCategory.FORM));
			model.addAttribute("titles", Award.of(AwardCategory.TITLE));
			model.addAttribute("levels", BodyLevel.values());
		}
		return "commendation/nomination";
	}

}
