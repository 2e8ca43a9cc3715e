package vn.mohinh.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.initiative.PilotLevel;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/**
 * Models overdue for inspection as JSON, with the rule and scope of the pages: a locality outside the
 * caller's scope answers 404, a malformed day 400. Days are ISO (yyyy-MM-dd), as everywhere in the API.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "inspections", description = "Inspections of models and the overdue list")
class OverdueApi {

	private final RegularityService service;
	private final MessageSource messages;

	OverdueApi(RegularityService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	/** An overdue model: its level that year, last inspection (null: never), due date and days late. */
	record Item(long initiativeId, String name, long typeId, String type, String communeName, List<String> villages,
			PilotLevel level, LocalDate startDate, LocalDate lastInspectedOn, LocalDate dueOn, long daysOverdue,
			String link, String inspectLink) {

		static Item of(RegularityRow r) {
			return new Item(r.initiativeId(), r.name(), r.typeId(), r.typeName(), r.communeName(), r.villageNames(),
					r.level(), r.startDate(), r.lastInspectedOn(), r.dueOn(), r.daysLate(),
					"/initiatives/" + r.initiativeId(), "/inspections/new?initiative=" + r.initiativeId());
		}

	}

	/** A day that is not a date. */
	static class MalformedDay extends RuntimeException {

		MalformedDay() {
			super("malformed day");
		}

	}

	@GetMapping("/overdue")
	@Operation(summary = "Models overdue for inspection on a day (today by default) in the caller's scope or a locality's subtree, in name order")
	ApiPage<Item> overdue(
			@Parameter(description = "official code of a province, district or commune; its subtree is listed") @RequestParam(required = false) String locality,
			@Parameter(description = "the day, yyyy-MM-dd; today when left out") @RequestParam(required = false) String on,
			@RequestParam(required = false) Long type, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		LocalDate day = on == null || on.isBlank() ? service.today() : parse(on);
		RegularityService.Area area = service.area(locality);
		return ApiPage.of(service.list(RegularityQuery.Kind.OVERDUE, area, type, day, Paging.of(page, size, null)),
				Item::of);
	}

	private static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new MalformedDay();
		}
	}

	@ExceptionHandler(MalformedDay.class)
	ResponseEntity<ProblemDetail> malformed() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Bad Request");
		problem.setDetail(messages.getMessage("regularity.api.error.on", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
