package vn.mohinh.evaluation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/**
 * Evaluations as JSON: the list with the page's filters, one evaluation with its scores, comments
 * and decision, and a new evaluation with the same rules and scope as the form (400 with a message
 * per field; a second evaluation of the same year is refused by the field {@code year}).
 */
@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "evaluations", description = "Yearly evaluations of models, their comments and decisions")
class EvaluationApi {

	private static final Pattern SCORE_FIELD = Pattern.compile("scores\\[(\\d+)]\\.score");

	private final EvaluationService service;
	private final MessageSource messages;

	EvaluationApi(EvaluationService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	/** An evaluation in a list. */
	record Item(long id, long initiativeId, String initiative, String type, String communeName, String villages,
			int year, int totalScore, int maxTotal, Rating rating, boolean effective, Decision decision) {

		static Item of(EvaluationRow r) {
			return new Item(r.id(), r.initiativeId(), r.initiativeName(), r.typeName(), r.communeName(), r.villageNames(),
					r.year(), r.totalScore(), r.maxTotal(), r.rating(), r.effective(), r.decision());
		}

	}

	/** A score sent by a client: the criterion by its id or by its code in the set in force that year. */
	record ScoreBody(Long criterionId, String code, Integer score) {
	}

	/** What a client sends to evaluate a model for a year. */
	record Body(Long initiativeId, Integer year, List<ScoreBody> scores, Rating rating, Boolean effective,
			String conclusion) {
	}

	@GetMapping
	@Operation(summary = "Evaluations in scope, by model, locality subtree (official code), year, type, rating, effective and decision (NONE: not yet decided)")
	ApiPage<Item> list(@ModelAttribute EvaluationFilter filter, BindingResult ignoredMalformedParams) {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		boolean unknown = filter.namesLocality() && locality.isEmpty();
		return ApiPage.of(service.list(EvaluationController.criteria(filter, locality, unknown, service),
				Paging.of(filter.getPage(), filter.getSize(), EvaluationQuery.ORDER)), Item::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One evaluation with its scores on the criteria it was scored on, comments and decision")
	EvaluationCard one(@PathVariable long id) {
		return service.read(id);
	}

	@PostMapping
	@Operation(summary = "Evaluate a model for a year; 400 with field messages when a rule is broken (the year when it is taken)")
	ResponseEntity<EvaluationCard> create(@RequestBody Body body) {
		service.requireEditor();
		if (body.initiativeId() == null) {
			throw new EvaluationRuleException("initiativeId", "evaluation.error.initiative.required");
		}
		InitiativeView model = service.modelForChange(body.initiativeId());
		List<CriterionView> criteria = service.criteriaFor(model, body.year());
		List<Evaluation.ScoreInput> scores = new ArrayList<>();
		for (ScoreBody s : body.scores() == null ? List.<ScoreBody>of() : body.scores()) {
			if (s == null) {
				continue;
			}
			Long id = s.criterionId() != null ? s.criterionId()
					: criteria.stream().filter(c -> c.code().equalsIgnoreCase(s.code() == null ? "" : s.code().strip()))
						.map(CriterionView::id).findFirst().orElse(null);
			scores.add(new Evaluation.ScoreInput(id, s.score()));
		}
		Evaluation.Judgement judgement = new Evaluation.Judgement(scores, body.rating(), body.effective(), body.conclusion());
		long id;
		try {
			id = service.create(model.id(), body.year(), judgement);
		}
		catch (EvaluationRuleException ex) {
			throw byCriterionCode(ex, criteria);
		}
		return ResponseEntity.created(URI.create("/api/v1/evaluations/" + id)).body(service.read(id));
	}

	/** A score's problem named by its criterion's code ({@code scores.MT1}), as the client knows it. */
	private static EvaluationRuleException byCriterionCode(EvaluationRuleException ex, List<CriterionView> criteria) {
		List<EvaluationRuleException.Violation> named = ex.violations().stream().map(v -> {
			Matcher m = v.field() == null ? null : SCORE_FIELD.matcher(v.field());
			if (m == null || !m.matches() || Integer.parseInt(m.group(1)) >= criteria.size()) {
				return v;
			}
			return new EvaluationRuleException.Violation("scores." + criteria.get(Integer.parseInt(m.group(1))).code(),
					v.messageKey(), v.args());
		}).toList();
		return new EvaluationRuleException(named);
	}

	@ExceptionHandler(EvaluationRuleException.class)
	ResponseEntity<ProblemDetail> invalid(EvaluationRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Bad Request");
		EvaluationRuleException.Violation first = ex.violations().get(0);
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
