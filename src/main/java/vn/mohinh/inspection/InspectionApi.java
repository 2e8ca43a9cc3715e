package vn.mohinh.inspection;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.evaluation.Rating;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/**
 * Inspections as JSON: the list in scope by model, locality and period, one inspection with all its
 * parts, and recording one with the same rules and scope as the form (photos are added on the page).
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "inspections", description = "Inspections of models and the overdue list")
class InspectionApi {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final InspectionService service;
	private final MessageSource messages;

	InspectionApi(InspectionService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	/** What a client sends to record an inspection. */
	record Body(Long initiativeId, LocalDate inspectedOn, InspectionKind kind, Long organisationId, String organisation,
			List<InspectionInput.MemberInput> team, List<InspectionInput.FindingInput> findings, Rating rating,
			String generalFindings, String recommendations, List<InspectionInput.ActionInput> actions,
			BigDecimal latitude, BigDecimal longitude, Integer locationAccuracy) {

		InspectionInput toInput() {
			return new InspectionInput(initiativeId, inspectedOn, kind, organisationId, organisation, team, findings,
					rating, generalFindings, recommendations, actions, latitude, longitude, locationAccuracy);
		}

	}

	@GetMapping
	@Operation(summary = "Inspections in scope, newest first, by model (id), locality subtree (official code) and period "
			+ "(from/to as yyyy-MM-dd or dd/MM/yyyy); withdrawn ones only with withdrawn=true")
	ApiPage<InspectionRow> list(@RequestParam(required = false) Long initiative,
			@RequestParam(required = false) String locality, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) InspectionKind kind,
			@RequestParam(required = false) Rating rating, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean withdrawn, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		InspectionFilter filter = new InspectionFilter();
		filter.setInitiative(initiative);
		filter.setLocality(locality);
		filter.setFrom(day(from, "from"));
		filter.setTo(day(to, "to"));
		filter.setKind(kind);
		filter.setRating(rating);
		filter.setQ(q);
		filter.setWithdrawn(withdrawn);
		Optional<LocalityView> place = service.localityByCode(locality);
		boolean unknown = locality != null && !locality.isBlank() && place.isEmpty();
		return ApiPage.of(service.list(InspectionController.criteria(filter, place, unknown, service::subtreeOf),
				Paging.of(page, size, InspectionQuery.Order.DATE.sort())), r -> r);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One inspection with its team, findings, rating, recommendations, follow-up actions and photos")
	InspectionCard one(@PathVariable long id) {
		return service.read(id);
	}

	@PostMapping
	@Operation(summary = "Record an inspection; 400 with field messages when a rule is broken, 201 with its Location")
	ResponseEntity<InspectionCard> create(@RequestBody Body body) {
		service.requireRecorder();
		long id = service.record(body.toInput(), List.of());
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(service.read(id));
	}

	/** ISO days (what JSON clients write) or dd/MM/yyyy (what people type). */
	static LocalDate day(String typed, String field) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.strip();
		try {
			return text.contains("/") ? LocalDate.parse(text, TYPED) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InspectionRuleException(field, "inspection.error.date.invalid", text);
		}
	}

	@ExceptionHandler(InspectionRuleException.class)
	ResponseEntity<ProblemDetail> invalid(InspectionRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Bad Request");
		problem.setDetail(messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale()));
		problem.setProperty("errors", ex.violations().stream()
			.map(v -> Map.of("field", v.field() == null ? "" : v.field(), "message",
					messages.getMessage(v.messageKey(), v.args(), v.messageKey(), LocaleContextHolder.getLocale())))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler({ StaleInspectionException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> stale() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle("Conflict");
		problem.setDetail(messages.getMessage("common.stale", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
