package vn.mohinh.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the form or the API states about a model, before it is resolved against localities,
 * organisations and documents. Villages are given by id (API) or by name within the commune (form).
 */
record InitiativeInput(String name, Long typeId, String communeCode, List<Long> villageIds, List<String> villageNames,
		LocalDate startDate, LocalDate endDate, PilotLevel level, Integer levelYear, String leadOrganisation,
		String personInCharge, List<PartnerInput> partners, List<Long> documentIds, List<TargetInput> targets,
		String description, boolean published, String overlapReason) {

	InitiativeInput {
		villageIds = villageIds == null ? List.of() : List.copyOf(villageIds);
		villageNames = villageNames == null ? List.of() : List.copyOf(villageNames);
		partners = partners == null ? List.of() : List.copyOf(partners);
		documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
		targets = targets == null ? List.of() : List.copyOf(targets);
	}

	/** A partner organisation by its exact name, with its role in the model. */
	record PartnerInput(String organisation, String role) {
	}

	record TargetInput(String description, String unit, BigDecimal targetValue, BigDecimal achievedValue) {
	}

}
