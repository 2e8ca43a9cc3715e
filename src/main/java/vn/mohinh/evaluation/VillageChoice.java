package vn.mohinh.evaluation;

/** A village offered as a target of replication. */
public record VillageChoice(long id, String name) {
}
