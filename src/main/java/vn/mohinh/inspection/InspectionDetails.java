package vn.mohinh.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.mohinh.evaluation.Rating;

/**
 * What the user states about an inspection, with the other modules' parts already resolved (the
 * organisation's and people's names, the criteria's names): the input of {@link Inspection}'s rules.
 */
record InspectionDetails(LocalDate inspectedOn, InspectionKind kind, Long organisationId, String organisationName,
		List<TeamMember> team, List<Finding> findings, Rating rating, String generalFindings, String recommendations,
		List<FollowUp> actions, BigDecimal latitude, BigDecimal longitude, Integer locationAccuracy) {

	InspectionDetails {
		team = List.copyOf(team);
		findings = List.copyOf(findings);
		actions = List.copyOf(actions);
	}

}
