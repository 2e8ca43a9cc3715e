package vn.mohinh.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeLifecycle;
import vn.mohinh.initiative.InitiativeTypeCatalogue;
import vn.mohinh.initiative.InitiativeTypeView;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The use cases of evaluations for their pages and API: list and read in scope, evaluate a model
 * for a year, revise, comment, and decide. Every path checks scope through {@link ScopeGuard} (out
 * of scope: 404; viewers: 403 on writes); the rules live in {@link Evaluation}. A decision changes
 * the model through {@link InitiativeLifecycle} in the same transaction: all or nothing.
 */
@Service
@Transactional(readOnly = true)
class EvaluationService {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The most comments an evaluation's page shows. */
	static final int MAX_COMMENTS = 500;

	/** The most villages offered as targets of replication. */
	static final int MAX_VILLAGES = 500;

	private final Evaluations evaluations;
	private final EvaluationComments comments;
	private final EvaluationQuery query;
	private final CriteriaCatalogue criteria;
	private final InitiativeDirectory models;
	private final InitiativeLifecycle lifecycle;
	private final InitiativeTypeCatalogue types;
	private final LocalityDirectory localities;
	private final ScopeGuard scope;
	private final Clock clock;

	EvaluationService(Evaluations evaluations, EvaluationComments comments, EvaluationQuery query,
			CriteriaCatalogue criteria, InitiativeDirectory models, InitiativeLifecycle lifecycle,
			InitiativeTypeCatalogue types, LocalityDirectory localities, ScopeGuard scope) {
		this.evaluations = evaluations;
		this.comments = comments;
		this.query = query;
		this.criteria = criteria;
		this.models = models;
		this.lifecycle = lifecycle;
		this.types = types;
		this.localities = localities;
		this.scope = scope;
		this.clock = Clock.system(VIETNAM);
	}

	// ---- reading ----

	Page<EvaluationRow> list(EvaluationQuery.Criteria criteria, Pageable pageable) {
		return query.find(criteria, pageable);
	}

