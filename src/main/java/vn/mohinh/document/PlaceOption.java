package vn.mohinh.document;

/** A locality offered in the form's list, with the address to show. */
record PlaceOption(long id, String name) {

}
