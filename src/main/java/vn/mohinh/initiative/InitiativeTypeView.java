package vn.mohinh.initiative;

import java.time.LocalDate;

/** What pages, the API and other modules see of a type of model. */
public record InitiativeTypeView(long id, String name, InitiativeField field, String description, boolean retired,
		LocalDate retiredOn, long version) {
}
