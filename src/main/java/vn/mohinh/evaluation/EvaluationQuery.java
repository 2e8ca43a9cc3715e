package vn.mohinh.evaluation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;

/**
 * The list of evaluations for pages, API and export: the user's scope AND the chosen locality's
 * subtree, a model, year, type, rating, effective or not, decision; Vietnamese order of the
 * models' names, the newest year first. Every filter is backed by an index (V21, V21_1).
 */
@Component
@Transactional(readOnly = true)
class EvaluationQuery {

	static final Sort ORDER = Sort.by(Sort.Order.asc("sortKey"), Sort.Order.desc("year"), Sort.Order.asc("id"));

	private final Evaluations evaluations;
	private final ScopeGuard scope;

	EvaluationQuery(Evaluations evaluations, ScopeGuard scope) {
		this.evaluations = evaluations;
		this.scope = scope;
	}

	/**
	 * What a list asks: {@code within} is the chosen locality's subtree (null: the whole scope);
	 * {@code undecided} asks for evaluations without a decision yet (then {@code decision} is ignored).
	 */
	record Criteria(Scope within, Long initiativeId, Integer year, Long typeId, Rating rating, Boolean effective,
			Decision decision, boolean undecided) {
	}

	Page<EvaluationRow> find(Criteria criteria, Pageable pageable) {
		Specification<Evaluation> spec = scope.<Evaluation>within("scopePath").and(filter(criteria));
		return evaluations.findAll(spec, pageable).map(EvaluationQuery::row);
	}

	static EvaluationRow row(Evaluation e) {
		return new EvaluationRow(e.id(), e.initiativeId(), e.initiativeName(), e.typeName(), e.communeName(),
				e.villageNames(), e.year(), e.totalScore(), e.maxTotal(), e.rating(), e.effective(), e.decision());
	}

	static Specification<Evaluation> filter(Criteria c) {
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
			if (c.year() != null) {
				all.add(cb.equal(root.get("year"), c.year()));
			}
			if (c.typeId() != null) {
				all.add(cb.equal(root.get("typeId"), c.typeId()));
			}
			if (c.rating() != null) {
				all.add(cb.equal(root.get("rating"), c.rating()));
			}
			if (c.effective() != null) {
				all.add(cb.equal(root.get("effective"), c.effective()));
			}
			if (c.undecided()) {
				all.add(cb.isNull(root.get("decision")));
			}
			else if (c.decision() != null) {
				all.add(cb.equal(root.get("decision"), c.decision()));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

}
