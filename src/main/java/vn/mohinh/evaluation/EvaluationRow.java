package vn.mohinh.evaluation;

/** An evaluation in a list: which model, where, which year, the score, the judgement and the decision. */
public record EvaluationRow(long id, long initiativeId, String initiativeName, String typeName, String communeName,
		String villageNames, int year, int totalScore, int maxTotal, Rating rating, boolean effective,
		Decision decision) {
}
