package vn.mohinh.locality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/** Reading the tree as of a date, searching it, and keeping villages; every path checks scope. */
@Service
@Transactional(readOnly = true)
class LocalityService {

	private final Localities localities;
	private final LocalityMergers mergers;
	private final FormerNames formerNames;
	private final ScopeGuard scope;

	LocalityService(Localities localities, LocalityMergers mergers, FormerNames formerNames, ScopeGuard scope) {
		this.localities = localities;
		this.mergers = mergers;
		this.formerNames = formerNames;
		this.scope = scope;
	}

	/** A locality the current user may read, or 404. */
	Locality get(long id) {
		Locality locality = localities.findById(id).orElseThrow(() -> new NotFoundException("locality", id));
		scope.requireReadable(locality.path());
		return locality;
	}

	/**
	 * The unit with an official code on a date, if the user may read it; without a date, the unit
	 * bearing the code today or else the last one that bore it (a commune abolished in 2025).
	 */
	Locality getByCode(String code, LocalDate on) {
		Optional<Locality> found = on != null ? localities.findByCodeOn(code, on)
				: localities.findByCodeOn(code, LocalDate.now()).or(() -> localities.findAllByCode(code).stream().findFirst());
		Locality locality = found.orElseThrow(() -> new NotFoundException("locality", code));
		scope.requireReadable(locality.path());
		return locality;
	}

	/** The top of the tree the user sees: provinces on the date, or the roots of the user's scope. */
	List<Locality> roots(LocalDate on) {
		Scope current = scope.current();
		if (current.everywhere()) {
			return localities.findRootsOn(on, Pageable.unpaged()).getContent();
		}
		List<Locality> roots = new ArrayList<>();
		for (String prefix : current.prefixes()) {
			String[] ids = prefix.split("/");
			localities.findById(Long.valueOf(ids[ids.length - 1])).ifPresent(roots::add);
		}
		roots.sort(Comparator.comparing((Locality l) -> l.validTo() == null ? LocalDate.MAX : l.validTo()).reversed()
			.thenComparing(Locality::sortKey));
		return roots;
	}

	/**
	 * The day on which to show a locality's children: the requested day, or the nearest day on which
	 * the locality itself was valid (a district abolished in 2025 shows its communes as they last were).
	 */
	LocalDate effectiveDay(Locality locality, LocalDate on) {
		if (locality.validTo() != null && on.isAfter(locality.validTo())) {
			return locality.validTo();
		}
		if (locality.validFrom() != null && on.isBefore(locality.validFrom())) {
			return locality.validFrom();
		}
		return on;
	}

	/**
	 * Children valid on the day; a commune formed by merger also lists the villages of the communes
	 * merged whole into it, since those villages now lie in it.
	 */
	Page<Locality> children(Locality parent, LocalDate on, Pageable pageable) {
		List<Long> parents = new ArrayList<>(List.of(parent.id()));
		if (parent.kind().level() == LocalityKind.Level.COMMUNE) {
			for (LocalityMerger merger : mergers.findBySuccessorId(parent.id())) {
				if (merger.relation() == MergerRelation.FULL && !on.isBefore(merger.effectiveOn())) {
					parents.add(merger.predecessorId());
				}
			}
		}
		return localities.findChildrenOn(parents, on, pageable);
	}

