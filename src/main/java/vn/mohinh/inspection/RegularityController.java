package vn.mohinh.inspection;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.mohinh.shared.files.ContentDispositions;
import vn.mohinh.shared.web.Paging;

/**
 * The regularity pages within the user's scope: models overdue for inspection, models due soon, and
 * the calendar of due dates; each model links to its page and to the inspection form.
 */
@Controller
@RequestMapping("/inspections")
class RegularityController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final RegularityService service;
	private final OverdueExport export;

	RegularityController(RegularityService service, OverdueExport export) {
		this.service = service;
		this.export = export;
	}

	@GetMapping("/overdue")
	String overdue(@ModelAttribute("filter") RegularityFilter filter, BindingResult binding, Model model) {
		return list(RegularityQuery.Kind.OVERDUE, filter, binding, model);
	}

	@GetMapping("/due-soon")
	String dueSoon(@ModelAttribute("filter") RegularityFilter filter, BindingResult binding, Model model) {
		return list(RegularityQuery.Kind.DUE_SOON, filter, binding, model);
	}

	private String list(RegularityQuery.Kind kind, RegularityFilter filter, BindingResult binding, Model model) {
		RegularityService.Area area = service.area(filter.getLocality());
		LocalDate day = day(filter, binding);
		model.addAttribute("kind", kind.name());
		model.addAttribute("overdueList", kind == RegularityQuery.Kind.OVERDUE);
		model.addAttribute("day", day);
		model.addAttribute("locality", area.locality());
		model.addAttribute("page", service.list(kind, area, filter.getType(), day,
				Paging.of(filter.getPage(), filter.getSize(), null)));
		model.addAttribute("types", service.types());
		model.addAttribute("policy", service.policy());
		return "inspection/regularity/list";
	}

	@GetMapping("/overdue/export.xlsx")
	void exportOverdue(@ModelAttribute("filter") RegularityFilter filter, BindingResult binding, Locale locale,
			HttpServletResponse response) throws IOException {
		RegularityService.Area area = service.area(filter.getLocality());
		LocalDate day = day(filter, binding);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(export.fileName(day, locale)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		export.write(service.all(RegularityQuery.Kind.OVERDUE, area, filter.getType(), day), area, day, locale,
				response.getOutputStream());
	}

	@GetMapping("/calendar")
	String calendar(@ModelAttribute("filter") RegularityFilter filter, BindingResult binding, Model model) {
		RegularityService.Area area = service.area(filter.getLocality());
		YearMonth month = month(filter.getMonth());
		LocalDate selected = binding.hasFieldErrors("day") ? null : filter.getDay();
		model.addAttribute("locality", area.locality());
		model.addAttribute("calendar", service.calendar(area, filter.getType(), month, selected,
				Paging.of(filter.getPage(), filter.getSize(), null)));
		model.addAttribute("types", service.types());
		return "inspection/regularity/calendar";
	}

	/** The day asked for; today when none was given or it was malformed (the field then says so). */
	private LocalDate day(RegularityFilter filter, BindingResult binding) {
		if (binding.hasFieldErrors("on") || filter.getOn() == null) {
			return service.today();
		}
		return filter.getOn();
	}

	private YearMonth month(String text) {
		if (text != null && !text.isBlank()) {
			try {
				YearMonth month = YearMonth.parse(text.strip());
				if (month.getYear() >= 1900 && month.getYear() <= 2200) {
					return month;
				}
			}
			catch (DateTimeParseException ex) {
				// A malformed month shows the current one.
			}
		}
		return YearMonth.from(service.today());
	}

}
