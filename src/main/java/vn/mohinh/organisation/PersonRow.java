package vn.mohinh.organisation;

/** A person as lists show them, with the names of their workplace and Party cell. */
record PersonRow(PersonView person, String organisationName, String partyCellName) {
}
