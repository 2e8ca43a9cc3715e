package vn.mohinh.inspection;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import vn.mohinh.evaluation.Rating;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.shared.files.ContentDispositions;
import vn.mohinh.shared.files.ResponsiveImages;
import vn.mohinh.shared.web.Paging;
import vn.mohinh.shared.rules.RuleErrors;

/**
 * The pages of inspections: the list in scope with active search and its Excel export, an
 * inspection with its photos and minutes, the form (new and correction, photos taken with the
 * phone's camera), and withdrawal.
 */
@Controller
@RequestMapping("/inspections")
class InspectionController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	private static final String FORM = "inspection/form";
	private static final String FORM_NAME = "inspectionForm";

	private final InspectionService service;
	private final InspectionExport export;
	private final InspectionMinutes minutes;
	private final MessageSource messages;
	private final ResponsiveImages images;

	InspectionController(InspectionService service, InspectionExport export, InspectionMinutes minutes,
			MessageSource messages, ResponsiveImages images) {
		this.service = service;
		this.export = export;
		this.minutes = minutes;
		this.messages = messages;
		this.images = images;
	}

	/** Ids and the model come from the path or the first form, never from an edit's posted fields. */
	@InitBinder(FORM_NAME)
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** One URL for page and fragment: htmx's active search gets only the results. */
	@GetMapping
	String list(@ModelAttribute("filter") InspectionFilter filter, BindingResult ignoredMalformedParams,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		boolean unknownLocality = filter.getLocality() != null && !filter.getLocality().isBlank() && locality.isEmpty();
		Optional<InitiativeView> initiative = filter.getInitiative() == null ? Optional.empty()
				: service.findModel(filter.getInitiative());
		model.addAttribute("page", service.list(criteria(filter, locality, unknownLocality, service::subtreeOf),
				Paging.of(filter.getPage(), filter.getSize(), filter.sortOrder().sort())));
		model.addAttribute("locality", locality.orElse(null));
		model.addAttribute("unknownLocality", unknownLocality);
		model.addAttribute("initiative", initiative.orElse(null));
		model.addAttribute("kinds", InspectionKind.values());
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("canRecord", service.mayRecord());
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx != null && historyRestore == null) {
			return "inspection/list :: results";
		}
		return "inspection/list";
	}

	/**
	 * The list's criteria. An unknown locality code or a model the user may not read lists nothing,
	 * rather than everything.
	 */
	static InspectionQuery.Criteria criteria(InspectionFilter f, Optional<LocalityView> locality, boolean unknown,
			java.util.function.LongFunction<Scope> subtree) {
		Scope within = unknown ? Scope.NOWHERE : locality.map(l -> subtree.apply(l.id())).orElse(null);
		return new InspectionQuery.Criteria(within, f.getInitiative(), f.getKind(), f.getRating(), f.getFrom(), f.getTo(),
				f.getQ(), f.isWithdrawn());
	}

	@GetMapping("/export.xlsx")
	void export(@ModelAttribute("filter") InspectionFilter filter, BindingResult ignoredMalformedParams, Locale locale,
			HttpServletResponse response) throws IOException {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		boolean unknown = filter.getLocality() != null && !filter.getLocality().isBlank() && locality.isEmpty();
		InspectionQuery.Criteria criteria = criteria(filter, locality, unknown, service::subtreeOf);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(export.fileName(locale)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		export.write(criteria, filter.sortOrder(), locale, response.getOutputStream());
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("card", service.read(id));
		return "inspection/show";
	}

	@GetMapping("/{id}/minutes.docx")
	ResponseEntity<byte[]> minutes(@PathVariable long id) {
		InspectionCard card = service.read(id);
		byte[] document = minutes.write(card);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(DOCX))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(minutes.fileName(card)))
			.cacheControl(CacheControl.noStore())
			.body(document);
	}

	/** A photo, also as a smaller copy ({@code ?w=360|720|1200}), kept a year with {@code ?v=}. */
	@GetMapping("/{id}/photos/{index}")
	ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable int index,
			@RequestParam(required = false) Integer w, @RequestParam(required = false) String v) {
		Photo photo = service.photo(id, index).photo();
		return images.serve(photo.sha256(), photo.type(), photo.size(), photo.name(), w, v, false);
	}

	/** Without a model: the models in scope to choose from, a page at a time. */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long initiative, @RequestParam(required = false) Integer page,
			Model model) {
		service.requireRecorder();
		if (initiative == null) {
			model.addAttribute("models", service.modelsToInspect(Paging.of(page, 50, null)));
			return "inspection/choose";
		}
		InitiativeView inspected = service.modelToInspect(initiative);
		InspectionForm form = new InspectionForm();
		form.setInitiativeId(inspected.id());
		form.setInspectedOn(service.today());
		model.addAttribute(FORM_NAME, form);
		return showForm(model, inspected, null);
	}

	@PostMapping
	String create(@ModelAttribute(FORM_NAME) InspectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		service.requireRecorder();
		form.dropBlankRows();
		InitiativeView inspected = form.getInitiativeId() == null ? null : service.modelToInspect(form.getInitiativeId());
		if (inspected == null) {
			model.addAttribute("mustChoose", true);
			model.addAttribute("models", service.modelsToInspect(Paging.of(0, 50, null)));
			return "inspection/choose";
		}
		if (result.hasErrors()) {
			// What could not be read is said by its field; the rules too, so that every problem shows at once.
			RuleErrors.alsoCheck(result, () -> service.check(form.toInput(), null, form.uploads()));
			return showForm(model, inspected, null);
		}
		try {
			long id = service.record(form.toInput(), form.uploads());
			redirect.addFlashAttribute("flash", "inspection.flash.recorded");
			return "redirect:/inspections/" + id;
		}
		catch (InspectionRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, inspected, null);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
		InspectionCard card = service.readForChange(id);
		if (card.withdrawn()) {
			redirect.addFlashAttribute("problem", text("inspection.error.withdrawn"));
			return "redirect:/inspections/" + id;
		}
		model.addAttribute(FORM_NAME, InspectionForm.of(card));
		return showForm(model, null, card);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute(FORM_NAME) InspectionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		InspectionCard card = service.readForChange(id);
		form.setInitiativeId(card.initiativeId());
		form.dropBlankRows();
		if (result.hasErrors()) {
			RuleErrors.alsoCheck(result, () -> service.check(form.toInput(), id, form.uploads()));
			return showForm(model, null, card);
		}
		try {
			service.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toInput(),
					new HashSet<>(form.getDroppedPhotos()), form.uploads());
			redirect.addFlashAttribute("flash", "inspection.flash.saved");
			return "redirect:/inspections/" + id;
		}
		catch (InspectionRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, null, card);
		}
		catch (StaleInspectionException | OptimisticLockingFailureException ex) {
			// Keep what the user typed; show what is saved now; the next save overwrites knowingly.
			InspectionCard current = service.read(id);
			result.reject("common.stale");
			model.addAttribute("current", current);
			form.setVersion(current.version());
			form.setDroppedPhotos(List.of());
			return showForm(model, null, current);
		}
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			service.withdraw(id, version, reason);
			redirect.addFlashAttribute("flash", "inspection.flash.withdrawn");
		}
		catch (StaleInspectionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", text("common.stale"));
		}
		catch (InspectionRuleException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
			redirect.addFlashAttribute("problemField", ex.field());
			redirect.addFlashAttribute("reason", reason);
		}
		return "redirect:/inspections/" + id;
	}

	private String showForm(Model model, InitiativeView inspected, InspectionCard card) {
		InspectionForm form = (InspectionForm) model.getAttribute(FORM_NAME);
		if (card != null) {
			form.offerCriteria(service.criteriaForInspection(card.id(), form.getInspectedOn()));
		}
		else {
			form.offerCriteria(service.criteriaFor(inspected, form.getInspectedOn()));
		}
		form.padRows();
		model.addAttribute("card", card);
		model.addAttribute("model", inspected);
		model.addAttribute("formTitle", card == null ? "inspection.form.new.title" : "inspection.form.edit.title");
		model.addAttribute("kinds", InspectionKind.values());
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("actionStatuses", ActionStatus.values());
		model.addAttribute("organisationChoices", service.organisationChoices(form.getOrganisationId()));
		model.addAttribute("peopleChoices", service.peopleChoices(form.getOrganisationId(),
				card == null ? List.of() : card.actions().stream().map(FollowUp::personId).toList()));
		model.addAttribute("maxUploadMb", service.maxUploadBytes() / (1024.0 * 1024.0));
		model.addAttribute("today", service.today());
		// The draft kept in the browser belongs to this user and this model (new) or inspection (correction):
		// a phone shared by two officials does not show one the other's draft.
		String user = vn.mohinh.shared.security.CurrentUser.get().map(vn.mohinh.shared.security.ScopedPrincipal::username)
			.orElse("");
		model.addAttribute("draftKey", user + ":" + (card == null ? "new-" + inspected.id() : "edit-" + card.id()));
		return FORM;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
