package vn.mohinh.organisation;

/** A Party cell's make-up: its party members, of whom women and of an ethnic minority. */
public record PartyCellMakeUp(long partyMembers, long women, long ethnicMinority) {

	public static final PartyCellMakeUp EMPTY = new PartyCellMakeUp(0, 0, 0);

}
