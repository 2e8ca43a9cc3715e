package vn.mohinh.meeting;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.locality.Scope;
import vn.mohinh.shared.files.ContentDispositions;
import vn.mohinh.shared.web.Paging;

/**
 * The action items of the user's scope: the list with its filters (overdue = open and due before
 * today), its Excel export, and the change of an item's status, inline with htmx (the row comes
 * back) or as a plain form (Post/Redirect/Get to the list).
 */
@Controller
@RequestMapping("/action-items")
class ActionItemController {

	private final MeetingService service;
	private final MeetingExport export;

	ActionItemController(MeetingService service, MeetingExport export) {
		this.service = service;
		this.export = export;
	}

	@GetMapping
	String list(@ModelAttribute("filter") ActionItemFilter filter, BindingResult ignoredMalformedParams,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		Scope within = service.area(filter.getLocality());
		model.addAttribute("page", service.items(criteria(filter, within),
				Paging.of(filter.getPage(), filter.getSize(), MeetingService.ITEM_ORDER)));
		model.addAttribute("unknownLocality", within != null && within.prefixes().isEmpty() && !within.everywhere());
		model.addAttribute("organisations", service.organisationChoices());
		model.addAttribute("statuses", ActionItemStatus.values());
		model.addAttribute("today", service.today());
		model.addAttribute("canEdit", service.mayCreate());
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx != null && historyRestore == null) {
			return "meeting/action-items :: results";
		}
		return "meeting/action-items";
	}

	static MeetingService.ItemCriteria criteria(ActionItemFilter f, Scope within) {
		return new MeetingService.ItemCriteria(within, f.getStatus(), Boolean.TRUE.equals(f.getOverdue()),
				f.getOrganisation(), f.getPerson(), null);
	}

	@GetMapping("/export.xlsx")
	void export(@ModelAttribute("filter") ActionItemFilter filter, BindingResult ignoredMalformedParams, Locale locale,
			HttpServletResponse response) throws IOException {
		MeetingService.ItemCriteria criteria = criteria(filter, service.area(filter.getLocality()));
		response.setContentType(MeetingExport.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(export.itemsFileName(locale)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		export.writeItems(criteria, locale, response.getOutputStream());
	}

	/** htmx swaps the row with the answer; without JS the browser comes back to the list. */
	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable long id, @ModelAttribute("statusForm") StatusForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		service.item(id);
		String error = null;
		if (result.hasErrors()) {
			error = "actionItem.error.status.input";
		}
		else {
			try {
				service.changeStatus(id, form.getVersion() == null ? -1 : form.getVersion(), form.toChange());
			}
			catch (MeetingRuleException ex) {
				error = ex.violations().get(0).messageKey();
			}
			catch (StaleMeetingException | OptimisticLockingFailureException ex) {
				error = "common.stale";
			}
		}
		if (htmx != null) {
			model.addAttribute("r", service.item(id));
			model.addAttribute("rowError", error);
			model.addAttribute("today", service.today());
			model.addAttribute("statuses", ActionItemStatus.values());
			model.addAttribute("canEdit", service.mayCreate());
			return "meeting/action-items :: row";
		}
		if (error != null) {
			redirect.addFlashAttribute("itemError", error);
			redirect.addFlashAttribute("itemErrorId", id);
		}
		else {
			redirect.addFlashAttribute("flash", "actionItem.flash.status");
		}
		return "redirect:/action-items#item-" + id;
	}

}
