package vn.mohinh.initiative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.Scope;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The list of models, in one place for pages, API and (later) exports: the user's scope AND the
 * chosen locality's subtree (with the communes merged into it), type, level in a year, status,
 * year and words; Vietnamese order; one page of rows, then one query each for the page's type
 * names, villages, levels and registrations. Every filter is backed by an index (V10, V12).
 */
@Component
@Transactional(readOnly = true)
class InitiativeQuery {

	static final Sort ORDER = Sort.by("sortKey", "id");

	/** Up to this many matches, a word search sorts its matches rather than walking the name order. */
	static final long SORT_AFTER_FILTER_UP_TO = 50_000;

	private final Initiatives initiatives;
	private final InitiativeTypes types;
	private final InitiativeAccess access;

	InitiativeQuery(Initiatives initiatives, InitiativeTypes types, InitiativeAccess access) {
		this.initiatives = initiatives;
		this.types = types;
		this.access = access;
	}

	/** The criteria of a list; {@code within} is the chosen locality's subtree, or null for the whole scope. */
	record Criteria(Scope within, Long typeId, PilotLevel level, InitiativeStatus status, Integer year, String q) {

		List<String> words() {
			String folded = VietnameseText.fold(q);
			return folded.isBlank() ? List.of() : Arrays.stream(folded.split(" ")).filter(w -> !w.isBlank()).toList();
		}

	}

	Page<InitiativeRow> find(Criteria criteria, Pageable pageable) {
		Specification<Initiative> spec = access.<Initiative>readable().and(filter(criteria));
		Page<Initiative> page = criteria.words().isEmpty() ? initiatives.findAll(spec, pageable) : search(spec, pageable);
		List<Long> ids = page.getContent().stream().map(Initiative::id).toList();
		if (ids.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, page.getTotalElements());
		}
		Map<Long, String> typeNames = types.findAllById(page.getContent().stream().map(Initiative::typeId).distinct().toList())
			.stream().collect(Collectors.toMap(InitiativeType::id, InitiativeType::name));
		Map<Long, List<String>> villages = new HashMap<>();
		for (Object[] row : initiatives.villageNamesOf(ids)) {
			villages.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
		}
		villages.values().forEach(v -> v.sort(VietnameseText.comparing(Function.identity())));
		Map<Long, PilotLevel> levels = new HashMap<>();
		if (criteria.year() != null) {
			for (Object[] row : initiatives.levelsOf(ids, criteria.year())) {
				levels.put((Long) row[0], (PilotLevel) row[1]);
			}
		}
		Map<Long, Object[]> registrations = new HashMap<>();
		for (Object[] row : initiatives.registrationsOf(ids)) {
			Object[] seen = registrations.get((Long) row[0]);
			Integer wanted = criteria.year();
			boolean better = wanted != null ? wanted.equals(row[1])
					: seen == null || (Integer) row[1] > (Integer) seen[1];
			if (better) {
				registrations.put((Long) row[0], row);
			}
		}
		return page.map(i -> {
			Object[] reg = registrations.get(i.id());
			return new InitiativeRow(i.id(), i.name(), i.typeId(), typeNames.get(i.typeId()), i.communeCode(),
					i.communeName(), villages.getOrDefault(i.id(), List.of()),
					criteria.year() != null ? levels.get(i.id()) : i.currentLevel(), i.status(), i.startDate(),
					i.endDate(), reg == null ? null : (RegistrationStatus) reg[2], reg == null ? null : (Integer) reg[1]);
		});
	}

	/**
	 * A word search, ordered by name. Walking the name index stops after one page when the words are
	 * common, but reads most of the table when the matches sit late in name order (models of one type
	 * share one name); then it is faster to collect the matches through the trigram index and sort
	 * them. The count, needed for the pager anyway, tells which case this is (docs/benchmarks.md).
	 */
	private Page<Initiative> search(Specification<Initiative> spec, Pageable pageable) {
		long total = initiatives.count(spec);
		if (total > SORT_AFTER_FILTER_UP_TO) {
			Slice<Initiative> slice = initiatives.findBy(spec, q -> q.sortBy(pageable.getSort()).slice(pageable));
			return new PageImpl<>(slice.getContent(), pageable, total);
		}
		Specification<Initiative> sortedAfterFilter = spec.and((root, query, cb) -> {
			// An expression, not the column: the name index cannot serve it, so the matches are filtered first.
			query.orderBy(cb.asc(cb.concat(root.get("sortKey"), cb.literal(""))), cb.asc(root.get("id")));
			return null;
		});
		Pageable unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		Slice<Initiative> slice = initiatives.findBy(sortedAfterFilter, q -> q.slice(unsorted));
		return new PageImpl<>(slice.getContent(), pageable, total);
	}

	static Specification<Initiative> filter(Criteria c) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (c.within() != null && !c.within().everywhere()) {
				List<Predicate> any = new ArrayList<>();
				for (String prefix : c.within().prefixes()) {
					any.add(cb.like(root.get("scopePath"), prefix + "%"));
				}
				all.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
			}
			if (c.typeId() != null) {
				all.add(cb.equal(root.get("typeId"), c.typeId()));
			}
			if (c.status() != null) {
				all.add(cb.equal(root.get("status"), c.status()));
			}
			if (c.year() != null) {
				// Running in the year: started by its end, not ended before its start.
				all.add(cb.le(root.get("startYear"), c.year()));
				all.add(cb.or(cb.isNull(root.get("endYear")), cb.ge(root.get("endYear"), c.year())));
			}
			if (c.level() != null) {
				if (c.year() == null) {
					all.add(cb.equal(root.get("currentLevel"), c.level()));
				}
				else {
					Subquery<Integer> levelInYear = query.subquery(Integer.class);
					Root<Initiative> same = levelInYear.correlate(root);
					Join<Initiative, YearLevel> level = same.join("levels");
					levelInYear.select(cb.literal(1))
						.where(cb.equal(level.get("year"), c.year()), cb.equal(level.get("level"), c.level()));
					all.add(cb.exists(levelInYear));
				}
			}
			for (String word : c.words()) {
				all.add(cb.like(root.get("searchKey"), "%" + escape(word) + "%", '\\'));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	/** "%" and "_" typed by the user are letters, not wildcards. */
	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static Comparator<InitiativeRow> byName() {
		return VietnameseText.comparing(InitiativeRow::name);
	}

}
