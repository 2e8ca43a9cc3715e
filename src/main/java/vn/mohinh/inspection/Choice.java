package vn.mohinh.inspection;

/** An option of a select or a suggestion list on the inspection form: the id and what the user reads. */
public record Choice(long id, String label, String value) {
}
