package vn.mohinh.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mohinh.initiative.InitiativeChanged;
import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.initiative.PilotLevel;
import vn.mohinh.shared.text.VietnameseText;

/**
 * Keeps the watch (tables {@code inspection_watch} and {@code inspection_watch_level}) in step with the
 * models and their inspections, inside the writing transaction: what the regularity lists, the
 * dashboard figures and the reminders read, without asking the initiative module for every model.
 * Also keeps {@code inspection_tally}, the standing inspections per commune and year.
 */
@Component
class InspectionWatch {

	private final JdbcClient jdbc;
	private final InitiativeDirectory initiatives;
	/** Makes a commune's lock row in a transaction of its own, so that it exists for every writer. */
	private final TransactionTemplate separately;

	InspectionWatch(JdbcClient jdbc, InitiativeDirectory initiatives, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.initiatives = initiatives;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * A model was created or changed. Its name and commune come from the directory, which the writer
	 * (who may change the model) may read; should it not see the model, the names kept stay.
	 */
	@EventListener
	void on(InitiativeChanged changed) {
		long id = changed.initiativeId();
		Optional<InitiativeView> view = initiatives.find(id);
		int updated;
		if (view.isPresent()) {
			updated = jdbc.sql("""
					update inspection_watch set name = ?, sort_key = ?, commune_name = ?, scope_path = ?, type_id = ?,
					status = ?, start_date = ?, end_date = ?, person_in_charge_id = ?
					where initiative_id = ?""")
				.param(view.get().name()).param(VietnameseText.sortKey(view.get().name()))
				.param(view.get().communeName()).param(changed.scopePath()).param(changed.typeId())
				.param(changed.status().name()).param(changed.startDate()).param(changed.endDate())
				.param(changed.personInChargeId()).param(id).update();
		}
		else {
			updated = jdbc.sql("""
					update inspection_watch set scope_path = ?, type_id = ?, status = ?, start_date = ?, end_date = ?,
					person_in_charge_id = ? where initiative_id = ?""")
				.param(changed.scopePath()).param(changed.typeId()).param(changed.status().name())
				.param(changed.startDate()).param(changed.endDate()).param(changed.personInChargeId()).param(id)
				.update();
		}
		if (updated == 0) {
			String name = view.map(InitiativeView::name).orElse("#" + id);
			jdbc.sql("""
					insert into inspection_watch (initiative_id, name, sort_key, commune_name, scope_path, type_id, status,
					start_date, end_date, person_in_charge_id, last_inspected_on, base_on)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)""")
				.param(id).param(name).param(VietnameseText.sortKey(name))
				.param(view.map(InitiativeView::communeName).orElse("")).param(changed.scopePath())
				.param(changed.typeId()).param(changed.status().name()).param(changed.startDate())
				.param(changed.endDate()).param(changed.personInChargeId()).param(changed.startDate()).update();
		}
		else {
			// Never inspected: the gap counts from the start, which may have been corrected.
			jdbc.sql("update inspection_watch set base_on = ? where initiative_id = ? and last_inspected_on is null")
				.param(changed.startDate()).param(id).update();
		}
		jdbc.sql("delete from inspection_watch_level where initiative_id = ?").param(id).update();
		for (Map.Entry<Integer, PilotLevel> level : changed.levels().entrySet()) {
			if (level.getValue() != PilotLevel.NONE) {
				jdbc.sql("""
						insert into inspection_watch_level (initiative_id, level_year, pilot_level, scope_path)
						values (?, ?, ?, ?)""")
					.param(id).param(level.getKey()).param(level.getValue().name()).param(changed.scopePath()).update();
			}
		}
	}

	/** An inspection was recorded or withdrawn: the model's latest standing inspection is now {@code latestOn}. */
	@EventListener
	void on(InspectionRecorded recorded) {
		LocalDate latest = recorded.latestOn();
		if (latest == null) {
			jdbc.sql("update inspection_watch set last_inspected_on = null, base_on = start_date where initiative_id = ?")
				.param(recorded.initiativeId()).update();
		}
		else {
			jdbc.sql("update inspection_watch set last_inspected_on = ?, base_on = ? where initiative_id = ?")
				.param(latest).param(latest).param(recorded.initiativeId()).update();
		}
		tally(recorded.inspectionId());
	}

	/**
	 * Counts the standing inspections of the inspection's commune again, year by year. Two writers of
	 * one commune take turns on the commune's lock row (year 0): the second counts after the first
	 * committed, so no count is lost. A commune has hundreds of inspections, not millions.
	 */
	private void tally(long inspectionId) {
		Optional<String> path = jdbc.sql("select scope_path from inspection where id = ?").param(inspectionId)
			.query(String.class).optional();
		if (path.isEmpty()) {
			return;
		}
		String scope = path.get();
		if (jdbc.sql("select count(*) from inspection_tally where scope_path = ? and tally_year = 0").param(scope)
			.query(Long.class).single() == 0) {
			try {
				separately.executeWithoutResult(status -> jdbc
					.sql("insert into inspection_tally (scope_path, tally_year, inspections) values (?, 0, 0)")
					.param(scope).update());
			}
			catch (DataIntegrityViolationException madeMeanwhile) {
				// Another writer made it first: it is there now.
			}
		}
		jdbc.sql("select inspections from inspection_tally where scope_path = ? and tally_year = 0 for update")
			.param(scope).query(Long.class).single();
		List<long[]> years = jdbc.sql("""
				select extract(year from inspected_on), count(*) from inspection
				where scope_path = ? and status = 'RECORDED' group by extract(year from inspected_on)""")
			.param(scope).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		jdbc.sql("delete from inspection_tally where scope_path = ? and tally_year <> 0").param(scope).update();
		for (long[] year : years) {
			jdbc.sql("insert into inspection_tally (scope_path, tally_year, inspections) values (?, ?, ?)").param(scope)
				.param((int) year[0]).param(year[1]).update();
		}
	}

}
