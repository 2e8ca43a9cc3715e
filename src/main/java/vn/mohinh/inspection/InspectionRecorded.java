package vn.mohinh.inspection;

import java.time.LocalDate;

/**
 * Published inside the writing transaction when an inspection of a model is recorded or withdrawn,
 * so that the regularity watch (last inspection date per model) stays in step with the inspections.
 * {@code latestOn} is the date of the model's latest inspection still standing after the change
 * (null when none is left).
 */
public record InspectionRecorded(long inspectionId, long initiativeId, LocalDate latestOn) {
}
