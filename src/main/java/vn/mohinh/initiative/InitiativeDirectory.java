package vn.mohinh.initiative;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.text.VietnameseText;

/**
 * What other modules may ask about models. Every answer is limited to the signed-in user's scope:
 * a model outside it is not found. Only records leave the module.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeDirectory {

	/** The most one call answers. */
	public static final int MAX_RESULTS = 1000;

	private final Initiatives initiatives;
	private final InitiativeTypes types;
	private final InitiativeAccess access;

	InitiativeDirectory(Initiatives initiatives, InitiativeTypes types, InitiativeAccess access) {
		this.initiatives = initiatives;
		this.types = types;
		this.access = access;
	}

	public Optional<InitiativeView> find(long id) {
		return initiatives.findById(id).filter(i -> access.canRead(i.scopePath())).map(i -> view(i, typeNames(List.of(i))));
	}

	/** The models with these ids that the user may read, by id (at most {@link #MAX_RESULTS}). */
	public Map<Long, InitiativeView> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Long> wanted = ids.stream().distinct().limit(MAX_RESULTS).toList();
		List<Initiative> found = initiatives.findAllById(wanted).stream().filter(i -> access.canRead(i.scopePath()))
			.toList();
		Map<Long, String> names = typeNames(found);
		return found.stream().map(i -> view(i, names))
			.collect(Collectors.toMap(InitiativeView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** The models in the user's scope, in Vietnamese order of their names, a page at a time. */
	public Page<InitiativeView> inScope(Pageable pageable) {
		Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), MAX_RESULTS),
				InitiativeQuery.ORDER);
		Page<Initiative> found = initiatives.findAll(access.<Initiative>readable(), page);
		Map<Long, String> names = typeNames(found.getContent());
		return found.map(i -> view(i, names));
	}

	private Map<Long, String> typeNames(List<Initiative> models) {
		return types.findAllById(models.stream().map(Initiative::typeId).distinct().toList()).stream()
			.collect(Collectors.toMap(InitiativeType::id, InitiativeType::name));
	}

	private static InitiativeView view(Initiative i, Map<Long, String> typeNames) {
		List<Site> sites = i.sites().stream().sorted(VietnameseText.comparing(Site::villageName)).toList();
		Map<Integer, PilotLevel> levels = i.levels().stream()
			.sorted(Comparator.comparing(YearLevel::year))
			.collect(Collectors.toMap(YearLevel::year, YearLevel::level, (a, b) -> b, LinkedHashMap::new));
		return new InitiativeView(i.id(), i.name(), i.typeId(), typeNames.getOrDefault(i.typeId(), ""), i.communeId(),
				i.communeName(), i.scopePath(), sites.stream().map(Site::villageId).toList(),
				sites.stream().map(Site::villageName).toList(), i.status(), i.startDate(), i.endDate(), levels);
	}

}
