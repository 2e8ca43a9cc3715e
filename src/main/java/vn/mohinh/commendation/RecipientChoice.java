package vn.mohinh.commendation;

/** A recipient offered by the search: the form's value ("MODEL:12"), the kind, the name, where it is. */
record RecipientChoice(String token, RecipientKind kind, String name, String detail) {
}
