package vn.mohinh.initiative;

import java.time.LocalDate;

/** What the event form states: the locality by id (picked) or by official code (typed), the model by id. */
record EventInput(String name, LocalDate heldOn, Long localityId, String localityCode, Long initiativeId,
		String description) {
}
