package vn.mohinh.initiative;

import java.time.LocalDate;
import java.util.List;

/** A model in a list: what the table, the API list and exports show, loaded a page at a time. */
public record InitiativeRow(long id, String name, long typeId, String typeName, String communeCode, String communeName,
		List<String> villageNames, PilotLevel level, InitiativeStatus status, LocalDate startDate, LocalDate endDate,
		RegistrationStatus registration, Integer registrationYear) {

	public String villages() {
		return String.join(", ", villageNames);
	}

}
