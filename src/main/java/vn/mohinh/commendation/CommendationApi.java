package vn.mohinh.commendation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/** JSON for commendations, praise and exemplars; scope as on the pages (404 outside it). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "commendations", description = "Commendations (with a decision) and praise (without), their recipients, and exemplars")
class CommendationApi {

	private final CommendationService service;
	private final ExemplarService exemplars;
	private final MessageSource messages;

	CommendationApi(CommendationService service, ExemplarService exemplars, MessageSource messages) {
		this.service = service;
		this.exemplars = exemplars;
		this.messages = messages;
	}

	/** A recipient: kind, id in its own module, name as commended. */
	record RecipientItem(RecipientKind kind, long id, String name) {

		static RecipientItem of(Recipient r) {
			return new RecipientItem(r.kind(), r.refId(), r.name());
		}

	}

	/** A commendation in a list; recipients are only those in the caller's scope. */
	record Item(long id, CommendationKind kind, AwardCategory category, Award award, String body, BodyLevel level,
			String decisionNumber, LocalDate date, int year, String occasion, String movement, boolean withdrawn,
			List<String> recipients) {

		static Item of(CommendationRow r) {
			return new Item(r.id(), r.kind(), r.category(), r.award(), r.bodyName(), r.bodyLevel(), r.decisionNumber(),
					r.recognisedOn(), r.year(), r.occasion(), r.movement(), r.withdrawn(), r.recipientNames());
		}

	}

	/** One commendation. */
	record Details(long id, CommendationKind kind, AwardCategory category, Award award, Long bodyOrganisationId,
			String body, BodyLevel level, String decisionNumber, LocalDate date, int year, String movement,
			String occasion, String reason, boolean withdrawn, String withdrawnReason, List<RecipientItem> recipients,
			long version) {

		static Details of(CommendationCard c) {
			return new Details(c.id(), c.kind(), c.category(), c.award(), c.bodyOrganisationId(), c.bodyName(),
					c.bodyLevel(), c.decisionNumber(), c.recognisedOn(), c.year(), c.movement(), c.occasion(), c.reason(),
					c.withdrawn(), c.withdrawnReason(), c.recipients().stream().map(RecipientItem::of).toList(), c.version());
		}

	}

	/** What a client sends; recipients as "KIND:id" (PERSON, ORGANISATION, VILLAGE, MODEL). */
	record Body(CommendationKind kind, AwardCategory category, Award award, Long bodyOrganisationId, String body,
			BodyLevel level, String decisionNumber, LocalDate date, Integer year, String movement, String occasion,
			String reason, List<String> recipients) {
	}

	/** An exemplar in a list. */
	record ExemplarItem(long id, String kind, RecipientKind subjectKind, long subjectId, String subject, String title,
			String story, boolean publishable, LocalDate publishableFrom, List<Long> models, List<Long> commendations) {

		static ExemplarItem of(ExemplarView e) {
			return new ExemplarItem(e.id(), e.kind(), e.subjectKind(), e.subjectId(), e.subjectName(), e.title(), e.story(),
					e.publishable(), e.publishableFrom(), e.models().stream().map(ExemplarView.Link::id).toList(),
					e.commendations().stream().map(ExemplarView.Link::id).toList());
		}

	}

	@GetMapping("/commendations")
	@Operation(summary = "Commendations and praise with a recipient in scope, by year, locality subtree (official code), kind, award, recipient kind and model")
	ApiPage<Item> list(@ModelAttribute CommendationFilter filter, BindingResult ignoredMalformedParams) {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		boolean unknown = filter.namesLocality() && locality.isEmpty();
		Scope within = unknown ? Scope.NOWHERE : locality.map(l -> service.subtreeOf(l.id())).orElse(null);
		return ApiPage.of(service.list(filter.criteria(within), Paging.of(filter.getPage(), filter.getSize(), Sort.unsorted())),
				Item::of);
	}

	@GetMapping("/commendations/{id}")
	@Operation(summary = "One commendation or praise with its recipients in scope")
	Details one(@PathVariable long id) {
		return Details.of(service.read(id));
	}

	@PostMapping("/commendations")
	@Operation(summary = "Record a commendation or praise; 400 with field messages when a rule is broken (e.g. a decision number the body already used that year)")
	ResponseEntity<Details> create(@RequestBody Body body) {
		service.requireEditor();
		long id = service.create(new Commendation.Details(body.kind(), body.category(), body.award(), body.bodyOrganisationId(),
				body.body(), body.level(), body.decisionNumber(), body.date(), body.year(), body.movement(), body.occasion(),
				body.reason()), body.recipients());
		return ResponseEntity.created(URI.create("/api/v1/commendations/" + id)).body(Details.of(service.read(id)));
	}

	@GetMapping("/exemplars")
	@Operation(summary = "Exemplars (people or collectives held up as examples) in scope, by name")
	ApiPage<ExemplarItem> exemplars(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return ApiPage.of(exemplars.list(Paging.of(page, size, Sort.unsorted())), ExemplarItem::of);
	}

	@ExceptionHandler(CommendationRuleException.class)
	ResponseEntity<ProblemDetail> invalid(CommendationRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Bad Request");
		CommendationRuleException.Violation first = ex.violations().get(0);
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