	/**
	 * A locality given by its official code: the unit bearing it today, or, for a code no longer in
	 * use, the one that bore it before the 2025 reform.
	 */
	Optional<LocalityView> localityByCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String c = code.strip();
		return localities.findByCode(c, today()).or(() -> localities.findByCode(c, LocalDate.of(2025, 6, 30)));
	}

	Scope subtreeOf(long localityId) {
		return scope.scopeOfRoot(localityId);
	}

	EvaluationCard read(long id) {
		return card(readable(id));
	}

	EvaluationCard readForChange(long id) {
		Evaluation evaluation = evaluations.findById(id).orElseThrow(() -> new NotFoundException("evaluation", id));
		scope.requireWritable(evaluation.scopePath());
		return card(evaluation);
	}

	boolean mayCreate() {
		return CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false);
	}

	void requireEditor() {
		scope.requireEditor();
	}

	/** A model the user may evaluate: in scope (else 404) and the user an editor (else 403). */
	InitiativeView modelForChange(long initiativeId) {
		scope.requireEditor();
		InitiativeView model = models.find(initiativeId).orElseThrow(() -> new NotFoundException("initiative", initiativeId));
		scope.requireWritable(model.scopePath());
		return model;
	}

	/** The models in the user's scope, a page at a time, to choose the one to evaluate. */
	Page<InitiativeView> models(Pageable pageable) {
		return models.inScope(pageable);
	}

	/** The day whose criteria score a year: its last day, or today for the current year. */
	LocalDate criteriaDay(int year) {
		LocalDate today = today();
		return year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
	}

	/** The criteria a model is scored on for a year; empty when no set is in force (or the year is unusable). */
	List<CriterionView> criteriaFor(InitiativeView model, Integer year) {
		if (year == null || year < 1900 || year > today().getYear()) {
			return List.of();
		}
		return criteria.criteriaFor(model.typeId(), model.scopePath(), criteriaDay(year));
	}

	/** Villages of the model's commune on a day, but its own, as targets of replication. */
	List<VillageChoice> villageChoices(long initiativeId, LocalDate on) {
		InitiativeView model = models.find(initiativeId).orElseThrow(() -> new NotFoundException("initiative", initiativeId));
		Set<Long> own = Set.copyOf(model.villageIds());
		return localities.childrenOn(model.communeId(), on == null || on.isAfter(today()) ? today() : on, MAX_VILLAGES)
			.stream().filter(v -> v.kind().isVillage() && !own.contains(v.id()))
			.map(v -> new VillageChoice(v.id(), v.name())).toList();
	}

	/** The types a model may be converted into: those in use, but its own. */
	List<InitiativeTypeView> typeChoices(long ownTypeId) {
		return types.all().stream().filter(t -> !t.retired() && t.id() != ownTypeId).toList();
	}

	// ---- writing ----

	/**
	 * Evaluates a model for a year on the criteria in force then; a second evaluation of the same
	 * year is refused by the year field. Every broken rule is reported at once.
	 */
	@Transactional
	long create(long initiativeId, Integer year, Evaluation.Judgement judgement) {
		Evaluation evaluation = prepare(initiativeId, year, judgement);
		try {
			return evaluations.saveAndFlush(evaluation).id();
		}
		catch (DataIntegrityViolationException ex) {
			// Someone evaluated the same model for the same year a moment ago.
			throw new EvaluationRuleException("year", "evaluation.error.year.taken", String.valueOf(year));
		}
	}

	/** The rules of a new evaluation, without saving anything (a form that already failed its own checks). */
	void check(long initiativeId, Integer year, Evaluation.Judgement judgement) {
		prepare(initiativeId, year, judgement);
	}

	private Evaluation prepare(long initiativeId, Integer year, Evaluation.Judgement judgement) {
		InitiativeView model = modelForChange(initiativeId);
		EvaluationRuleException.Rules rules = new EvaluationRuleException.Rules();
		Evaluation.checkYear(model, year, today(), rules);
		if (year != null) {
			evaluations.findOfYear(initiativeId, year)
				.ifPresent(e -> rules.reject("year", "evaluation.error.year.taken", String.valueOf(year)));
		}
		Optional<CriteriaSet> set = year == null || rules.any() ? Optional.empty()
				: criteria.setFor(model.typeId(), model.scopePath(), criteriaDay(year));
		List<CriterionView> scoredOn = set.map(CriteriaSet::criteria).orElse(List.of());
		if (set.isEmpty() && !rules.any()) {
			rules.reject(null, "evaluation.error.criteria.none");
		}
		Evaluation.scored(scoredOn, judgement, rules);
		rules.throwIfAny();
		return Evaluation.record(model, year, today(), set.get().id(), scoredOn, judgement, author(), clock.instant());
	}

	@Transactional
	void revise(long id, long expectedVersion, Evaluation.Judgement judgement) {
		Evaluation evaluation = writable(id, expectedVersion);
		evaluation.revise(judgement, clock.instant());
		save(evaluation);
	}

	/** The rules of a revision, without saving anything. */
	void checkRevision(long id, Evaluation.Judgement judgement) {
		Evaluation evaluation = readable(id);
		EvaluationRuleException.Rules rules = new EvaluationRuleException.Rules();
		Evaluation.scored(evaluation.criteria(), judgement, rules);
		rules.throwIfAny();
	}

	/** A member's comment; editors in scope comment, viewers read. */
	@Transactional
	long comment(long id, String text) {
		Evaluation evaluation = evaluations.findById(id).orElseThrow(() -> new NotFoundException("evaluation", id));
		scope.requireWritable(evaluation.scopePath());
		return comments.saveAndFlush(EvaluationComment.write(evaluation.id(), author(), text, clock.instant())).id();
	}

	/** What a decision states; {@code reason} is required to convert or stop, a note otherwise. */
	record DecisionInput(Decision kind, LocalDate decidedOn, String reason, List<Long> villageIds, Long newTypeId) {

		DecisionInput {
			villageIds = villageIds == null ? List.of()
					: villageIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		}

	}

	/**
	 * The decision on an evaluation, taken once: the model is kept, replicated into villages of its
	 * commune (new draft models linked to it), converted into another type (the successor created, the
	 * model closed) or stopped. The decision and the model's changes commit together or not at all;
	 * the register's refusals come as {@link InitiativeLifecycle.Refused}.
	 *
	 * @return the ids of the models the decision created
	 */
	@Transactional
	List<Long> decide(long id, long expectedVersion, DecisionInput in) {
		Evaluation evaluation = writable(id, expectedVersion);
		InitiativeView model = models.find(evaluation.initiativeId())
			.orElseThrow(() -> new NotFoundException("initiative", evaluation.initiativeId()));
		EvaluationRuleException.Rules rules = new EvaluationRuleException.Rules();
		if (model.status().closed()) {
			rules.reject(null, "evaluation.error.decision.closed." + model.status().name());
			rules.throwIfAny();
		}
		evaluation.checkDecision(in.kind(), in.decidedOn(), today(), in.reason(), in.villageIds(), in.newTypeId(), rules);
		InitiativeTypeView newType = null;
		if (in.kind() == Decision.REPLICATE && !in.villageIds().isEmpty()) {
			Set<Long> offered = villageChoices(model.id(), in.decidedOn()).stream().map(VillageChoice::id)
				.collect(Collectors.toSet());
			if (!offered.containsAll(in.villageIds())) {
				rules.reject("villageIds", "evaluation.error.decision.villages.notOffered", model.communeName());
			}
		}
		if (in.kind() == Decision.CONVERT && in.newTypeId() != null) {
			newType = typeChoices(model.typeId()).stream().filter(t -> t.id() == in.newTypeId()).findFirst().orElse(null);
			if (newType == null) {
				rules.reject("newTypeId", "evaluation.error.decision.newType.notOffered");
			}
		}
		rules.throwIfAny();
		LocalDate on = in.decidedOn();
		String reason = Evaluation.paragraphs(in.reason());
		List<Long> created = switch (in.kind()) {
			case MAINTAIN -> {
				lifecycle.maintain(model.id(), on);
				yield List.of();
			}
			case REPLICATE -> lifecycle.replicate(model.id(), in.villageIds(), on, reason);
			case CONVERT -> List.of(lifecycle.convert(model.id(), newType.id(), on, reason));
			case DISCONTINUE -> {
				lifecycle.discontinue(model.id(), on, reason);
				yield List.of();
			}
		};
		evaluation.decided(in.kind(), on, reason, newType == null ? null : newType.id(),
				newType == null ? null : newType.name(), created, author(), clock.instant());
		save(evaluation);
		return created;
	}

	// ---- helpers ----

	private EvaluationCard card(Evaluation e) {
		List<EvaluationCard.ScoreLine> scores = e.scores().stream()
			.map(s -> new EvaluationCard.ScoreLine(s.criterionId(), s.code(), s.name(), s.maxScore(), s.score())).toList();
		List<EvaluationCard.CommentView> said = comments.of(e.id(), PageRequest.of(0, MAX_COMMENTS)).stream()
			.map(c -> new EvaluationCard.CommentView(c.id(), c.authorName(), c.authorUsername(), local(c.writtenAt()), c.body()))
			.toList();
		EvaluationCard.DecisionView decision = null;
		if (e.decision() != null) {
			Map<Long, InitiativeView> created = models.findAll(e.outcomeIds());
			List<EvaluationCard.Outcome> outcomes = new ArrayList<>();
			for (Long id : e.outcomeIds()) {
				InitiativeView v = created.get(id);
				if (v != null) {
					outcomes.add(new EvaluationCard.Outcome(v.id(), v.name(), v.communeName(), String.join(", ", v.villageNames())));
				}
			}
			decision = new EvaluationCard.DecisionView(e.decision(), e.decidedOn(), e.decidedBy(), e.decidedByName(),
					e.decisionReason(), e.newTypeName(), outcomes);
		}
		var status = models.find(e.initiativeId()).map(InitiativeView::status).orElse(null);
		return new EvaluationCard(e.id(), e.initiativeId(), e.initiativeName(), e.typeId(), e.typeName(), e.communeName(),
				e.villageNames(), e.year(), scores, e.totalScore(), e.maxTotal(), e.rating(), e.effective(), e.conclusion(),
				e.createdBy(), e.createdByName(), local(e.createdAt()), local(e.updatedAt()), decision, said, e.version(),
				scope.canEdit(e.scopePath()), status);
	}

	private Evaluation readable(long id) {
		Evaluation evaluation = evaluations.findById(id).orElseThrow(() -> new NotFoundException("evaluation", id));
		if (!scope.canRead(evaluation.scopePath())) {
			throw new NotFoundException("evaluation", id);
		}
		return evaluation;
	}

	private Evaluation writable(long id, long expectedVersion) {
		Evaluation evaluation = evaluations.findById(id).orElseThrow(() -> new NotFoundException("evaluation", id));
		scope.requireWritable(evaluation.scopePath());
		if (evaluation.version() != expectedVersion) {
			throw new StaleEvaluationException(id);
		}
		return evaluation;
	}

	/** Flushes now, so that a concurrent edit is reported here and the transaction rolls back. */
	private void save(Evaluation evaluation) {
		try {
			evaluations.saveAndFlush(evaluation);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleEvaluationException(evaluation.id());
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static LocalDateTime local(Instant at) {
		return at == null ? null : LocalDateTime.ofInstant(at, VIETNAM);
	}

	private static Evaluation.Author author() {
		return CurrentUser.get().map(p -> new Evaluation.Author(p.username(), p.displayName()))
			.orElse(new Evaluation.Author(null, null));
	}

}
