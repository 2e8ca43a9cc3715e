package vn.mohinh.evaluation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.initiative.InitiativeChanged;

/**
 * Keeps each evaluation's scope path equal to its model's: when a model moves to another commune,
 * its evaluations are seen and filtered where the model now is (the snapshots of names stay as
 * they were). Runs in the model's transaction, so both commit or roll back together.
 */
@Component
class EvaluationScopeFollower {

	private final Evaluations evaluations;

	EvaluationScopeFollower(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@EventListener
	@Transactional
	void on(InitiativeChanged changed) {
		evaluations.follow(changed.initiativeId(), changed.scopePath());
	}

}
