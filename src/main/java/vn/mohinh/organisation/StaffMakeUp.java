package vn.mohinh.organisation;

/** The cán bộ, công chức working at an organisation, of whom women and party members. */
public record StaffMakeUp(long staff, long women, long partyMembers) {

	public static final StaffMakeUp EMPTY = new StaffMakeUp(0, 0, 0);

}
