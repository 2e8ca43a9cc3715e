package vn.mohinh.locality;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about localities. Lookups here do not check scope: callers check the
 * scope of their own records with {@link ScopeGuard}.
 */
@Service
@Transactional(readOnly = true)
public class LocalityDirectory {

	private final Localities localities;
	private final LocalityService service;
	private final LocalityMergers mergers;

	LocalityDirectory(Localities localities, LocalityService service, LocalityMergers mergers) {
		this.localities = localities;
		this.service = service;
		this.mergers = mergers;
	}

	/**
	 * The units whose scope covers a record at this path: the units on the path (the commune, its
	 * district, its province) and, recursively, the units they were merged whole into by the 2025
	 * reform, whose scope reaches back over them (see {@link ScopeGuard#scopeOfRoot}).
	 */
	public java.util.Set<Long> unitsCovering(String path) {
		java.util.Set<Long> found = new java.util.LinkedHashSet<>();
		if (path == null) {
			return found;
		}
		java.util.Deque<Long> todo = new java.util.ArrayDeque<>();
		for (String part : path.split("/")) {
			if (!part.isEmpty()) {
				todo.add(Long.valueOf(part));
			}
		}
		while (!todo.isEmpty()) {
			Long next = todo.poll();
			if (found.add(next)) {
				todo.addAll(mergers.fullSuccessorIdsOf(next));
			}
		}
		return found;
	}

	public Optional<LocalityView> find(long id) {
		return localities.findById(id).map(Locality::view);
	}

	/** The unit bearing an official code on a date. */
	public Optional<LocalityView> findByCode(String code, LocalDate on) {
		return localities.findByCodeOn(code, on).map(Locality::view);
	}

	/** The village of a commune with a name, as users entered it. */
	public Optional<LocalityView> findVillage(long communeId, String name) {
		return localities.findAll((root, q, cb) -> cb.and(cb.equal(root.get("parentId"), communeId),
				cb.equal(root.get("name"), name))).stream().findFirst().map(Locality::view);
	}

	/**
	 * Units and villages directly under a locality on a day, in Vietnamese order; for a commune formed
	 * by merger also the villages of the communes merged whole into it (for pickers in forms).
	 */
	public List<LocalityView> childrenOn(long parentId, LocalDate on, int limit) {
		Locality parent = localities.findById(parentId).orElseThrow();
		return service.children(parent, on, org.springframework.data.domain.PageRequest.of(0, Math.min(limit, 1000)))
			.map(Locality::view).getContent();
	}

	/** The newest unit that ever bore a code (for codes typed without a date). */
	public Optional<LocalityView> findLatestByCode(String code) {
		return localities.findAllByCode(code).stream().findFirst().map(Locality::view);
	}

	public Map<Long, LocalityView> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return localities.findAllById(ids).stream().map(Locality::view)
			.collect(Collectors.toMap(LocalityView::id, Function.identity()));
	}

	/** The locality and its ancestors, root first (for breadcrumbs and address snapshots). */
	public List<LocalityView> lineage(long id) {
		LocalityView self = find(id).orElseThrow();
		List<Long> ids = java.util.Arrays.stream(self.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
			.toList();
		Map<Long, LocalityView> byId = findAll(ids);
		return ids.stream().map(byId::get).toList();
	}

	/** "xã Tân Lập, huyện Kon Rẫy, tỉnh Kon Tum": the address as written on the record's date. */
	public String address(long id) {
		List<LocalityView> chain = lineage(id);
		StringBuilder text = new StringBuilder();
		for (int i = chain.size() - 1; i >= 0; i--) {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append(chain.get(i).fullName());
		}
		return text.toString();
	}

}
