package vn.mohinh.organisation;

import java.time.LocalDate;

import vn.mohinh.locality.LocalityView;

/** Filters of the organisation list; every part is optional. {@code within} keeps a locality's subtree. */
record OrganisationQuery(String q, OrganisationKind kind, LocalityView within, LocalDate validOn) {
}
