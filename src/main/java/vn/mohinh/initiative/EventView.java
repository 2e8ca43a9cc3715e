package vn.mohinh.initiative;

import java.time.LocalDate;

/** An event as pages, the API and other modules see it. */
public record EventView(long id, String name, LocalDate heldOn, long localityId, String placeText, Long initiativeId,
		String initiativeName, String description) {
}
