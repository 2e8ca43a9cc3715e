package vn.mohinh.meeting;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.meeting.MeetingViews.ActionItemRow;
import vn.mohinh.meeting.MeetingViews.MeetingCard;
import vn.mohinh.meeting.MeetingViews.MeetingRow;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/**
 * Meetings and action items as JSON, with the pages' filters, scope and rules: 400 with a message
 * per field, 404 outside the scope.
 */
@RestController
@Tag(name = "meetings", description = "Meetings of Party cells and other organisations, and the action items they decide")
class MeetingApi {

	private final MeetingService service;
	private final MessageSource messages;

	MeetingApi(MeetingService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	/** An attendance row sent by a client. */
	record AttendeeBody(Long personId, Boolean present, String absenceReason) {
	}

	/** What a client sends to record a meeting. */
	record Body(Long organisationId, LocalDate date, MeetingKind kind, String topic, String place, String guests,
			Long chairId, Long secretaryId, String agenda, String minutes, List<AttendeeBody> attendees,
			List<String> resolutions, List<Long> modelIds) {
	}

	@GetMapping("/api/v1/meetings")
	@Operation(summary = "Meetings in scope, newest first, by locality subtree (official code), organisation and year")
	ApiPage<MeetingRow> list(@ModelAttribute MeetingFilter filter, BindingResult ignoredMalformedParams) {
		return ApiPage.of(service.list(MeetingController.criteria(filter, service.area(filter.getLocality())),
				Paging.of(filter.getPage(), filter.getSize(), MeetingService.MEETING_ORDER)), r -> r);
	}

	@GetMapping("/api/v1/meetings/{id}")
	@Operation(summary = "One meeting with its attendance, resolutions, models discussed and action items")
	MeetingCard one(@PathVariable long id) {
		return service.read(id);
	}

	@PostMapping("/api/v1/meetings")
	@Operation(summary = "Record a meeting; 400 with field messages when a rule is broken, 404 for an organisation outside the scope")
	ResponseEntity<MeetingCard> create(@RequestBody Body body) {
		service.requireEditor();
		if (body.organisationId() == null) {
			throw new MeetingRuleException("organisationId", "meeting.error.organisation.required");
		}
		service.organisation(body.organisationId());
		List<Meeting.AttendanceInput> attendance = body.attendees() == null ? List.of() : body.attendees().stream()
			.map(a -> new Meeting.AttendanceInput(a.personId(), !Boolean.FALSE.equals(a.present()), a.absenceReason()))
			.toList();
		Meeting.Record record = new Meeting.Record(body.date(), body.kind(), body.topic(), body.place(), body.guests(),
				body.chairId(), body.secretaryId(), body.agenda(), body.minutes(), attendance, body.resolutions(),
				service.discussed(body.modelIds()));
		long id = service.create(body.organisationId(), record);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(service.read(id));
	}

	@GetMapping("/api/v1/action-items")
	@Operation(summary = "Action items in scope by locality subtree (official code), status, overdue (open and due before today), organisation and person")
	ApiPage<ActionItemRow> items(@ModelAttribute ActionItemFilter filter, BindingResult ignoredMalformedParams) {
		return ApiPage.of(service.items(ActionItemController.criteria(filter, service.area(filter.getLocality())),
				Paging.of(filter.getPage(), filter.getSize(), MeetingService.ITEM_ORDER)), r -> r);
	}

	@ExceptionHandler(MeetingRuleException.class)
	ResponseEntity<ProblemDetail> invalid(MeetingRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Bad Request");
		MeetingRuleException.Violation first = ex.violations().get(0);
		problem.setDetail(text(first.messageKey(), first.args()));
		problem.setProperty("errors", ex.violations().stream()
			.map(v -> Map.of("field", v.field() == null ? "" : v.field(), "message", text(v.messageKey(), v.args())))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
