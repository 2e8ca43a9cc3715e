package vn.mohinh.initiative;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.shared.files.ResponsiveImages;
import vn.mohinh.shared.web.Paging;
import vn.mohinh.shared.rules.RuleErrors;

/** The pages of the register of models: list with active search, a model, its form, and its yearly and lifecycle steps. */
@Controller
@RequestMapping("/initiatives")
class InitiativeController {

	private static final String FORM = "initiative/form";
	private static final String FORM_NAME = "initiativeForm";
	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final InitiativeService service;
	private final MessageSource messages;
	private final ResponsiveImages images;

	InitiativeController(InitiativeService service, MessageSource messages, ResponsiveImages images) {
		this.service = service;
		this.messages = messages;
		this.images = images;
	}

	/** Ids come from the path, never from the form. */
	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** One URL for page and fragment: htmx's active search gets only the results. */
	@GetMapping
	String list(@ModelAttribute("filter") InitiativeFilter filter, BindingResult ignoredMalformedParams,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		boolean unknownLocality = filter.getLocality() != null && !filter.getLocality().isBlank() && locality.isEmpty();
		model.addAttribute("page", service.list(criteria(filter, locality, unknownLocality),
				Paging.of(filter.getPage(), filter.getSize(), InitiativeQuery.ORDER)));
		model.addAttribute("locality", locality.orElse(null));
		model.addAttribute("unknownLocality", unknownLocality);
		model.addAttribute("types", service.types());
		model.addAttribute("levels", PilotLevel.values());
		model.addAttribute("statuses", InitiativeStatus.values());
		model.addAttribute("canCreate", service.mayCreate());
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx != null && historyRestore == null) {
			return "initiative/list :: results";
		}
		return "initiative/list";
	}

	static InitiativeQuery.Criteria criteria(InitiativeFilter f, Optional<LocalityView> locality, boolean unknown,
			java.util.function.LongFunction<Scope> subtree) {
		Scope within = unknown ? Scope.NOWHERE : locality.map(l -> subtree.apply(l.id())).orElse(null);
		return new InitiativeQuery.Criteria(within, f.getType(), f.getLevel(), f.getStatus(), f.getYear(), f.getQ());
	}

	private InitiativeQuery.Criteria criteria(InitiativeFilter f, Optional<LocalityView> locality, boolean unknown) {
		return criteria(f, locality, unknown, service::subtreeOf);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("card", service.read(id));
		model.addAttribute("history", service.history(id));
		model.addAttribute("levels", PilotLevel.values());
		model.addAttribute("thisYear", LocalDate.now().getYear());
		model.addAttribute("maxUploadMb", service.maxUploadBytes() / (1024.0 * 1024.0));
		return "initiative/show";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long origin, @RequestParam(required = false) LineageRelation relation,
			Model model) {
		service.requireEditor();
		InitiativeForm form = new InitiativeForm();
		service.ownCommuneCode().ifPresent(form::setCommuneCode);
		if (origin != null && relation != null) {
			InitiativeCard from = service.readForChange(origin);
			form.setOrigin(origin);
			form.setRelation(relation);
			form.setCommuneCode(from.communeCode());
			if (relation == LineageRelation.REPLICATION) {
				form.setTypeId(from.type().id());
				form.setName(from.name());
			}
		}
		model.addAttribute(FORM_NAME, form);
		return showForm(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM_NAME) InitiativeForm form, BindingResult result,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect) {
		service.requireEditor();
		if (refresh != null) {
			return refreshForm(form, result, model, null);
		}
		if (result.hasErrors()) {
			// The business rules too (nothing is saved), so that every problem shows at once.
			RuleErrors.alsoCheck(result, () -> service.check(form.toInput(), null));
			return showForm(model, null);
		}
		try {
			long id = service.create(form.toInput(), form.getOrigin(), form.getRelation(), form.getLineageReason());
			redirect.addFlashAttribute("flash", "initiative.flash.created");
			return "redirect:/initiatives/" + id;
		}
		catch (InitiativeRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		InitiativeCard card = service.readForChange(id);
		model.addAttribute(FORM_NAME, InitiativeForm.of(card));
		return showForm(model, card);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM_NAME) InitiativeForm form, BindingResult result,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect) {
		InitiativeCard card = service.readForChange(id);
		if (refresh != null) {
			return refreshForm(form, result, model, card);
		}
		if (result.hasErrors()) {
			RuleErrors.alsoCheck(result, () -> service.check(form.toInput(), id));
			return showForm(model, card);
		}
		try {
			service.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toInput());
			redirect.addFlashAttribute("flash", "initiative.flash.saved");
			return "redirect:/initiatives/" + id;
		}
		catch (InitiativeRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, card);
		}
		catch (StaleInitiativeException | OptimisticLockingFailureException ex) {
			// Keep what the user typed; show what is saved now; the next save overwrites knowingly.
			InitiativeCard current = service.read(id);
			result.reject("common.stale");
			model.addAttribute("current", current);
			form.setVersion(current.version());
			return showForm(model, current);
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, @RequestParam int year,
			RedirectAttributes redirect) {
		return step(id, () -> service.submit(id, version, year), "initiative.flash.submitted", redirect);
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, @RequestParam int year,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String registeredOn,
			@RequestParam(required = false) String referenceNumber, RedirectAttributes redirect) {
		return step(id, () -> service.register(id, version, year, organisation, day(registeredOn, "registeredOn"),
				referenceNumber), "initiative.flash.registered", redirect);
	}

	@PostMapping("/{id}/return")
	String returnRegistration(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam int year, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return step(id, () -> service.returnRegistration(id, version, year, reason), "initiative.flash.returned",
				redirect);
	}

	@PostMapping("/{id}/renew")
	String renew(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, @RequestParam int year,
			RedirectAttributes redirect) {
		return step(id, () -> service.renew(id, version, year), "initiative.flash.renewed", redirect);
	}

	@PostMapping("/{id}/level")
	String level(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, @RequestParam int year,
			@RequestParam PilotLevel level, RedirectAttributes redirect) {
		return step(id, () -> service.setLevel(id, version, year, level), "initiative.flash.saved", redirect);
	}

	@PostMapping("/{id}/maintain")
	String maintain(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return step(id, () -> service.maintain(id, version, day(on, "on")), "initiative.flash.maintained", redirect);
	}

	@PostMapping("/{id}/discontinue")
	String discontinue(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String on, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return step(id, () -> service.discontinue(id, version, day(on, "on"), reason), "initiative.flash.discontinued",
				redirect);
	}

	@PostMapping("/{id}/files")
	String attach(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean photo,
			@RequestParam(required = false) String altText, RedirectAttributes redirect) {
		return step(id, () -> service.attach(id, version, file, photo, altText), "initiative.flash.attached", redirect);
	}

	/** A file; a photo also as a smaller copy ({@code ?w=360|720|1200}), kept a year with {@code ?v=}. */
	@GetMapping("/{id}/files/{index}")
	ResponseEntity<Resource> file(@PathVariable long id, @PathVariable int index,
			@RequestParam(required = false) Integer w, @RequestParam(required = false) String v) {
		InitiativeService.StoredFileContent content = service.file(id, index);
		StoredFile file = content.file();
		if (file.isPhoto()) {
			return images.serve(file.sha256(), file.type(), file.size(), file.name(), w, v, false);
		}
		return ResponseEntity.ok()
			.contentType(file.type().mediaType())
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(file.isPhoto() ? "inline" : "attachment") + "; filename*=UTF-8''"
							+ java.net.URLEncoder.encode(file.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
			.cacheControl(CacheControl.noStore())
			.body(new FileSystemResource(content.path()));
	}

	/** The villages of the chosen commune, for htmx to swap into the form when the commune changes. */
	@GetMapping("/form/villages")
	String villages(@ModelAttribute(FORM_NAME) InitiativeForm form, BindingResult ignoredMalformedParams, Model model) {
		service.requireEditor();
		model.addAttribute("villageChoices", service.villageChoices(form.getCommuneCode(), form.getStartDate(),
				form.getVillageIds()));
		return FORM + " :: villages";
	}

	/** The organisations matching what is typed, as options of the lead organisation's select (htmx). */
	@GetMapping("/form/organisations")
	String organisations(@RequestParam(required = false) String leadQuery,
			@RequestParam(required = false) Long leadOrganisationId, Model model) {
		service.requireEditor();
		model.addAttribute("organisationChoices", service.organisationChoices(leadQuery,
				leadOrganisationId == null ? java.util.List.of() : java.util.List.of(leadOrganisationId)));
		model.addAttribute("selectedId", leadOrganisationId);
		return FORM + " :: organisationOptions";
	}

	/** The party members matching what is typed, as options of the select of the member in charge (htmx). */
	@GetMapping("/form/people")
	String people(@RequestParam(required = false) String personQuery,
			@RequestParam(required = false) Long personInChargeId, Model model) {
		service.requireEditor();
		model.addAttribute("personChoices", service.partyMemberChoices(personQuery, personInChargeId));
		model.addAttribute("selectedId", personInChargeId);
		return FORM + " :: personOptions";
	}

	/**
	 * The "Chọn xã" and "Lọc" buttons (without JavaScript): the same form again with the villages of
	 * the chosen commune and the narrowed lists, everything typed kept, no rule checked yet.
	 */
	private String refreshForm(InitiativeForm form, BindingResult result, Model model, InitiativeCard card) {
		org.springframework.validation.BeanPropertyBindingResult quiet =
				new org.springframework.validation.BeanPropertyBindingResult(form, FORM_NAME);
		// Only what could not be read at all (a malformed date) is said now.
		result.getFieldErrors().stream().filter(org.springframework.validation.FieldError::isBindingFailure)
			.forEach(quiet::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME, quiet);
		return showForm(model, card);
	}

	/** A step on the model's page: done and said so, or refused with the reason, always back to the page. */
	private String step(long id, Runnable action, String flash, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (StaleInitiativeException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", text("common.stale"));
		}
		catch (InitiativeRuleException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.args()));
			// The upload form shows its problems by its fields; other steps above the page.
			redirect.addFlashAttribute("problemField", ex.field());
		}
		return "redirect:/initiatives/" + id;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static LocalDate day(String typed, String field) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip(), TYPED);
		}
		catch (DateTimeParseException ex) {
			throw new InitiativeRuleException(field, "initiative.error.date.invalid", typed);
		}
	}

	private String showForm(Model model, InitiativeCard card) {
		InitiativeForm form = (InitiativeForm) model.getAttribute(FORM_NAME);
		if (form != null) {
			form.padRows();
		}
		model.addAttribute("card", card);
		LineageRelation relation = form == null ? null : form.getRelation();
		model.addAttribute("formTitle", card != null ? "initiative.form.edit.title"
				: relation == LineageRelation.CONVERSION ? "initiative.form.convert.title"
						: relation == LineageRelation.REPLICATION ? "initiative.form.replicate.title"
								: "initiative.form.new.title");
		model.addAttribute("types", service.types());
		model.addAttribute("levels", PilotLevel.values());
		model.addAttribute("documentChoices", service.documentChoices());
		if (form != null) {
			model.addAttribute("communeChoices", service.communeChoices(form.getStartDate()));
			model.addAttribute("villageChoices", service.villageChoices(form.getCommuneCode(), form.getStartDate(),
					form.getVillageIds()));
			java.util.List<Long> chosen = new java.util.ArrayList<>();
			chosen.add(form.getLeadOrganisationId());
			form.getPartners().forEach(p -> chosen.add(p.getOrganisationId()));
			model.addAttribute("organisationChoices", service.organisationChoices(form.getLeadQuery(), chosen));
			model.addAttribute("partnerChoices", service.organisationChoices(null, chosen));
			model.addAttribute("personChoices", service.partyMemberChoices(form.getPersonQuery(), form.getPersonInChargeId()));
		}
		return FORM;
	}

}
