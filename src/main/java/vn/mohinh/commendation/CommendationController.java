package vn.mohinh.commendation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.excel.ExcelExport;
import vn.mohinh.shared.files.ContentDispositions;
import vn.mohinh.shared.web.Paging;
import vn.mohinh.shared.rules.RuleErrors;

/** Pages of commendations and praise: list (+ Excel), record, show, revise, withdraw, the gaps. */
@Controller
@RequestMapping("/commendations")
class CommendationController {

	static final String FORM = "commendation/form";
	static final String FORM_NAME = "commendationForm";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final CommendationService service;
	private final CommendationFigures figures;
	private final ScopeGuard scope;
	private final MessageSource messages;

	CommendationController(CommendationService service, CommendationFigures figures, ScopeGuard scope,
			MessageSource messages) {
		this.service = service;
		this.figures = figures;
		this.scope = scope;
		this.messages = messages;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@ModelAttribute("filter") CommendationFilter filter, BindingResult ignoredMalformedParams, Model model) {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		boolean unknown = filter.namesLocality() && locality.isEmpty();
		model.addAttribute("page", service.list(criteria(filter, locality, unknown),
				Paging.of(filter.getPage(), filter.getSize(), Sort.unsorted())));
		model.addAttribute("locality", locality.orElse(null));
		model.addAttribute("unknownLocality", unknown);
		addCatalogues(model);
		model.addAttribute("canCreate", service.mayCreate());
		return "commendation/list";
	}

	private CommendationQuery.Criteria criteria(CommendationFilter filter, Optional<LocalityView> locality, boolean unknown) {
		Scope within = unknown ? Scope.NOWHERE : locality.map(l -> service.subtreeOf(l.id())).orElse(null);
		return filter.criteria(within);
	}

	@GetMapping("/export.xlsx")
	void export(@ModelAttribute("filter") CommendationFilter filter, BindingResult ignoredMalformedParams, Locale locale,
			HttpServletResponse response) throws IOException {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		CommendationQuery.Criteria criteria = criteria(filter, locality, filter.namesLocality() && locality.isEmpty());
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(msg("commendation.export.file", locale)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		ExcelExport.<CommendationRow>sheet(msg("commendation.export.sheet", locale))
			.title(msg("commendation.list.title", locale))
			.column(msg("commendation.col.kind", locale), 14, r -> msg(r.kind().messageKey(), locale))
			.column(msg("commendation.col.award", locale), 30, r -> r.award() == null ? "" : msg(r.award().messageKey(), locale))
			.column(msg("commendation.col.body", locale), 40, CommendationRow::bodyName)
			.column(msg("commendation.col.number", locale), 18, r -> r.decisionNumber() == null ? "" : r.decisionNumber())
			.column(msg("commendation.col.date", locale), 12, CommendationRow::recognisedOn)
			.column(msg("commendation.col.year", locale), 8, CommendationRow::year)
			.column(msg("commendation.col.occasion", locale), 30, r -> r.occasion() == null ? "" : r.occasion())
			.column(msg("commendation.col.recipients", locale), 60, r -> String.join("; ", r.recipientNames()))
			.write(ExcelExport.pages(p -> service.list(criteria, p), Paging.of(0, Paging.MAX_SIZE, Sort.unsorted())),
					response.getOutputStream());
	}

	/** htmx active search of recipients: only the choices come back. */
	@GetMapping("/recipients")
	String recipients(@RequestParam(name = "recipientQuery", required = false) String q, Model model) {
		service.requireEditor();
		model.addAttribute("found", service.searchRecipients(q));
		return "commendation/form :: found";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long initiative, Model model) {
		service.requireEditor();
		CommendationForm form = new CommendationForm();
		if (initiative != null) {
			service.resolveOne(RecipientKind.MODEL + ":" + initiative).ifPresent(r -> form.getRecipients().add(r.token()));
		}
		model.addAttribute(FORM_NAME, form);
		return showForm(model, null);
	}

	@PostMapping
	String create(@ModelAttribute(FORM_NAME) CommendationForm form, BindingResult result,
			@RequestParam(required = false) String search, Model model, RedirectAttributes redirect) {
		service.requireEditor();
		if (search != null) {
			// The form without JavaScript: the search runs, nothing is saved, the input is kept.
			model.addAttribute("found", service.searchRecipients(form.getRecipientQuery()));
			return showForm(model, null);
		}
		try {
			if (result.hasErrors()) {
				RuleErrors.alsoCheck(result, () -> service.check(form.toDetails(), form.getRecipients(), null));
				return showForm(model, null);
			}
			long id = service.create(form.toDetails(), form.getRecipients(), form.getScan());
			redirect.addFlashAttribute("flash", "commendation.flash.created");
			return "redirect:/commendations/" + id;
		}
		catch (CommendationRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, null);
		}
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("card", service.read(id));
		return "commendation/show";
	}

