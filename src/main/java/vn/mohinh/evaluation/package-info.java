/**
 * Yearly evaluations of models (đánh giá) against criteria that are data per type of model and
 * versioned by date, members' comments, and the decision that follows (maintain, replicate,
 * convert, discontinue). {@link vn.mohinh.evaluation.CriteriaCatalogue} answers which criteria are in
 * force; {@link vn.mohinh.evaluation.EvaluationFigures} gives the dashboard its figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đánh giá (evaluations)")
package vn.mohinh.evaluation;
