package vn.mohinh.organisation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/** JSON API of organisations; a Party cell carries its make-up, every organisation its staff count. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "organisations", description = "Organisations and party cells")
class OrganisationApi {

	private final OrganisationService service;

	OrganisationApi(OrganisationService service) {
		this.service = service;
	}

	/** Figures for Party cells only; staff for every organisation. */
	record OrganisationItem(long id, String name, OrganisationKind kind, long localityId, String localityCode,
			String localityName, Long parentId, LocalDate validFrom, LocalDate validTo, long staff,
			@JsonInclude(JsonInclude.Include.NON_NULL) Long partyMembers,
			@JsonInclude(JsonInclude.Include.NON_NULL) Long women,
			@JsonInclude(JsonInclude.Include.NON_NULL) Long ethnicMinority) {

		static OrganisationItem of(OrganisationView o, LocalityView locality, StaffMakeUp staff, PartyCellMakeUp cell) {
			return new OrganisationItem(o.id(), o.name(), o.kind(), o.localityId(),
					locality == null ? null : locality.code(), locality == null ? null : locality.fullName(),
					o.parentId(), o.validFrom(), o.validTo(), staff.staff(), cell == null ? null : cell.partyMembers(),
					cell == null ? null : cell.women(), cell == null ? null : cell.ethnicMinority());
		}

		static OrganisationItem of(OrganisationRow row) {
			return of(row.organisation(), row.locality(), row.staff(), row.cell());
		}

	}

	record Ref(long id, String name, OrganisationKind kind) {

		static Ref of(OrganisationView o) {
			return new Ref(o.id(), o.name(), o.kind());
		}

	}

	record OrganisationDetail(OrganisationItem organisation, String address, StaffMakeUp staff,
			@JsonInclude(JsonInclude.Include.NON_NULL) PartyCellMakeUp makeUp,
			@JsonInclude(JsonInclude.Include.NON_NULL) Ref parent, List<Ref> children,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<OrganisationDetails.Term> terms) {
	}

	@GetMapping
	@Operation(summary = "Organisations in scope, by locality subtree, date, kind and accent-insensitive text")
	ApiPage<OrganisationItem> list(
			@Parameter(description = "official code of a locality; its subtree is listed") @RequestParam(required = false) String locality,
			@Parameter(description = "day on which the code is read and the organisations are valid") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		LocalityView within = locality == null || locality.isBlank() ? null : service.localityByCode(locality, on);
		return ApiPage.of(service.search(new OrganisationQuery(q, kind, within, on),
				Paging.of(page, size, OrganisationService.ORDER)), OrganisationItem::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation with its make-up, parent, children and, for a Party body, its terms (from, to; the current one without to)")
	OrganisationDetail one(@PathVariable long id) {
		OrganisationDetails d = service.details(id);
		return new OrganisationDetail(OrganisationItem.of(d.organisation(), d.locality(), d.staff(), d.cell()),
				d.address(), d.staff(), d.cell(), d.parent() == null ? null : Ref.of(d.parent()),
				d.children().stream().map(Ref::of).toList(), d.terms());
	}

}
