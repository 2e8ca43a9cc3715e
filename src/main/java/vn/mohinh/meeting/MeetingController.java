package vn.mohinh.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
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

import vn.mohinh.locality.Scope;
import vn.mohinh.meeting.MeetingViews.MeetingCard;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.web.Paging;
import vn.mohinh.shared.rules.RuleErrors;

/**
 * The pages of meetings: the list in scope, the choice of an organisation, the form (new, prepared
 * from the template, edit; a stale edit keeps the input), a meeting's page with its action items,
 * withdrawal with a reason. Post/Redirect/Get; a refused form is shown again as typed.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {

	private static final String FORM = "meeting/form";
	private static final String FORM_NAME = "meetingForm";

	private final MeetingService service;
	private final MeetingExport export;
	private final MeetingMinutes minutes;

	MeetingController(MeetingService service, MeetingExport export, MeetingMinutes minutes) {
		this.service = service;
		this.export = export;
		this.minutes = minutes;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAutoGrowCollectionLimit(1000);
	}

	@GetMapping
	String list(@ModelAttribute("filter") MeetingFilter filter, BindingResult ignoredMalformedParams, Model model) {
		Scope within = service.area(filter.getLocality());
		model.addAttribute("page", service.list(criteria(filter, within), Paging.of(filter.getPage(), filter.getSize(),
				MeetingService.MEETING_ORDER)));
		model.addAttribute("unknownLocality", within != null && within.prefixes().isEmpty() && !within.everywhere());
		model.addAttribute("organisations", service.organisationChoices());
		model.addAttribute("canCreate", service.mayCreate());
		return "meeting/list";
	}

	static MeetingService.MeetingCriteria criteria(MeetingFilter filter, Scope within) {
		return new MeetingService.MeetingCriteria(within, filter.getOrganisation(), filter.getYear(), filter.getInitiative(),
				Boolean.TRUE.equals(filter.getWithdrawn()));
	}

	/** Without an organisation: the organisations to choose from; with one, the form (prepared if asked). */
	@GetMapping("/export.xlsx")
	void export(@ModelAttribute("filter") MeetingFilter filter, BindingResult ignoredMalformedParams,
			java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		MeetingService.MeetingCriteria criteria = criteria(filter, service.area(filter.getLocality()));
		response.setContentType(MeetingExport.XLSX);
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
				vn.mohinh.shared.files.ContentDispositions.attachment(export.meetingsFileName(locale)));
		response.setHeader(org.springframework.http.HttpHeaders.CACHE_CONTROL,
				org.springframework.http.CacheControl.noStore().getHeaderValue());
		export.writeMeetings(criteria, locale, response.getOutputStream());
	}

	@GetMapping("/{id}/minutes.docx")
	void minutesDocx(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		MeetingCard card = service.read(id);
		byte[] docx = minutes.write(card);
		response.setContentType(MeetingMinutes.DOCX);
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
				vn.mohinh.shared.files.ContentDispositions.attachment(minutes.fileName(card)));
		response.setHeader(org.springframework.http.HttpHeaders.CACHE_CONTROL,
				org.springframework.http.CacheControl.noStore().getHeaderValue());
		response.getOutputStream().write(docx);
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long organisation, @RequestParam(required = false) String prepare,
			@RequestParam(required = false) LocalDate date, @RequestParam(required = false) Long initiative, Model model) {
		service.requireEditor();
		if (organisation == null) {
			model.addAttribute("organisations", service.organisationChoices());
			model.addAttribute("initiative", initiative);
			return "meeting/choose";
		}
		OrganisationView o = service.organisation(organisation);
		List<PersonView> people = service.peopleOf(organisation);
		LocalDate day = date != null ? date : service.today();
		MeetingForm form;
		if (prepare != null) {
			form = MeetingForm.of(organisation, service.prepare(organisation, day), people);
		}
		else {
			form = MeetingForm.of(organisation, new Meeting.Record(day, MeetingKind.REGULAR, null, null, null, null, null,
					null, null, people.stream().filter(PersonView::active)
						.map(p -> new Meeting.AttendanceInput(p.id(), true, null)).toList(), List.of(), List.of()), people);
		}
		if (initiative != null) {
			form.getModelIds().add(initiative);
		}
		model.addAttribute(FORM_NAME, form);
		return showForm(model, o, people, null);
	}

	@PostMapping
	String create(@ModelAttribute(FORM_NAME) MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		service.requireEditor();
		if (form.getOrganisationId() == null) {
			throw new vn.mohinh.shared.web.NotFoundException("organisation", null);
		}
		OrganisationView o = service.organisation(form.getOrganisationId());
		List<PersonView> people = service.peopleOf(o.id());
		try {
			List<DiscussedModel> models = service.discussed(form.getModelIds());
			if (result.hasErrors()) {
				RuleErrors.alsoCheck(result, () -> service.check(o.id(), form.toRecord(models)));
				return showForm(model, o, people, null);
			}
			long id = service.create(o.id(), form.toRecord(models));
			redirect.addFlashAttribute("flash", "meeting.flash.created");
			return "redirect:/meetings/" + id;
		}
		catch (MeetingRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, o, people, null);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		MeetingCard card = service.read(id);
		return showPage(model, card);
	}

	private String showPage(Model model, MeetingCard card) {
		model.addAttribute("card", card);
		model.addAttribute("today", service.today());
		if (card.canEdit()) {
			model.addAttribute("people", service.peopleOf(card.organisationId()).stream().filter(PersonView::active).toList());
			if (!model.containsAttribute("itemForm")) {
				ActionItemForm item = new ActionItemForm();
				item.setDueDate(card.date().plusMonths(1));
				model.addAttribute("itemForm", item);
			}
			if (!model.containsAttribute("withdrawForm")) {
				WithdrawForm w = new WithdrawForm();
				w.setVersion(card.version());
				model.addAttribute("withdrawForm", w);
			}
		}
		return "meeting/show";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		MeetingCard card = service.readForChange(id);
		model.addAttribute(FORM_NAME, MeetingForm.of(card));
		return showForm(model, service.organisation(card.organisationId()), service.peopleOf(card.organisationId()), card);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute(FORM_NAME) MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		MeetingCard card = service.readForChange(id);
		form.setOrganisationId(card.organisationId());
		OrganisationView o = service.organisation(card.organisationId());
		List<PersonView> people = service.peopleOf(o.id());
		try {
			List<DiscussedModel> models = service.discussed(form.getModelIds());
			if (result.hasErrors()) {
				RuleErrors.alsoCheck(result, () -> service.check(o.id(), form.toRecord(models)));
				return showForm(model, o, people, card);
			}
			service.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toRecord(models));
			redirect.addFlashAttribute("flash", "meeting.flash.saved");
			return "redirect:/meetings/" + id;
		}
		catch (MeetingRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, o, people, card);
		}
		catch (StaleMeetingException | OptimisticLockingFailureException ex) {
			// Keep what the user typed; show what is saved now; the next save overwrites knowingly.
			MeetingCard current = service.read(id);
			result.reject("common.stale");
			form.setVersion(current.version());
			model.addAttribute("current", current);
			return showForm(model, o, people, current);
		}
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @ModelAttribute("withdrawForm") WithdrawForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		MeetingCard card = service.readForChange(id);
		try {
			service.withdraw(id, form.getVersion() == null ? -1 : form.getVersion(), form.getReason());
			redirect.addFlashAttribute("flash", "meeting.flash.withdrawn");
			return "redirect:/meetings/" + id;
		}
		catch (MeetingRuleException ex) {
			RuleErrors.reject(result, ex);
		}
		catch (StaleMeetingException | OptimisticLockingFailureException ex) {
			result.reject("common.stale");
			form.setVersion(service.read(id).version());
		}
		return showPage(model, service.read(card.id()));
	}

	@PostMapping("/{id}/action-items")
	String addItem(@PathVariable long id, @ModelAttribute("itemForm") ActionItemForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		MeetingCard card = service.readForChange(id);
		if (!result.hasErrors()) {
			try {
				service.addItem(id, form.toInput());
				redirect.addFlashAttribute("flash", "actionItem.flash.created");
				return "redirect:/meetings/" + id + "#action-items-heading";
			}
			catch (MeetingRuleException ex) {
				RuleErrors.reject(result, ex);
			}
		}
		return showPage(model, card);
	}

	private String showForm(Model model, OrganisationView organisation, List<PersonView> people, MeetingCard card) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("people", people);
		model.addAttribute("card", card);
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("models", service.modelChoices());
		return FORM;
	}

}
