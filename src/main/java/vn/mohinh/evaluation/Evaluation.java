package vn.mohinh.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.springframework.data.domain.DomainEvents;

import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The yearly judgement of a model (đánh giá): a score per criterion of the set in force, the
 * total, an overall rating, effective or not, a conclusion; then, once, the decision that follows.
 * One per model and year. The model's name and place are copied as they were that year.
 */
@Entity
@Table(name = "evaluation")
@Audited
class Evaluation {

	static final int MAX_TEXT = 4000;
	static final int MAX_REASON = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
	@SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 50)
	private Long id;

	private Long initiativeId;

	private String initiativeName;

	private Long typeId;

	private String typeName;

	private String communeName;

	private String villageNames;

	private String scopePath;

	private String sortKey;

	@Column(name = "eval_year")
	private int year;

	private Long criteriaSetId;

	@ElementCollection
	@CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Score> scores = new ArrayList<>();

	private int totalScore;

	private int maxTotal;

	@Enumerated(EnumType.STRING)
	private Rating rating;

	private boolean effective;

	private String conclusion;

	private Instant createdAt;

	private String createdBy;

	private String createdByName;

	private Instant updatedAt;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private LocalDate decidedOn;

	private Instant decidedAt;

	private String decidedBy;

	private String decidedByName;

	private String decisionReason;

	private Long newTypeId;

	private String newTypeName;

	@ElementCollection
	@CollectionTable(name = "evaluation_outcome", joinColumns = @JoinColumn(name = "evaluation_id"))
	@OrderColumn(name = "position")
	@Column(name = "initiative_id")
	@BatchSize(size = 50)
	private List<Long> outcomeIds = new ArrayList<>();

	@Version
	private long version;

	protected Evaluation() {
	}

	/** Who did something: the account's user name and the name people know them by. */
	record Author(String username, String displayName) {
	}

	/** A score typed for a criterion; null when left empty. */
	record ScoreInput(Long criterionId, Integer score) {
	}

	/** What the evaluator states: the scores, the overall rating, effective or not, the conclusion. */
	record Judgement(List<ScoreInput> scores, Rating rating, Boolean effective, String conclusion) {

		Judgement {
			scores = scores == null ? List.of() : List.copyOf(scores);
		}

	}

	/**
	 * A model's evaluation for a year, scored on {@code criteria} (the set in force at the end of the
	 * year, or today for the current year). Every broken rule is reported at once, by its field.
	 */
	static Evaluation record(InitiativeView model, Integer year, LocalDate today, long criteriaSetId,
			List<CriterionView> criteria, Judgement judgement, Author author, Instant now) {
		EvaluationRuleException.Rules rules = new EvaluationRuleException.Rules();
		checkYear(model, year, today, rules);
		if (criteria.isEmpty()) {
			rules.reject(null, "evaluation.error.criteria.none");
		}
		List<Score> scores = scored(criteria, judgement, rules);
		rules.throwIfAny();
		Evaluation evaluation = new Evaluation();
		evaluation.initiativeId = model.id();
		evaluation.initiativeName = model.name();
		evaluation.typeId = model.typeId();
		evaluation.typeName = model.typeName();
		evaluation.communeName = model.communeName();
		evaluation.villageNames = model.villageNames().isEmpty() ? null : String.join(", ", model.villageNames());
		evaluation.scopePath = model.scopePath();
		evaluation.sortKey = VietnameseText.sortKey(model.name());
		evaluation.year = year;
		evaluation.criteriaSetId = criteriaSetId;
		evaluation.createdAt = now;
		evaluation.createdBy = author.username();
		evaluation.createdByName = author.displayName();
		evaluation.apply(scores, judgement, now);
		return evaluation;
	}

	/** The year of an evaluation: not after this year, and within the model's life. */
	static void checkYear(InitiativeView model, Integer year, LocalDate today, EvaluationRuleException.Rules rules) {
		if (year == null) {
			rules.reject("year", "evaluation.error.year.required");
			return;
		}
		if (year > today.getYear()) {
			rules.reject("year", "evaluation.error.year.future", String.valueOf(today.getYear()));
		}
		else if (year < model.startDate().getYear()) {
			rules.reject("year", "evaluation.error.year.beforeStart", String.valueOf(model.startDate().getYear()));
		}
		else if (model.endDate() != null && year > model.endDate().getYear()) {
			rules.reject("year", "evaluation.error.year.afterEnd", String.valueOf(model.endDate().getYear()));
		}
	}

	/**
	 * A score for every criterion, between 0 and its highest score; the rating and "effective" are
	 * required. Problems are named by the row of the criterion ({@code scores[1].score}).
	 */
	static List<Score> scored(List<CriterionView> criteria, Judgement judgement, EvaluationRuleException.Rules rules) {
		Map<Long, Integer> typed = new java.util.HashMap<>();
		for (ScoreInput s : judgement.scores()) {
			if (s != null && s.criterionId() != null && s.score() != null) {
				typed.put(s.criterionId(), s.score());
			}
		}
		List<Score> scores = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			CriterionView c = criteria.get(i);
			Integer score = typed.get(c.id());
			String field = "scores[" + i + "].score";
			if (score == null) {
				rules.reject(field, "evaluation.error.score.required", c.name());
			}
			else if (score < 0 || score > c.maxScore()) {
				rules.reject(field, "evaluation.error.score.range", String.valueOf(c.maxScore()));
			}
			else {
				scores.add(new Score(c.id(), c.code(), c.name(), c.maxScore(), score));
			}
		}
		if (judgement.rating() == null) {
			rules.reject("rating", "evaluation.error.rating.required");
		}
		if (judgement.effective() == null) {
			rules.reject("effective", "evaluation.error.effective.required");
		}
		String conclusion = paragraphs(judgement.conclusion());
		if (conclusion != null && conclusion.length() > MAX_TEXT) {
			rules.reject("conclusion", "evaluation.error.conclusion.size", MAX_TEXT);
		}
		return scores;
	}

	/** New scores on the same criteria, rating, effectiveness, conclusion; not after a decision. */
	void revise(Judgement judgement, Instant now) {
		EvaluationRuleException.Rules rules = new EvaluationRuleException.Rules();
		if (decision != null) {
			rules.reject(null, "evaluation.error.decided");
		}
		List<Score> revised = scored(criteria(), judgement, rules);
		rules.throwIfAny();
		apply(revised, judgement, now);
	}

	private void apply(List<Score> scored, Judgement judgement, Instant now) {
		this.scores.clear();
		this.scores.addAll(scored);
		this.totalScore = scored.stream().mapToInt(Score::score).sum();
		this.maxTotal = scored.stream().mapToInt(Score::maxScore).sum();
		this.rating = judgement.rating();
		this.effective = Boolean.TRUE.equals(judgement.effective());
		this.conclusion = paragraphs(judgement.conclusion());
		this.updatedAt = now;
	}

	/** The criteria this evaluation was scored on, as they were. */
	List<CriterionView> criteria() {
		List<CriterionView> criteria = new ArrayList<>();
		for (int i = 0; i < scores.size(); i++) {
			Score s = scores.get(i);
			criteria.add(new CriterionView(s.criterionId(), s.code(), s.name(), s.maxScore(), i + 1));
		}
		return criteria;
	}

	// ---- the decision ----

	/** What a decision needs, whatever the model's register answers: checked before anything changes. */
	void checkDecision(Decision kind, LocalDate on, LocalDate today, String reason, List<Long> villageIds,
			Long newTypeId, EvaluationRuleException.Rules rules) {
		if (decision != null) {
			rules.reject(null, "evaluation.error.decision.taken");
			return;
		}
		if (kind == null) {
			rules.reject("kind", "evaluation.error.decision.kind.required");
			return;
		}
		if (on == null) {
			rules.reject("decidedOn", "evaluation.error.decision.on.required");
		}
		else if (on.isAfter(today)) {
			rules.reject("decidedOn", "evaluation.error.decision.on.future");
		}
		else if (on.getYear() < year) {
			rules.reject("decidedOn", "evaluation.error.decision.on.beforeYear", String.valueOf(year));
		}
		String text = VietnameseText.clean(reason);
		if (kind.needsReason() && (text == null || text.isEmpty())) {
			rules.reject("reason", "evaluation.error.decision.reason.required");
		}
		if (text != null && text.length() > MAX_REASON) {
			rules.reject("reason", "evaluation.error.decision.reason.size", MAX_REASON);
		}
		if (kind == Decision.REPLICATE && (villageIds == null || villageIds.stream().noneMatch(java.util.Objects::nonNull))) {
			rules.reject("villageIds", "evaluation.error.decision.villages.required");
		}
		if (kind == Decision.CONVERT && newTypeId == null) {
			rules.reject("newTypeId", "evaluation.error.decision.newType.required");
		}
	}

	/** The decision taken, with the models it created (replications, the successor of a conversion). */
	void decided(Decision kind, LocalDate on, String reason, Long newTypeId, String newTypeName, List<Long> created,
			Author author, Instant now) {
		if (decision != null) {
			throw new EvaluationRuleException(null, "evaluation.error.decision.taken");
		}
		this.decision = kind;
		this.decidedOn = on;
		this.decidedAt = now;
		this.decidedBy = author.username();
		this.decidedByName = author.displayName();
		String text = VietnameseText.clean(reason);
		this.decisionReason = text == null || text.isEmpty() ? null : text;
		this.newTypeId = kind == Decision.CONVERT ? newTypeId : null;
		this.newTypeName = kind == Decision.CONVERT ? newTypeName : null;
		this.outcomeIds.clear();
		this.outcomeIds.addAll(created);
		this.updatedAt = now;
	}

	/** Free text as typed, line breaks kept: NFC, trimmed, Windows line ends made plain; blank is null. */
	static String paragraphs(String text) {
		if (text == null) {
			return null;
		}
		String kept = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replace("\r\n", "\n").strip();
		return kept.isEmpty() ? null : kept;
	}

	/** The model moved to another commune: its evaluations follow it (the snapshots stay). */
	void followTo(String path) {
		this.scopePath = path;
	}

	/**
	 * Published by Spring Data on every save of this evaluation (service and demo data alike), in the
	 * writing transaction: the state as saved.
	 */
	@DomainEvents
	List<EvaluationRecorded> recorded() {
		return List.of(new EvaluationRecorded(id, initiativeId, initiativeName, year, rating, effective, scopePath));
	}

	// ---- reading ----

	Long id() {
		return id;
	}

	long initiativeId() {
		return initiativeId;
	}

	String initiativeName() {
		return initiativeName;
	}

	long typeId() {
		return typeId;
	}

	String typeName() {
		return typeName;
	}

	String communeName() {
		return communeName;
	}

	String villageNames() {
		return villageNames;
	}

	String scopePath() {
		return scopePath;
	}

	int year() {
		return year;
	}

	long criteriaSetId() {
		return criteriaSetId;
	}

	List<Score> scores() {
		return List.copyOf(scores);
	}

	int totalScore() {
		return totalScore;
	}

	int maxTotal() {
		return maxTotal;
	}

	Rating rating() {
		return rating;
	}

	boolean effective() {
		return effective;
	}

	String conclusion() {
		return conclusion;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

	String createdByName() {
		return createdByName;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Decision decision() {
		return decision;
	}

	LocalDate decidedOn() {
		return decidedOn;
	}

	String decidedBy() {
		return decidedBy;
	}

	String decidedByName() {
		return decidedByName;
	}

	String decisionReason() {
		return decisionReason;
	}

	String newTypeName() {
		return newTypeName;
	}

	List<Long> outcomeIds() {
		return List.copyOf(outcomeIds);
	}

	long version() {
		return version;
	}

	/** The typed scores by criterion, for a form that edits them. */
	Map<Long, Integer> scoreByCriterion() {
		return scores.stream().collect(Collectors.toMap(Score::criterionId, Score::score, (a, b) -> a));
	}

}
