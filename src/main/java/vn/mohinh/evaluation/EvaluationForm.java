package vn.mohinh.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the evaluation form posts; never bound to the entity. One score row per criterion, in the
 * criteria's order, each carrying its criterion's id so that the server can tell when the year (and
 * with it the criteria in force) changed. The rules are checked by {@link Evaluation}.
 */
class EvaluationForm {

	private Long initiativeId;

	private Integer year;

	private List<ScoreRow> scores = new ArrayList<>();

	private Rating rating;

	private Boolean effective;

	private String conclusion;

	private Long version;

	static EvaluationForm of(EvaluationCard card) {
		EvaluationForm form = new EvaluationForm();
		form.initiativeId = card.initiativeId();
		form.year = card.year();
		card.scores().forEach(s -> form.scores.add(new ScoreRow(s.criterionId(), s.score())));
		form.rating = card.rating();
		form.effective = card.effective();
		form.conclusion = card.conclusion();
		form.version = card.version();
		return form;
	}

	/** The criteria's ids as posted, in order. */
	List<Long> postedCriteria() {
		return scores.stream().map(ScoreRow::getCriterionId).toList();
	}

	/** One row per criterion, keeping the scores already typed for the same criteria. */
	void alignWith(List<CriterionView> criteria) {
		Map<Long, Integer> typed = new HashMap<>();
		scores.stream().filter(s -> s.getCriterionId() != null && s.getScore() != null)
			.forEach(s -> typed.put(s.getCriterionId(), s.getScore()));
		List<ScoreRow> rows = new ArrayList<>();
		criteria.forEach(c -> rows.add(new ScoreRow(c.id(), typed.get(c.id()))));
		this.scores = rows;
	}

	Evaluation.Judgement toJudgement() {
		return new Evaluation.Judgement(
				scores.stream().map(s -> new Evaluation.ScoreInput(s.getCriterionId(), s.getScore())).toList(), rating,
				effective, conclusion);
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public void setInitiativeId(Long initiativeId) {
		this.initiativeId = initiativeId;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public List<ScoreRow> getScores() {
		return scores;
	}

	public void setScores(List<ScoreRow> scores) {
		this.scores = scores;
	}

	public Rating getRating() {
		return rating;
	}

	public void setRating(Rating rating) {
		this.rating = rating;
	}

	public Boolean getEffective() {
		return effective;
	}

	public void setEffective(Boolean effective) {
		this.effective = effective;
	}

	public String getConclusion() {
		return conclusion;
	}

	public void setConclusion(String conclusion) {
		this.conclusion = conclusion;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** The score typed for one criterion. */
	public static class ScoreRow {

		private Long criterionId;

		private Integer score;

		public ScoreRow() {
		}

		ScoreRow(Long criterionId, Integer score) {
			this.criterionId = criterionId;
			this.score = score;
		}

		public Long getCriterionId() {
			return criterionId;
		}

		public void setCriterionId(Long criterionId) {
			this.criterionId = criterionId;
		}

		public Integer getScore() {
			return score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

	}

}
