package vn.mohinh.locality;

import java.time.LocalDate;

/** What other modules see of a locality. {@code path} is the materialised path used for scope. */
public record LocalityView(long id, LocalityKind kind, String code, String name, String fullName, String altName,
		Long parentId, String path, LocalDate validFrom, LocalDate validTo, long version) {

	public boolean validOn(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}

}