	/** Accent- and case-insensitive search inside the user's scope, optionally valid on a day. */
	Page<Locality> search(String text, LocalDate on, Pageable pageable) {
		String key = VietnameseText.fold(text);
		if (key.isBlank()) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		Specification<Locality> spec = scope.<Locality>within("path")
			.and((root, q, cb) -> cb.like(root.get("searchKey"), "%" + escapeLike(key) + "%", '\\'));
		if (on != null) {
			spec = spec.and(validOn(on));
		}
		Pageable sorted = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), Sort.by("depth", "sortKey", "id"));
		return localities.findAll(spec, sorted);
	}

	static Specification<Locality> validOn(LocalDate on) {
		return (root, q, cb) -> cb.and(
				cb.or(cb.isNull(root.get("validFrom")), cb.lessThanOrEqualTo(root.get("validFrom"), on)),
				cb.or(cb.isNull(root.get("validTo")), cb.greaterThanOrEqualTo(root.get("validTo"), on)));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Ancestors, root first, for the breadcrumb (names only: ancestors may lie outside scope). */
	List<Locality> ancestors(Locality locality) {
		List<Long> ids = new ArrayList<>();
		for (String part : locality.path().split("/")) {
			if (!part.isEmpty() && !part.equals(String.valueOf(locality.id()))) {
				ids.add(Long.valueOf(part));
			}
		}
		Map<Long, Locality> byId = new java.util.HashMap<>();
		localities.findAllById(ids).forEach(l -> byId.put(l.id(), l));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Where this unit went in a reorganisation. */
	List<LocalityLink> successors(Locality locality) {
		return links(mergers.findByPredecessorId(locality.id()), true);
	}

	/** What this unit was formed from. */
	List<LocalityLink> predecessors(Locality locality) {
		return links(mergers.findBySuccessorId(locality.id()), false);
	}

	private List<LocalityLink> links(List<LocalityMerger> found, boolean forward) {
		Map<Long, Locality> others = new java.util.HashMap<>();
		localities.findAllById(found.stream().map(m -> forward ? m.successorId() : m.predecessorId()).toList())
			.forEach(l -> others.put(l.id(), l));
		return found.stream().map(m -> {
			Locality other = others.get(forward ? m.successorId() : m.predecessorId());
			return new LocalityLink(other.view(), scope.canRead(other.path()), m.relation(), m.effectiveOn(), m.legalBasis());
		}).sorted(Comparator.comparing(link -> VietnameseText.sortKey(link.other().name()))).toList();
	}

	List<FormerNameView> formerNames(Locality locality) {
		return formerNames.findByLocalityIdOrderByValidToAsc(locality.id()).stream()
			.map(f -> new FormerNameView(f.name(), f.validTo())).toList();
	}

	/** The name a locality bore on a day (villages may have been renamed since). */
	String nameOn(Locality locality, LocalDate on) {
		for (FormerNameView former : formerNames(locality)) {
			if (!on.isAfter(former.validTo())) {
				return former.name();
			}
		}
		return locality.name();
	}

	/** Full names by id, in one query. */
	Map<Long, String> names(List<Long> ids) {
		Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			localities.findAllById(ids).forEach(l -> names.put(l.id(), l.fullName()));
		}
		return names;
	}

	Optional<Locality> parent(Locality locality) {
		return locality.parentId() == null ? Optional.empty() : localities.findById(locality.parentId());
	}

	boolean canRead(Locality locality) {
		return scope.canRead(locality.path());
	}

	boolean canEdit(Locality locality) {
		return scope.canEdit(locality.path());
	}

	@Transactional
	Locality addVillage(long communeId, LocalityKind kind, String name, LocalDate validFrom) {
		Locality commune = get(communeId);
		scope.requireWritable(commune.path());
		if (commune.validTo() != null && validFrom != null && validFrom.isAfter(commune.validTo())) {
			throw new LocalityRuleException("locality.village.communeEnded");
		}
		if (localities.exists((root, q, cb) -> cb.and(cb.equal(root.get("parentId"), communeId),
				cb.equal(root.get("searchKey"), Locality.searchKeyOf(VietnameseText.clean(name), null, null)),
				cb.isNull(root.get("validTo"))))) {
			throw new LocalityRuleException("locality.village.duplicate");
		}
		Locality village = localities.save(Locality.village(kind, name, commune, validFrom));
		village.placeUnder(commune);
		return village;
	}

	@Transactional
	Locality renameVillage(long id, long expectedVersion, String newName, LocalDate effectiveOn) {
		Locality village = writableVillage(id, expectedVersion);
		if (VietnameseText.clean(newName).equals(village.name())) {
			throw new LocalityRuleException("locality.village.sameName");
		}
		formerNames.save(new FormerName(village.id(), village.name(), effectiveOn.minusDays(1)));
		village.rename(newName);
		return village;
	}

	@Transactional
	Locality retireVillage(long id, long expectedVersion, LocalDate lastDay) {
		Locality village = writableVillage(id, expectedVersion);
		village.retire(lastDay);
		return village;
	}

	private Locality writableVillage(long id, long expectedVersion) {
		Locality village = get(id);
		scope.requireWritable(village.path());
		if (!village.kind().isVillage()) {
			throw new LocalityRuleException("locality.village.notVillage");
		}
		if (village.version() != expectedVersion) {
			throw new StaleLocalityException();
		}
		return village;
	}

	static class StaleLocalityException extends RuntimeException {

		StaleLocalityException() {
			super("stale");
		}

	}

}
