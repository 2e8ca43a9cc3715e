package vn.mohinh.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.mohinh.organisation.PersonView;

/**
 * What a user states about a model, resolved against the other modules: the aggregate checks the
 * rules that span its parts (dates, villages, type, party member, overlapping models).
 */
record InitiativeDetails(String name, String description, LocalDate startDate, LocalDate endDate, boolean published,
		PilotLevel level, Integer levelYear, Ref lead, PersonView inCharge, List<Partner> partners, Set<Long> documentIds,
		List<Target> targets, String overlapReason) {

	InitiativeDetails {
		partners = partners == null ? List.of() : List.copyOf(partners);
		documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
		targets = targets == null ? List.of() : List.copyOf(targets);
	}

}