	/** The scanned decision, for users who see the commendation. */
	@GetMapping("/{id:\\d+}/scan")
	ResponseEntity<Resource> scan(@PathVariable long id) {
		CommendationService.Scan scan = service.scan(id);
		return ResponseEntity.ok()
			.contentType(scan.type().mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.inline(scan.name()))
			.cacheControl(CacheControl.noStore())
			.body(new FileSystemResource(scan.path()));
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		CommendationCard card = service.readForChange(id);
		model.addAttribute(FORM_NAME, CommendationForm.of(card));
		return showForm(model, card);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @ModelAttribute(FORM_NAME) CommendationForm form, BindingResult result,
			@RequestParam(required = false) String search, Model model, RedirectAttributes redirect) {
		CommendationCard card = service.readForChange(id);
		if (search != null) {
			model.addAttribute("found", service.searchRecipients(form.getRecipientQuery()));
			return showForm(model, card);
		}
		try {
			if (result.hasErrors()) {
				RuleErrors.alsoCheck(result, () -> service.check(form.toDetails(), form.getRecipients(), id));
				return showForm(model, card);
			}
			service.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails(), form.getRecipients(),
					form.getScan());
			redirect.addFlashAttribute("flash", "commendation.flash.saved");
			return "redirect:/commendations/" + id;
		}
		catch (CommendationRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, card);
		}
		catch (StaleCommendationException | OptimisticLockingFailureException ex) {
			// Keep what the user typed; show what is saved now; the next save overwrites knowingly.
			CommendationCard current = service.read(id);
			result.reject("common.stale");
			form.setVersion(current.version());
			model.addAttribute("current", current);
			return showForm(model, current);
		}
	}

	@PostMapping("/{id:\\d+}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			service.withdraw(id, version == null ? -1 : version, reason);
			redirect.addFlashAttribute("flash", "commendation.flash.withdrawn");
			return "redirect:/commendations/" + id;
		}
		catch (CommendationRuleException ex) {
			model.addAttribute("withdrawError", ex.violations().get(0).messageKey());
		}
		catch (StaleCommendationException | OptimisticLockingFailureException ex) {
			model.addAttribute("withdrawError", "common.stale");
		}
		model.addAttribute("withdrawReason", reason);
		model.addAttribute("card", service.read(id));
		return "commendation/show";
	}

	/** The effective models of a year that nobody recognised, in the user's scope or a locality's subtree. */
	@GetMapping("/gaps")
	String gaps(@RequestParam(required = false) String year, @RequestParam(required = false) String locality,
			@RequestParam(required = false) Integer page, Model model) {
		int y = parseYear(year);
		Optional<LocalityView> place = service.localityByCode(locality);
		boolean unknown = locality != null && !locality.isBlank() && place.isEmpty();
		Scope area = place.map(l -> service.subtreeOf(l.id())).orElse(scope.current());
		Pageable pageable = Paging.of(page, null, Sort.unsorted());
		model.addAttribute("page", unknown ? org.springframework.data.domain.Page.empty(pageable)
				: place.isPresent() && !scope.current().everywhere()
						&& !area.prefixes().stream().allMatch(scope.current()::covers)
								? org.springframework.data.domain.Page.empty(pageable)
								: figures.gaps(area, y, pageable));
		model.addAttribute("year", y);
		model.addAttribute("locality", locality);
		model.addAttribute("place", place.orElse(null));
		model.addAttribute("unknownLocality", unknown);
		model.addAttribute("windowFrom", Gaps.windowStart(y));
		model.addAttribute("windowTo", Gaps.windowEnd(y));
		return "commendation/gaps";
	}

	private int parseYear(String year) {
		try {
			int y = Integer.parseInt(year == null ? "" : year.strip());
			return y < 1945 || y > 2100 ? LocalDate.now().getYear() - 1 : y;
		}
		catch (NumberFormatException ex) {
			return LocalDate.now().getYear() - 1;
		}
	}

	private String showForm(Model model, CommendationCard card) {
		CommendationForm form = (CommendationForm) model.getAttribute(FORM_NAME);
		model.addAttribute("card", card);
		model.addAttribute("chosen", service.choicesOf(form.getRecipients()));
		if (!model.containsAttribute("found")) {
			model.addAttribute("found", java.util.List.of());
		}
		model.addAttribute("bodies", service.bodies());
		addCatalogues(model);
		return FORM;
	}

	private void addCatalogues(Model model) {
		model.addAttribute("kinds", CommendationKind.values());
		model.addAttribute("forms", Award.of(AwardCategory.FORM));
		model.addAttribute("titles", Award.of(AwardCategory.TITLE));
		model.addAttribute("levels", BodyLevel.values());
		model.addAttribute("recipientKinds", RecipientKind.values());
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
