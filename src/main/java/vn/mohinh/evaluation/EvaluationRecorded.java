package vn.mohinh.evaluation;

/**
 * An evaluation was saved (recorded, revised or decided), published in the writing transaction with
 * its state after the save, so that other modules can keep their own copy of what they need (the
 * commendation module keeps the models rated effective per year). {@code scopePath} is the model's
 * commune path when it was saved.
 */
public record EvaluationRecorded(long evaluationId, long initiativeId, String initiativeName, int year, Rating rating,
		boolean effective, String scopePath) {
}
