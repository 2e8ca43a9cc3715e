package vn.mohinh.report;

import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.initiative.InitiativeStatistics;
import vn.mohinh.shared.web.NotFoundException;

/** The dashboard's figures as JSON, for the same area and period rules as the page. */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "stats", description = "The dashboard's figures")
class StatsApi {

	private final Dashboard dashboard;
	private final MessageSource messages;

	StatsApi(Dashboard dashboard, MessageSource messages) {
		this.dashboard = dashboard;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The dashboard's figures for the user's scope or a locality in it, over a period",
			description = "Models running in the period by status, type, pilot level (in the year of `to`) and commune "
					+ "(the first " + InitiativeStatistics.TOP_COMMUNES + " by count, then the others summed up), and "
					+ "models started, running and closed per calendar year. A locality outside the user's scope, or a "
					+ "code no unit bears, answers 404.")
	@ApiResponse(responseCode = "200", description = "The figures")
	@ApiResponse(responseCode = "400", description = "A malformed day, an end before the start, or a period longer than "
			+ InitiativeStatistics.MAX_YEARS + " years")
	@ApiResponse(responseCode = "404", description = "The locality is unknown or outside the user's scope")
	DashboardFigures stats(
			@Parameter(description = "official code of a province, district or commune; empty: the user's whole scope")
			@RequestParam(required = false) String locality,
			@Parameter(description = "first day (yyyy-MM-dd); default 1 January three years ago")
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day (yyyy-MM-dd); default today")
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		DashboardFilter period = new DashboardFilter();
		period.setFrom(from);
		period.setTo(to);
		period.fillIn(LocalDate.now());
		if (period.getTo().isBefore(period.getFrom())) {
			throw new BadPeriod("report.error.period.order");
		}
		if (period.getTo().getYear() - period.getFrom().getYear() + 1 > InitiativeStatistics.MAX_YEARS) {
			throw new BadPeriod("report.error.period.tooLong");
		}
		Dashboard.Area area;
		try {
			area = dashboard.area(locality, period.getTo());
		}
		catch (Dashboard.UnknownLocality ex) {
			throw new NotFoundException("locality", ex.code());
		}
		return dashboard.figures(area, period.getFrom(), period.getTo());
	}

	/** A period the figures cannot be computed for; the message is a message key. */
	static final class BadPeriod extends RuntimeException {

		BadPeriod(String messageKey) {
			super(messageKey);
		}

	}

	@ExceptionHandler(BadPeriod.class)
	ResponseEntity<ProblemDetail> badPeriod(BadPeriod ex) {
		return badRequest(message(ex.getMessage(), InitiativeStatistics.MAX_YEARS));
	}

	/** A malformed day is the client's mistake (400), not a missing record. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> malformed(MethodArgumentTypeMismatchException ex) {
		return badRequest(message("report.error.date.iso", ex.getName()));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<ProblemDetail> badRequest(String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Bad Request");
		problem.setDetail(detail);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
