package vn.mohinh.organisation;

import java.time.LocalDate;

/**
 * What other modules see of an organisation. {@code scopePath} is its locality's path, to check
 * with {@code ScopeGuard} before showing it.
 */
public record OrganisationView(long id, String name, OrganisationKind kind, long localityId, String scopePath,
		Long parentId, LocalDate validFrom, LocalDate validTo) {

	public boolean validOn(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}

}
