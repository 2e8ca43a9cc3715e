package vn.mohinh.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.mohinh.evaluation.Rating;

/**
 * An inspection as the form or the API states it, before the other modules' parts are resolved:
 * the model by id, the organisation by id or by name, people by id or by name, criteria by id.
 */
record InspectionInput(Long initiativeId, LocalDate inspectedOn, InspectionKind kind, Long organisationId,
		String organisation, List<MemberInput> team, List<FindingInput> findings, Rating rating, String generalFindings,
		String recommendations, List<ActionInput> actions, BigDecimal latitude, BigDecimal longitude,
		Integer locationAccuracy) {

	InspectionInput {
		team = team == null ? List.of() : List.copyOf(team);
		findings = findings == null ? List.of() : List.copyOf(findings);
		actions = actions == null ? List.of() : List.copyOf(actions);
	}

	/** A team member: a person of the register (by id), or a name as written; the role in the team. */
	record MemberInput(Long personId, String name, String role) {

		boolean blank() {
			return personId == null && isBlank(name) && isBlank(role);
		}

	}

	/** What was found for one criterion (by id) and whether it is met (null: not judged). */
	record FindingInput(Long criterionId, String finding, Boolean met) {

		boolean blank() {
			return isBlank(finding) && met == null;
		}

	}

	/** A follow-up action: what, the person in charge (by id), by when, open or done. */
	record ActionInput(String description, Long personInChargeId, LocalDate dueOn, ActionStatus status) {

		boolean blank() {
			return isBlank(description) && personInChargeId == null && dueOn == null;
		}

	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
