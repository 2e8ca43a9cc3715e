package vn.mohinh.initiative;

/** An option of a select on the event form: a locality or a model in the user's scope. */
public record EventChoice(long id, String label) {
}
