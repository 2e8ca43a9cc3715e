package vn.mohinh.inspection;

import java.time.LocalDate;

import vn.mohinh.evaluation.Rating;

/** An inspection in a list: the model as it was named then, when, what kind, by whom, the rating. */
public record InspectionRow(long id, long initiativeId, String initiativeName, String typeName, String communeName,
		LocalDate inspectedOn, InspectionKind kind, String organisationName, Rating rating, InspectionStatus status) {

	static InspectionRow of(Inspection i) {
		return new InspectionRow(i.id(), i.initiativeId(), i.initiativeName(), i.typeName(), i.communeName(),
				i.inspectedOn(), i.kind(), i.organisationName(), i.rating(), i.status());
	}

	public boolean withdrawn() {
		return status == InspectionStatus.WITHDRAWN;
	}

}
