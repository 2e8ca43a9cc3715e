package vn.mohinh.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.initiative.InitiativeStatus;
import vn.mohinh.initiative.PilotLevel;
import vn.mohinh.initiative.PublicInitiatives;
import vn.mohinh.initiative.PublicInitiatives.PublicInitiative;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.NotFoundException;
import vn.mohinh.shared.web.Paging;

/** Published models, public fields only, for anyone (no sign-in, no token). */
@RestController
@RequestMapping("/api/v1/public/initiatives")
@Tag(name = "public", description = "The public portal's content: published models and articles, no sign-in needed")
class PublicInitiativeApi {

	private final PublicInitiatives initiatives;

	PublicInitiativeApi(PublicInitiatives initiatives) {
		this.initiatives = initiatives;
	}

	record Target(String description, String unit, BigDecimal targetValue, BigDecimal achievedValue) {
	}

	/** {@code url} is the photo's public address. */
	record Photo(String url, String altText) {
	}

	record Item(long id, String name, String type, String commune, String communeCode, List<String> villages,
			InitiativeStatus status, PilotLevel level, LocalDate startDate, String description, List<Target> targets,
			String leadOrganisation, List<Photo> photos) {

		static Item of(PublicInitiative m) {
			return new Item(m.id(), m.name(), m.typeName(), m.communeName(), m.communeCode(), m.villageNames(), m.status(),
					m.level(), m.startDate(), m.description(),
					m.targets().stream().map(t -> new Target(t.description(), t.unit(), t.targetValue(), t.achievedValue()))
						.toList(),
					m.leadOrganisationName(),
					m.photos().stream().map(p -> new Photo("/portal/initiatives/" + m.id() + "/photos/" + p.index(), p.altText()))
						.toList());
		}

	}

	/** Filters: words (accents ignored), commune code, type id; Vietnamese order of names. */
	@GetMapping
	ApiPage<Item> list(@RequestParam(required = false) String q, @RequestParam(required = false) String commune,
			@RequestParam(required = false) Long type, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return ApiPage.of(initiatives.search(q, commune, type, Paging.of(page, size, null)), Item::of);
	}

	@GetMapping("/{id}")
	Item one(@PathVariable long id) {
		return initiatives.find(id).map(Item::of).orElseThrow(() -> new NotFoundException("initiative", id));
	}

}
