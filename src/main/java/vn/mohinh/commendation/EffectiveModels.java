package vn.mohinh.commendation;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.mohinh.evaluation.EvaluationRecorded;
import vn.mohinh.initiative.InitiativeChanged;
import vn.mohinh.shared.text.VietnameseText;

/**
 * Keeps {@code commendation_effective_model}, the module's copy of the yearly evaluations, in the
 * writer's transaction (see docs/decisions/0004 for the same pattern in inspections): so the gaps are
 * one indexed query here, at national scale, without reading the evaluation module's tables.
 */
@Component
class EffectiveModels {

	private final JdbcClient jdbc;

	EffectiveModels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(EvaluationRecorded recorded) {
		int updated = jdbc.sql("""
				update commendation_effective_model set evaluation_id = ?, initiative_name = ?, search_key = ?, rating = ?,
				effective = ?, scope_path = ? where initiative_id = ? and eval_year = ?""")
			.params(recorded.evaluationId(), recorded.initiativeName(), VietnameseText.fold(recorded.initiativeName()),
					recorded.rating().name(), recorded.effective(),
					recorded.scopePath(), recorded.initiativeId(), recorded.year())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into commendation_effective_model (initiative_id, eval_year, evaluation_id, initiative_name, search_key,
					rating, effective, scope_path) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(recorded.initiativeId(), recorded.year(), recorded.evaluationId(), recorded.initiativeName(),
						VietnameseText.fold(recorded.initiativeName()),
						recorded.rating().name(), recorded.effective(), recorded.scopePath())
				.update();
		}
	}

	/** A model moved (its commune changed): its rows follow it, as the evaluations do. */
	@EventListener
	void on(InitiativeChanged changed) {
		jdbc.sql("update commendation_effective_model set scope_path = ? where initiative_id = ? and scope_path <> ?")
			.params(changed.scopePath(), changed.initiativeId(), changed.scopePath()).update();
	}

}
