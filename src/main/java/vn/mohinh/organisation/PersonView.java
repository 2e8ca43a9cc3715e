package vn.mohinh.organisation;

/** What other modules see of a person; {@code scopePath} is the workplace's, for scope checks. */
public record PersonView(long id, String fullName, Gender gender, Integer birthYear, String ethnicity,
		boolean ethnicMinority, boolean partyMember, Long partyCellId, String position, long organisationId,
		String scopePath, boolean active) {
}
