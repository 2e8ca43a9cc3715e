package vn.mohinh.report;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

import vn.mohinh.initiative.InitiativeStatistics;

/**
 * The dashboard of the user's scope or of a locality in it, for a period. One URL for page and
 * fragment: with htmx the filter refreshes only the filter and the figures.
 */
@Controller
class DashboardController {

	static final String FILTER = "dashboardFilter";

	private final Dashboard dashboard;

	DashboardController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute(FILTER) DashboardFilter filter, BindingResult errors,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		LocalDate today = LocalDate.now();
		if (!errors.hasFieldErrors("from") && !errors.hasFieldErrors("to")) {
			filter.fillIn(today);
			if (filter.getTo().isBefore(filter.getFrom())) {
				errors.rejectValue("to", "report.error.period.order");
			}
			else if (filter.getTo().getYear() - filter.getFrom().getYear() + 1 > InitiativeStatistics.MAX_YEARS) {
				errors.rejectValue("from", "report.error.period.tooLong", new Object[] { InitiativeStatistics.MAX_YEARS },
						null);
			}
		}
		Dashboard.Area area = null;
		try {
			area = dashboard.area(filter.getLocality(), filter.getTo() == null ? today : filter.getTo());
		}
		catch (Dashboard.UnknownLocality ex) {
			errors.rejectValue("locality", "report.error.locality.unknown", new Object[] { ex.code() }, null);
		}
		if (!errors.hasErrors()) {
			model.addAttribute("figures", dashboard.figures(area, filter.getFrom(), filter.getTo()));
		}
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx != null && historyRestore == null) {
			return "report/dashboard :: dashboard";
		}
		return "report/dashboard";
	}

}
