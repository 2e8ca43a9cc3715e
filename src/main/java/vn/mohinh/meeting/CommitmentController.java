package vn.mohinh.meeting;

import java.time.LocalDate;

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
import vn.mohinh.meeting.MeetingViews.CommitmentCard;
import vn.mohinh.organisation.OrganisationKind;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.web.Paging;
import vn.mohinh.shared.rules.RuleErrors;

/**
 * The party members' commitments: a cell's page per year (every member, with a commitment or
 * "chưa đăng ký"), registering and revising one, reviewing it at a meeting, and the members of an
 * area with none ({@code /commitments/gaps}). Post/Redirect/Get.
 */
@Controller
@RequestMapping("/commitments")
class CommitmentController {

	private static final String FORM = "meeting/commitment-form";

	private final CommitmentService service;
	private final MeetingService meetings;

	CommitmentController(CommitmentService service, MeetingService meetings) {
		this.service = service;
		this.meetings = meetings;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** Without a cell: the cells in scope to choose from; with one, its members and their commitments. */
	@GetMapping
	String cell(@RequestParam(required = false) Long organisation, @RequestParam(required = false) Integer year,
			Model model) {
		int y = year == null ? meetings.today().getYear() : year;
		model.addAttribute("year", y);
		if (organisation == null) {
			model.addAttribute("cells", meetings.organisationChoices().stream()
				.filter(o -> o.kind() == OrganisationKind.PARTY_CELL).toList());
			return "meeting/commitment-cells";
		}
		OrganisationView cell = service.cell(organisation);
		model.addAttribute("cell", cell);
		model.addAttribute("members", service.ofCell(organisation, y));
		model.addAttribute("canEdit", meetings.mayCreate());
		return "meeting/commitments";
	}

	@GetMapping("/gaps")
	String gaps(@RequestParam(required = false) Integer year, @RequestParam(required = false) String locality,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
		int y = year == null ? meetings.today().getYear() : year;
		Scope within = meetings.area(locality);
		Scope area = within == null ? service.currentScope() : within;
		model.addAttribute("year", y);
		model.addAttribute("locality", locality);
		model.addAttribute("unknownLocality", within != null && within.prefixes().isEmpty() && !within.everywhere());
		model.addAttribute("page", service.gaps(area, y, Paging.of(page, size, null)));
		return "meeting/commitment-gaps";
	}

	@GetMapping("/new")
	String newForm(@RequestParam long organisation, @RequestParam long person, @RequestParam(required = false) Integer year,
			Model model) {
		meetings.requireEditor();
		OrganisationView cell = service.cell(organisation);
		PersonView member = service.member(organisation, person);
		CommitmentForm form = new CommitmentForm();
		form.setPersonId(person);
		form.setYear(year == null ? meetings.today().getYear() : year);
		form.setRegisteredOn(meetings.today());
		model.addAttribute("commitmentForm", form);
		return showForm(model, cell, member, null);
	}

	@PostMapping
	String create(@RequestParam long organisation, @ModelAttribute("commitmentForm") CommitmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		meetings.requireEditor();
		OrganisationView cell = service.cell(organisation);
		PersonView member = service.member(organisation, form.getPersonId() == null ? -1 : form.getPersonId());
		if (result.hasErrors()) {
			RuleErrors.alsoCheck(result, () -> Commitment.check(form.getYear(), form.getItems(), form.getRegisteredOn()));
			return showForm(model, cell, member, null);
		}
		try {
			long id = service.register(organisation, member.id(), form.getYear(), form.getItems(), form.getRegisteredOn());
			redirect.addFlashAttribute("flash", "commitment.flash.created");
			return "redirect:/commitments/" + id;
		}
		catch (MeetingRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, cell, member, null);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		CommitmentCard card = service.read(id);
		return showPage(model, card);
	}

	private String showPage(Model model, CommitmentCard card) {
		model.addAttribute("card", card);
		model.addAttribute("canEdit", meetings.mayCreate());
		model.addAttribute("reviewKinds", ReviewKind.values());
		model.addAttribute("results", ReviewResult.values());
		model.addAttribute("cellMeetings", service.meetingsOf(card.organisationId(), card.year()));
		if (!model.containsAttribute("reviewForm")) {
			ReviewForm form = new ReviewForm();
			form.setVersion(card.version());
			form.setKind(card.getMidYear() == null ? ReviewKind.MID_YEAR : ReviewKind.YEAR_END);
			model.addAttribute("reviewForm", form);
		}
		return "meeting/commitment";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		meetings.requireEditor();
		CommitmentCard card = service.read(id);
		CommitmentForm form = new CommitmentForm();
		form.setPersonId(card.personId());
		form.setYear(card.year());
		form.setItems(card.items());
		form.setRegisteredOn(card.registeredOn());
		form.setVersion(card.version());
		model.addAttribute("commitmentForm", form);
		return showForm(model, service.cell(card.organisationId()), null, card);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("commitmentForm") CommitmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		meetings.requireEditor();
		CommitmentCard card = service.read(id);
		OrganisationView cell = service.cell(card.organisationId());
		form.setYear(card.year());
		form.setPersonId(card.personId());
		if (result.hasErrors()) {
			return showForm(model, cell, null, card);
		}
		try {
			service.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.getItems(), form.getRegisteredOn());
			redirect.addFlashAttribute("flash", "commitment.flash.saved");
			return "redirect:/commitments/" + id;
		}
		catch (MeetingRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, cell, null, card);
		}
		catch (StaleMeetingException | OptimisticLockingFailureException ex) {
			CommitmentCard current = service.read(id);
			result.reject("common.stale");
			form.setVersion(current.version());
			model.addAttribute("current", current);
			return showForm(model, cell, null, current);
		}
	}

	@PostMapping("/{id}/reviews")
	String review(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		meetings.requireEditor();
		CommitmentCard card = service.read(id);
		if (!result.hasErrors()) {
			try {
				service.review(id, form.getVersion() == null ? -1 : form.getVersion(), form.getKind(), form.getMeetingId(),
						form.getReviewedOn(), form.getAssessment(), form.getResult());
				redirect.addFlashAttribute("flash", "commitment.flash.reviewed");
				return "redirect:/commitments/" + id;
			}
			catch (MeetingRuleException ex) {
				RuleErrors.reject(result, ex);
			}
			catch (StaleMeetingException | OptimisticLockingFailureException ex) {
				result.reject("common.stale");
				form.setVersion(service.read(id).version());
			}
		}
		return showPage(model, card);
	}

	private String showForm(Model model, OrganisationView cell, PersonView member, CommitmentCard card) {
		model.addAttribute("cell", cell);
		model.addAttribute("member", member);
		model.addAttribute("card", card);
		model.addAttribute("thisYear", LocalDate.now().getYear());
		return FORM;
	}

}
