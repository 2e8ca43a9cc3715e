package vn.mohinh.locality;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/** Localities as JSON, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/localities")
@Tag(name = "Localities", description = "Localities: administrative units over time and villages")
class LocalityApi {

	private final LocalityService service;

	LocalityApi(LocalityService service) {
		this.service = service;
	}

	@GetMapping
	@Operation(summary = "Children of a unit, the top of the caller's tree, or a search, as of a day")
	ApiPage<LocalityItem> list(@RequestParam(required = false) String parent,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		LocalDate day = on == null ? LocalDate.now() : on;
		if (q != null && !q.isBlank()) {
			return ApiPage.of(service.search(q, on, Paging.of(page, size, null)), LocalityItem::of);
		}
		if (parent != null && !parent.isBlank()) {
			Locality unit = service.getByCode(parent, on);
			LocalDate childrenOn = on == null ? service.effectiveDay(unit, day) : day;
			return ApiPage.of(service.children(unit, childrenOn, Paging.of(page, size, null)), LocalityItem::of);
		}
		List<Locality> roots = service.roots(day);
		Page<Locality> all = new PageImpl<>(roots, Paging.of(0, Math.max(roots.size(), 1), null), roots.size());
		return ApiPage.of(all, LocalityItem::of);
	}

	@GetMapping("/{code}")
	@Operation(summary = "A unit by official code as of a day, with parent, children, predecessors and successors")
	LocalityDetail byCode(@PathVariable String code, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
		return detail(service.getByCode(code, on), on == null ? LocalDate.now() : on);
	}

	@GetMapping("/id/{id}")
	@Operation(summary = "A unit or village by id, with parent, children, predecessors and successors")
	LocalityDetail byId(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
		return detail(service.get(id), on == null ? LocalDate.now() : on);
	}

	private LocalityDetail detail(Locality locality, LocalDate on) {
		LocalDate day = service.effectiveDay(locality, on);
		Page<Locality> children = service.children(locality, day, Paging.of(0, Paging.MAX_SIZE, null));
		return new LocalityDetail(LocalityItem.of(locality),
				service.parent(locality).filter(service::canRead).map(LocalityItem::of).orElse(null), day,
				children.getContent().stream().map(LocalityItem::of).toList(), children.getTotalElements(),
				service.predecessors(locality).stream().map(MergerItem::of).toList(),
				service.successors(locality).stream().map(MergerItem::of).toList());
	}

	record LocalityItem(long id, String code, LocalityKind kind, String name, String fullName, String altName,
			Long parentId, LocalDate validFrom, LocalDate validTo) {

		static LocalityItem of(LocalityView l) {
			return new LocalityItem(l.id(), l.code(), l.kind(), l.name(), l.fullName(), l.altName(), l.parentId(),
					l.validFrom(), l.validTo());
		}

		static LocalityItem of(Locality l) {
			return new LocalityItem(l.id(), l.code(), l.kind(), l.name(), l.fullName(), l.altName(), l.parentId(),
					l.validFrom(), l.validTo());
		}

	}

	record MergerItem(LocalityItem locality, MergerRelation relation, LocalDate effectiveOn, String legalBasis) {

		static MergerItem of(LocalityLink link) {
			return new MergerItem(LocalityItem.of(link.other()), link.relation(), link.effectiveOn(), link.legalBasis());
		}

	}

	record LocalityDetail(LocalityItem locality, LocalityItem parent, LocalDate childrenOn, List<LocalityItem> children,
			long childrenTotal, List<MergerItem> predecessors, List<MergerItem> successors) {
	}

}
