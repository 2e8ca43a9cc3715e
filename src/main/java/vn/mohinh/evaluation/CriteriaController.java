package vn.mohinh.evaluation;

import java.util.List;
import java.util.Optional;

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

import vn.mohinh.initiative.InitiativeTypeView;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.web.Paging;
import vn.mohinh.shared.rules.RuleErrors;

/**
 * Administrators' pages of the evaluation criteria: the versions of each type's sets (national and
 * provincial), a new version from a day with its rows (rows added and removed by the server, no
 * JavaScript needed), and one set.
 */
@Controller
@RequestMapping("/admin/criteria")
class CriteriaController {

	private static final String FORM = "evaluation/criteria-form";
	private static final String FORM_NAME = "criteriaSetForm";

	private final CriteriaCatalogue catalogue;

	CriteriaController(CriteriaCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@InitBinder(FORM_NAME)
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) Long type, @RequestParam(required = false) Integer page, Model model) {
		List<InitiativeTypeView> types = catalogue.types();
		InitiativeTypeView chosen = type == null ? types.stream().findFirst().orElse(null)
				: types.stream().filter(t -> t.id() == type).findFirst().orElse(null);
		model.addAttribute("types", types);
		model.addAttribute("type", chosen);
		if (chosen != null) {
			model.addAttribute("page", catalogue.setsOf(chosen.id(), Paging.of(page, null, Sort.unsorted())));
		}
		return "evaluation/criteria";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("set", catalogue.read(id));
		return "evaluation/criteria-set";
	}

	/** A new version for a type, national or of the province whose official code is given. */
	@GetMapping("/new")
	String newForm(@RequestParam long type, @RequestParam(required = false) String province,
			@RequestParam(required = false) Long provinceId, Model model, RedirectAttributes redirect) {
		catalogue.type(type);
		Optional<LocalityView> area = provinceId != null ? catalogue.provinceById(provinceId) : catalogue.province(province);
		if (provinceId != null && area.isEmpty()) {
			throw new vn.mohinh.shared.web.NotFoundException("province", provinceId);
		}
		if (province != null && !province.isBlank() && area.isEmpty()) {
			redirect.addFlashAttribute("problem", "criteria.error.province.unknownCode");
			redirect.addFlashAttribute("problemArg", province.strip());
			return "redirect:/admin/criteria?type=" + type;
		}
		CriteriaSetCard latest = catalogue.latest(type, area.orElse(null)).orElse(null);
		model.addAttribute(FORM_NAME, CriteriaSetForm.startingFrom(type, area.map(LocalityView::id).orElse(null), latest));
		return showForm(model, latest);
	}

	@PostMapping
	String create(@ModelAttribute(FORM_NAME) CriteriaSetForm form, BindingResult result,
			@RequestParam(required = false) String addRow, @RequestParam(required = false) Integer removeRow, Model model,
			RedirectAttributes redirect) {
		if (form.getTypeId() == null) {
			throw new vn.mohinh.shared.web.NotFoundException("type", null);
		}
		catalogue.type(form.getTypeId());
		LocalityView province = form.getProvinceId() == null ? null
				: catalogue.provinceById(form.getProvinceId())
					.orElseThrow(() -> new vn.mohinh.shared.web.NotFoundException("province", form.getProvinceId()));
		CriteriaSetCard latest = catalogue.latest(form.getTypeId(), province).orElse(null);
		if (addRow != null || removeRow != null) {
			if (addRow != null) {
				form.addRow();
			}
			else {
				form.removeRow(removeRow);
			}
			// Only what could not be read at all (a malformed date or number) is said now.
			BeanPropertyBindingResult quiet = new BeanPropertyBindingResult(form, FORM_NAME);
			if (removeRow == null) {
				result.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(quiet::addError);
			}
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME, quiet);
			return showForm(model, latest);
		}
		if (result.hasErrors()) {
			// The rules too (nothing is saved), so that every problem shows at once.
			try {
				catalogue.check(form.getTypeId(), form.getProvinceId(), form.getValidFrom(), form.toRows());
			}
			catch (EvaluationRuleException ex) {
				RuleErrors.reject(result, ex);
			}
			return showForm(model, latest);
		}
		try {
			long id = catalogue.define(form.getTypeId(), form.getProvinceId(), form.getValidFrom(), form.toRows(),
					form.getPreviousId(), form.getPreviousVersion());
			redirect.addFlashAttribute("flash", "criteria.flash.added");
			return "redirect:/admin/criteria/" + id;
		}
		catch (EvaluationRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, latest);
		}
		catch (StaleEvaluationException ex) {
			result.reject("common.stale");
			form.seen(latest);
			return showForm(model, latest);
		}
	}

	private String showForm(Model model, CriteriaSetCard latest) {
		CriteriaSetForm form = (CriteriaSetForm) model.getAttribute(FORM_NAME);
		model.addAttribute("type", catalogue.type(form.getTypeId()));
		model.addAttribute("province", catalogue.provinceById(form.getProvinceId()).orElse(null));
		model.addAttribute("latest", latest);
		model.addAttribute("maxRows", CriteriaSet.MAX_CRITERIA);
		return FORM;
	}

}
