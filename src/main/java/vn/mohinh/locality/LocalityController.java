package vn.mohinh.locality;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.shared.web.Paging;

/** Pages of the locality tree: browse as of a date, search without accents, keep villages. */
@Controller
@RequestMapping("/localities")
class LocalityController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

	private final LocalityService service;

	LocalityController(LocalityService service) {
		this.service = service;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String index(@RequestParam(required = false) String q, @RequestParam(name = "on", required = false) String onText,
			@RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		LocalDate on = day(onText, model);
		LocalDate day = on == null ? LocalDate.now() : on;
		model.addAttribute("on", day);
		model.addAttribute("q", q == null ? "" : q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", service.search(q, on, Paging.of(page, 50, null)).map(Locality::view));
		}
		else {
			model.addAttribute("roots", service.roots(day).stream().map(Locality::view).toList());
		}
		return htmx != null ? "locality/index :: results" : "locality/index";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(name = "on", required = false) String onText,
			@RequestParam(required = false) Integer page, Model model) {
		Locality locality = service.get(id);
		populate(model, locality, day(onText, model), page);
		model.addAttribute("villageForm", new VillageForm());
		model.addAttribute("renameForm", new RenameForm(locality.name(), locality.version()));
		model.addAttribute("retireForm", new RetireForm(locality.version()));
		return "locality/show";
	}

	@PostMapping("/{id}/villages")
	String addVillage(@PathVariable long id, @Valid @ModelAttribute("villageForm") VillageForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Locality commune = service.get(id);
		if (!errors.hasErrors()) {
			try {
				Locality village = service.addVillage(id, form.getKind(), form.getName(), form.getValidFrom());
				redirect.addFlashAttribute("flash", "locality.village.added");
				return "redirect:/localities/" + village.id();
			}
			catch (LocalityRuleException e) {
				errors.rejectValue(e.messageKey().startsWith("locality.village.communeEnded")
						|| e.messageKey().equals("locality.village.beforeCommune") ? "validFrom" : "name", e.messageKey());
			}
		}
		populate(model, commune, null, null);
		model.addAttribute("renameForm", new RenameForm(commune.name(), commune.version()));
		model.addAttribute("retireForm", new RetireForm(commune.version()));
		return "locality/show";
	}

	@PostMapping("/{id}/rename")
	String rename(@PathVariable long id, @Valid @ModelAttribute("renameForm") RenameForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				service.renameVillage(id, form.getVersion(), form.getName(), form.getEffectiveOn());
				redirect.addFlashAttribute("flash", "locality.village.renamed");
				return "redirect:/localities/" + id;
			}
			catch (LocalityRuleException e) {
				errors.rejectValue("name", e.messageKey());
			}
			catch (LocalityService.StaleLocalityException | ObjectOptimisticLockingFailureException e) {
				errors.reject("common.stale");
				// The saved version is shown beside the user's input; saving again is a deliberate overwrite.
				form.setVersion(service.get(id).version());
			}
		}
		return redisplay(id, model, null, null);
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, @Valid @ModelAttribute("retireForm") RetireForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				service.retireVillage(id, form.getVersion(), form.getLastDay());
				redirect.addFlashAttribute("flash", "locality.village.retired");
				return "redirect:/localities/" + id;
			}
			catch (LocalityRuleException e) {
				errors.rejectValue("lastDay", e.messageKey());
			}
			catch (LocalityService.StaleLocalityException | ObjectOptimisticLockingFailureException e) {
				errors.reject("common.stale");
				form.setVersion(service.get(id).version());
			}
		}
		return redisplay(id, model, null, null);
	}

	/**
	 * The "as of" day typed by the user; a day that cannot be read is reported beside the field with
	 * the text kept, and today is shown meanwhile.
	 */
	private static LocalDate day(String text, Model model) {
		model.addAttribute("onText", text);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), DAY);
		}
		catch (DateTimeParseException e) {
			model.addAttribute("onInvalid", true);
			return null;
		}
	}

	private String redisplay(long id, Model model, LocalDate on, Integer page) {
		Locality locality = service.get(id);
		populate(model, locality, on, page);
		if (!model.containsAttribute("renameForm")) {
			model.addAttribute("renameForm", new RenameForm(locality.name(), locality.version()));
		}
		if (!model.containsAttribute("retireForm")) {
			model.addAttribute("retireForm", new RetireForm(locality.version()));
		}
		model.addAttribute("villageForm", new VillageForm());
		return "locality/show";
	}

	private void populate(Model model, Locality locality, LocalDate on, Integer page) {
		LocalDate requested = on == null ? LocalDate.now() : on;
		LocalDate day = service.effectiveDay(locality, requested);
		model.addAttribute("locality", locality.view());
		model.addAttribute("on", requested);
		model.addAttribute("day", day);
		model.addAttribute("ancestors", service.ancestors(locality).stream().map(Locality::view).toList());
		model.addAttribute("parent", service.parent(locality).filter(service::canRead).map(Locality::view).orElse(null));
		var children = service.children(locality, day, Paging.of(page, 100, null)).map(Locality::view);
		model.addAttribute("children", children);
		// Villages listed under a successor commune carry the name of the commune they came from.
		model.addAttribute("formerParents", service.names(children.stream().map(LocalityView::parentId)
			.filter(parentId -> !parentId.equals(locality.id())).distinct().toList()));
		model.addAttribute("successors", service.successors(locality));
		model.addAttribute("predecessors", service.predecessors(locality));
		model.addAttribute("formerNames", service.formerNames(locality));
		model.addAttribute("canEdit", service.canEdit(locality));
		model.addAttribute("latestVersion", locality.version());
	}

}
