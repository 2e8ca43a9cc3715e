package vn.mohinh.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.mohinh.initiative.InitiativeStatus;

/**
 * An evaluation as its page and the API show it: the model (as it was), the scores on the criteria
 * it was scored on, the judgement, members' comments, and the decision with the models it created.
 * {@code canEdit}: the user may change, comment and decide; {@code modelStatus}: the model now.
 */
public record EvaluationCard(long id, long initiativeId, String initiativeName, long typeId, String typeName,
		String communeName, String villageNames, int year, List<ScoreLine> scores, int totalScore, int maxTotal,
		Rating rating, boolean effective, String conclusion, String createdBy, String createdByName,
		LocalDateTime createdAt, LocalDateTime updatedAt, DecisionView decision, List<CommentView> comments,
		long version, boolean canEdit, InitiativeStatus modelStatus) {

	public EvaluationCard {
		scores = List.copyOf(scores);
		comments = List.copyOf(comments);
	}

	/** The score on one criterion, with the criterion as it was. */
	public record ScoreLine(long criterionId, String code, String name, int maxScore, int score) {
	}

	/** A member's comment. */
	public record CommentView(long id, String authorName, String authorUsername, LocalDateTime writtenAt, String text) {

		public List<String> lines() {
			return EvaluationCard.lines(text);
		}

	}

	/** The decision: what, when, by whom, why, and the models it created (those the user may read). */
	public record DecisionView(Decision kind, LocalDate decidedOn, String decidedBy, String decidedByName,
			String reason, String newTypeName, List<Outcome> outcomes) {

		public DecisionView {
			outcomes = List.copyOf(outcomes);
		}

		public List<String> reasonLines() {
			return EvaluationCard.lines(reason);
		}

	}

	/** A model a decision created. */
	public record Outcome(long id, String name, String communeName, String villageNames) {
	}

	/** The conclusion's lines, as typed, for pages (no text is rendered unescaped). */
	public List<String> conclusionLines() {
		return lines(conclusion);
	}

	static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
	}

	public boolean decided() {
		return decision != null;
	}

	/** A decision may still be taken: none yet, and the model is neither converted nor stopped. */
	public boolean decidable() {
		return decision == null && modelStatus != null && !modelStatus.closed();
	}

}
