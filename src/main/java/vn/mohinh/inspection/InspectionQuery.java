package vn.mohinh.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.evaluation.Rating;
import vn.mohinh.locality.Scope;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The list of inspections, in one place for pages, API and exports: the user's scope AND the chosen
 * locality's subtree, the model, kind, rating, a period and words over the model's name; newest
 * first or in Vietnamese order of the models' names. Every filter is backed by an index (V18, V18_1).
 */
@Component
@Transactional(readOnly = true)
class InspectionQuery {

	/** How a list is ordered. */
	enum Order {

		/** Newest first: what a district officer looks at. */
		DATE(Sort.by(Sort.Order.desc("inspectedOn"), Sort.Order.desc("id"))),
		/** The models in Vietnamese order, each model's inspections newest first. */
		MODEL(Sort.by(Sort.Order.asc("sortKey"), Sort.Order.desc("inspectedOn"), Sort.Order.desc("id")));

		private final Sort sort;

		Order(Sort sort) {
			this.sort = sort;
		}

		Sort sort() {
			return sort;
		}

		String messageKey() {
			return "inspection.order." + name();
		}

	}

	/**
	 * The criteria of a list; {@code within} is the chosen locality's subtree (null: the whole scope);
	 * withdrawn inspections are left out unless asked for.
	 */
	record Criteria(Scope within, Long initiativeId, InspectionKind kind, Rating rating, LocalDate from, LocalDate to,
			String q, boolean withWithdrawn) {

		List<String> words() {
			String folded = VietnameseText.fold(q);
			return folded.isBlank() ? List.of() : Arrays.stream(folded.split(" ")).filter(w -> !w.isBlank()).toList();
		}

	}

	private final Inspections inspections;
	private final InspectionAccess access;

	InspectionQuery(Inspections inspections, InspectionAccess access) {
		this.inspections = inspections;
		this.access = access;
	}

	Page<InspectionRow> find(Criteria criteria, Pageable pageable) {
		Specification<Inspection> spec = access.<Inspection>readable().and(filter(criteria));
		return inspections.findAll(spec, pageable).map(InspectionRow::of);
	}

	static Specification<Inspection> filter(Criteria c) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (c.within() != null && !c.within().everywhere()) {
				List<Predicate> any = new ArrayList<>();
				for (String prefix : c.within().prefixes()) {
					any.add(cb.like(root.get("scopePath"), prefix + "%"));
				}
				all.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
			}
			if (c.initiativeId() != null) {
				all.add(cb.equal(root.get("initiativeId"), c.initiativeId()));
			}
			if (c.kind() != null) {
				all.add(cb.equal(root.get("kind"), c.kind()));
			}
			if (c.rating() != null) {
				all.add(cb.equal(root.get("rating"), c.rating()));
			}
			if (c.from() != null) {
				all.add(cb.greaterThanOrEqualTo(root.get("inspectedOn"), c.from()));
			}
			if (c.to() != null) {
				all.add(cb.lessThanOrEqualTo(root.get("inspectedOn"), c.to()));
			}
			if (!c.withWithdrawn()) {
				all.add(cb.equal(root.get("status"), InspectionStatus.RECORDED));
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

}
