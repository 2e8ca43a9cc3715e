package vn.mohinh.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the form or the API states about a model, before it is resolved against localities,
 * organisations and documents. The form picks villages, organisations and the party member by id;
 * the API may also name them (villages by name within the commune, organisations by exact name).
 */
record InitiativeInput(String name, Long typeId, String communeCode, List<Long> villageIds, List<String> villageNames,
		LocalDate startDate, LocalDate endDate, PilotLevel level, Integer levelYear, Long leadOrganisationId,
		String leadOrganisation, Long personInChargeId, String personInCharge, List<PartnerInput> partners,
		List<Long> documentIds, List<TargetInput> targets, String description, boolean published, String overlapReason) {

	InitiativeInput {
		villageIds = villageIds == null ? List.of() : villageIds.stream().filter(java.util.Objects::nonNull).toList();
		villageNames = villageNames == null ? List.of() : List.copyOf(villageNames);
		partners = partners == null ? List.of() : List.copyOf(partners);
		documentIds = documentIds == null ? List.of() : documentIds.stream().filter(java.util.Objects::nonNull).toList();
		targets = targets == null ? List.of() : List.copyOf(targets);
	}

	/** A partner organisation by id (picked) or by its exact name (API), with its role in the model. */
	record PartnerInput(Long organisationId, String organisation, String role) {
	}

	record TargetInput(String description, String unit, BigDecimal targetValue, BigDecimal achievedValue) {
	}

}
