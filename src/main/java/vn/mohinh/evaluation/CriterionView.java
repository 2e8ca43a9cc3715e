package vn.mohinh.evaluation;

/** One criterion of a set, as other modules (inspections) and the pages see it; {@code maxScore} is 1–100. */
public record CriterionView(long id, String code, String name, int maxScore, int position) {
}
