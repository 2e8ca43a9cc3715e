package vn.mohinh.initiative;

/** Another module's record as a model refers to it: its id and its name as it was when chosen. */
public record Ref(long id, String name) {
}
