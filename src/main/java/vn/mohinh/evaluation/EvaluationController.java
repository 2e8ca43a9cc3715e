package vn.mohinh.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.initiative.InitiativeLifecycle;
import vn.mohinh.initiative.InitiativeTypeCatalogue;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.shared.web.Paging;
import vn.mohinh.shared.rules.RuleErrors;

/**
 * The pages of evaluations: the list in scope with its filters, the choice of a model, the form
 * (new and edit, stale edits keep the input), an evaluation's page with its comments and its
 * decision form. Post/Redirect/Get; a refused form is shown again with what was typed.
 */
@Controller
@RequestMapping("/evaluations")
class EvaluationController {

	private static final String FORM = "evaluation/form";
	private static final String FORM_NAME = "evaluationForm";
	private static final String SHOW = "evaluation/show";

	private final EvaluationService service;
	private final InitiativeTypeCatalogue types;

	EvaluationController(EvaluationService service, InitiativeTypeCatalogue types) {
		this.service = service;
		this.types = types;
	}

	/** Ids come from the path, never from a form. */
	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@ModelAttribute("filter") EvaluationFilter filter, BindingResult ignoredMalformedParams, Model model) {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		boolean unknownLocality = filter.namesLocality() && locality.isEmpty();
		model.addAttribute("page", service.list(criteria(filter, locality, unknownLocality, service),
				Paging.of(filter.getPage(), filter.getSize(), EvaluationQuery.ORDER)));
		model.addAttribute("locality", locality.orElse(null));
		model.addAttribute("unknownLocality", unknownLocality);
		model.addAttribute("types", types.all());
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("canCreate", service.mayCreate());
		return "evaluation/list";
	}

	static EvaluationQuery.Criteria criteria(EvaluationFilter filter, Optional<LocalityView> locality, boolean unknown,
			EvaluationService service) {
		Scope within = unknown ? Scope.NOWHERE : locality.map(l -> service.subtreeOf(l.id())).orElse(null);
		return filter.criteria(within);
	}

	/** Without a model: the models in scope to choose from; with one, the form for a year. */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long initiative, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, Model model) {
		service.requireEditor();
		if (initiative == null) {
			model.addAttribute("page", service.models(Paging.of(page, null, Sort.unsorted())));
			return "evaluation/choose";
		}
		InitiativeView initiativeView = service.modelForChange(initiative);
		EvaluationForm form = new EvaluationForm();
		form.setInitiativeId(initiative);
		int thisYear = LocalDate.now().getYear();
		form.setYear(year != null ? year
				: Math.max(initiativeView.startDate().getYear(), thisYear - 1));
		form.alignWith(service.criteriaFor(initiativeView, form.getYear()));
		model.addAttribute(FORM_NAME, form);
		return showForm(model, initiativeView, null);
	}

	@PostMapping
	String create(@ModelAttribute(FORM_NAME) EvaluationForm form, BindingResult result,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect) {
		service.requireEditor();
		if (form.getInitiativeId() == null) {
			throw new vn.mohinh.shared.web.NotFoundException("initiative", null);
		}
		InitiativeView initiative = service.modelForChange(form.getInitiativeId());
		List<CriterionView> criteria = service.criteriaFor(initiative, form.getYear());
		boolean criteriaChanged = !criteria.isEmpty() && !form.postedCriteria().equals(criteria.stream().map(CriterionView::id).toList());
		if (refresh != null || criteriaChanged) {
			// Another year may have other criteria: the rows follow them, the scores of the same criteria kept.
			form.alignWith(criteria);
			BeanPropertyBindingResult quiet = new BeanPropertyBindingResult(form, FORM_NAME);
			result.getFieldErrors().stream().filter(e -> FieldError.class.isInstance(e) && e.isBindingFailure()
					&& !e.getField().startsWith("scores")).forEach(quiet::addError);
			if (refresh == null && !criteria.isEmpty()) {
				quiet.reject("evaluation.error.criteria.changed", new Object[] { String.valueOf(form.getYear()) }, null);
			}
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME, quiet);
			return showForm(model, initiative, null);
		}
		try {
			if (result.hasErrors()) {
				// The rules too (nothing is saved), so that every problem shows at once.
				RuleErrors.alsoCheck(result, () -> service.check(initiative.id(), form.getYear(), form.toJudgement()));
				return showForm(model, initiative, null);
			}
			long id = service.create(initiative.id(), form.getYear(), form.toJudgement());
			redirect.addFlashAttribute("flash", "evaluation.flash.created");
			return "redirect:/evaluations/" + id;
		}
		catch (EvaluationRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, initiative, null);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		EvaluationCard card = service.read(id);
		return showPage(model, card);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		EvaluationCard card = service.readForChange(id);
		model.addAttribute(FORM_NAME, EvaluationForm.of(card));
		return showForm(model, null, card);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute(FORM_NAME) EvaluationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EvaluationCard card = service.readForChange(id);
		// The year and model of an evaluation do not change; its criteria are those it was scored on.
		form.setInitiativeId(card.initiativeId());
		form.setYear(card.year());
		if (result.hasErrors()) {
			RuleErrors.alsoCheck(result, () -> service.checkRevision(id, form.toJudgement()));
			return showForm(model, null, card);
		}
		try {
			service.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toJudgement());
			redirect.addFlashAttribute("flash", "evaluation.flash.saved");
			return "redirect:/evaluations/" + id;
		}
		catch (EvaluationRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, null, card);
		}
		catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
			// Keep what the user typed; show what is saved now; the next save overwrites knowingly.
			EvaluationCard current = service.read(id);
			result.reject("common.stale");
			form.setVersion(current.version());
			model.addAttribute("current", current);
			return showForm(model, null, current);
		}
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable long id, @ModelAttribute("commentForm") CommentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			service.comment(id, form.getBody());
			redirect.addFlashAttribute("flash", "evaluation.flash.commented");
			return "redirect:/evaluations/" + id + "#comments-heading";
		}
		catch (EvaluationRuleException ex) {
			RuleErrors.reject(result, ex);
			return showPage(model, service.read(id));
		}
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		EvaluationCard card = service.readForChange(id);
		if (result.hasErrors()) {
			return showPage(model, card);
		}
		try {
			service.decide(id, form.getVersion() == null ? -1 : form.getVersion(), form.toInput());
			redirect.addFlashAttribute("flash", "evaluation.flash.decided." + form.getKind().name());
			return "redirect:/evaluations/" + id;
		}
		catch (EvaluationRuleException ex) {
			RuleErrors.reject(result, ex);
		}
		catch (InitiativeLifecycle.Refused ex) {
			refused(result, ex);
		}
		catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
			result.reject("common.stale");
		}
		// Nothing was saved: the page as it is now, with the decision form as typed.
		EvaluationCard current = service.read(id);
		form.setVersion(current.version());
		return showPage(model, current);
	}

	private String showPage(Model model, EvaluationCard card) {
		model.addAttribute("card", card);
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", new CommentForm());
		}
		if (!model.containsAttribute("decisionForm")) {
			DecisionForm decision = new DecisionForm();
			decision.setVersion(card.version());
			decision.setDecidedOn(LocalDate.now());
			model.addAttribute("decisionForm", decision);
		}
		if (card.canEdit() && card.decidable()) {
			DecisionForm decision = (DecisionForm) model.getAttribute("decisionForm");
			model.addAttribute("villageChoices", service.villageChoices(card.initiativeId(), decision.getDecidedOn()));
			model.addAttribute("typeChoices", service.typeChoices(card.typeId()));
			model.addAttribute("decisionKinds", Decision.values());
		}
		return SHOW;
	}

	private String showForm(Model model, InitiativeView initiative, EvaluationCard card) {
		EvaluationForm form = (EvaluationForm) model.getAttribute(FORM_NAME);
		model.addAttribute("initiative", initiative);
		model.addAttribute("card", card);
		model.addAttribute("criteria", card != null
				? card.scores().stream().map(s -> new CriterionView(s.criterionId(), s.code(), s.name(), s.maxScore(), 0)).toList()
				: service.criteriaFor(initiative, form.getYear()));
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("thisYear", LocalDate.now().getYear());
		return FORM;
	}

	/** The register's refusals of a decision, each by the decision form's field it concerns. */
	static void refused(BindingResult result, InitiativeLifecycle.Refused ex) {
		for (InitiativeLifecycle.Refused.Reason r : ex.reasons()) {
			String field = r.field() == null ? null : switch (r.field()) {
				case "villageIds" -> "villageIds";
				case "reason", "lineageReason", "overlapReason" -> "reason";
				case "on", "startDate" -> "decidedOn";
				case "typeId" -> "newTypeId";
				default -> null;
			};
			rejectOne(result, field, r.messageKey(), r.args());
		}
	}

	private static void rejectOne(BindingResult result, String field, String key, Object[] args) {
		if (field == null) {
			result.reject(key, args, null);
			return;
		}
		if (result.hasFieldErrors(field)) {
			return;
		}
		try {
			result.rejectValue(field, key, args, null);
		}
		catch (NotReadablePropertyException notOnTheForm) {
			result.reject(key, args, null);
		}
	}

}
