package vn.mohinh.organisation;

import java.util.List;
import java.util.Map;

import vn.mohinh.locality.LocalityView;

/**
 * Everything the organisation page shows. Parent, children and people outside the reader's scope
 * are left out; the figures count everyone.
 */
record OrganisationDetails(OrganisationView organisation, LocalityView locality, String address,
		OrganisationView parent, List<OrganisationView> children, List<PersonView> staffPeople,
		List<PersonView> cellMembers, Map<Long, String> workplaceNames, StaffMakeUp staff, PartyCellMakeUp cell,
		boolean editable, List<Term> terms) {

	/** A term (nhiệm kỳ) of a Party body: from its first day to the day before the next began (null: current). */
	public record Term(java.time.LocalDate from, java.time.LocalDate to) {
	}

	public boolean isPartyCell() {
		return organisation.kind().isPartyCell();
	}

}
