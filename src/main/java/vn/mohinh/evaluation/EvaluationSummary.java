package vn.mohinh.evaluation;

/**
 * What other modules see of an evaluation: the model (id and name as evaluated), the year, the
 * rating, effective or not, the conclusion, and the model's commune path for scope checks.
 */
public record EvaluationSummary(long id, long initiativeId, String initiativeName, String communeName, int year,
		Rating rating, boolean effective, String conclusion, String scopePath) {
}
