package vn.mohinh.evaluation;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.ScopeGuard;

/** A small read facade for other modules: one evaluation, if the signed-in user may see it. */
@Service
@Transactional(readOnly = true)
public class EvaluationDirectory {

	private final Evaluations evaluations;
	private final ScopeGuard scope;

	EvaluationDirectory(Evaluations evaluations, ScopeGuard scope) {
		this.evaluations = evaluations;
		this.scope = scope;
	}

	/** The evaluation, or empty when it does not exist or lies outside the user's scope. */
	public Optional<EvaluationSummary> find(long id) {
		return evaluations.findById(id).filter(e -> scope.canRead(e.scopePath()))
			.map(e -> new EvaluationSummary(e.id(), e.initiativeId(), e.initiativeName(), e.communeName(), e.year(),
					e.rating(), e.effective(), e.conclusion(), e.scopePath()));
	}

}
