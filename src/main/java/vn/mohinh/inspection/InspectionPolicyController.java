package vn.mohinh.inspection;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators set the longest gap between inspections per pilot level (/admin is for admins only). */
@Controller
@RequestMapping("/admin/inspection-policy")
class InspectionPolicyController {

	private static final String PAGE = "inspection/policy";
	private static final String FORM = "policyForm";

	private final InspectionPolicyService policies;

	InspectionPolicyController(InspectionPolicyService policies) {
		this.policies = policies;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute(FORM, InspectionPolicyForm.of(policies.all()));
		return PAGE;
	}

	@PostMapping
	String save(@Valid @ModelAttribute(FORM) InspectionPolicyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return PAGE;
		}
		try {
			policies.change(form.months(), form.versions());
		}
		catch (InspectionPolicyException ex) {
			int row = form.indexOf(ex.level());
			if (row < 0) {
				result.reject(ex.messageKey(), ex.args(), null);
			}
			else {
				result.rejectValue("rows[" + row + "].months", ex.messageKey(), ex.args(), null);
			}
			return PAGE;
		}
		catch (InspectionPolicyStale ex) {
			// Keep what the user typed; show what is saved now; the next save overwrites knowingly.
			List<InspectionPolicyView> current = policies.all();
			for (InspectionPolicyView saved : current) {
				int row = form.indexOf(saved.level());
				if (row >= 0) {
					form.getRows().get(row).setVersion(saved.version());
				}
			}
			result.reject("common.stale");
			model.addAttribute("current", current);
			return PAGE;
		}
		redirect.addFlashAttribute("flash", "regularity.policy.flash.saved");
		return "redirect:/admin/inspection-policy";
	}

}
