package vn.mohinh.organisation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/** JSON API of people (cán bộ, đảng viên) in scope. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "people", description = "People: staff and party members")
class PersonApi {

	private final PersonService service;

	PersonApi(PersonService service) {
		this.service = service;
	}

	/** A Party cell the reader may not see is left out, name and id alike. */
	record PersonItem(long id, String fullName, Gender gender, Integer birthYear, String ethnicity,
			boolean ethnicMinority, boolean partyMember, Long partyCellId, String partyCellName, String position,
			long organisationId, String organisationName, boolean active) {

		static PersonItem of(PersonRow row) {
			PersonView p = row.person();
			return new PersonItem(p.id(), p.fullName(), p.gender(), p.birthYear(), p.ethnicity(), p.ethnicMinority(),
					p.partyMember(), row.partyCellName() == null ? null : p.partyCellId(), row.partyCellName(),
					p.position(), p.organisationId(), row.organisationName(), p.active());
		}

	}

	@GetMapping
	@Operation(summary = "People in scope, by workplace and accent-insensitive name")
	ApiPage<PersonItem> list(@RequestParam(required = false) Long organisation,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return ApiPage.of(service.search(q, organisation, Paging.of(page, size, PersonService.ORDER)), PersonItem::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person")
	PersonItem one(@PathVariable long id) {
		return PersonItem.of(service.details(id));
	}

}
