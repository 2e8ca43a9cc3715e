package vn.mohinh.initiative;

/** An option of a select or a checkbox on a form: a locality, a model, an organisation or a person in the user's scope. */
public record Choice(long id, String label) {
}
