package vn.mohinh.initiative;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The catalogue of types as JSON, in Vietnamese order, retired ones last. */
@RestController
@Tag(name = "initiative-types", description = "Types of model")
class InitiativeTypeApi {

	private final InitiativeTypeCatalogue catalogue;

	InitiativeTypeApi(InitiativeTypeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/v1/initiative-types")
	@Operation(summary = "Every type of model, with its field and whether it is retired")
	List<InitiativeTypeView> list() {
		return catalogue.all();
	}

}
