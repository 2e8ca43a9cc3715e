package vn.mohinh.organisation;

/** One option of a select in a form. */
record Choice(long id, String label) {
}
