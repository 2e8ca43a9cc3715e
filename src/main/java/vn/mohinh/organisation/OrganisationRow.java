package vn.mohinh.organisation;

import vn.mohinh.locality.LocalityView;

/** An organisation as lists show it: with its locality, its staff and, for a Party cell, its make-up. */
record OrganisationRow(OrganisationView organisation, LocalityView locality, StaffMakeUp staff,
		PartyCellMakeUp cell) {
}
