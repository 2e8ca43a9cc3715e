package vn.mohinh.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.mohinh.shared.text.VietnameseText;

/**
 * About 2,000,000 inspections (DESIGN.md §11) of the generated models, and the regularity watch that
 * the inspection module keeps from its events (which this plain-JDBC generator does not send): one row
 * per model with its last standing inspection, and its pilot level year by year.
 *
 * <p>Inspections are irregular, as the article says they are: each model is visited at random
 * intervals whose mean follows its pilot level (provincial pilots more often), and about a third of
 * the models stopped being visited at some point in the last two and a half years, so that a realistic
 * share is overdue today. About 2% of inspections are withdrawn. Pilot levels: the models step records
 * 2025; this step adds the other years from the start to this year (mostly the same level), in the
 * register and in the watch alike. The per-commune yearly tally of standing inspections is counted last.
 */
class Inspections implements GeneratorStep {

	private static final int BATCH_MODELS = 500;
	private static final String[] LEVELS = { "NONE", "NONE", "NONE", "DIEM_CAP_XA", "DIEM_CAP_XA", "DIEM_CAP_HUYEN",
			"DIEM_CAP_TINH" };
	private static final String[] KINDS = { "KIEM_TRA", "KIEM_TRA", "GIAM_SAT", "KHAO_SAT" };
	private static final String[] RATINGS = { "TOT", "TOT", "KHA", "KHA", "KHA", "DAT", "DAT", "CHUA_DAT" };
	/** Mean days between two visits by pilot level; tuned for about ten inspections per model. */
	private static final Map<String, Integer> MEAN_GAP = Map.of("DIEM_CAP_TINH", 90, "DIEM_CAP_HUYEN", 140,
			"DIEM_CAP_XA", 220, "NONE", 270);

	private record Model(long id, String name, long typeId, long communeId, String communeName, String placeText,
			String scopePath, LocalDate start, LocalDate end, String status, String sortKey, Long personId, String level) {
	}

	@Override
	public String name() {
		return "inspections";
	}

	@Override
	public long existing(Connection connection) throws SQLException {
		return Villages.count(connection, "select count(*) from inspection");
	}

	@Override
	public long generate(Connection connection, Random random) throws SQLException {
		List<Model> models = models(connection);
		if (models.isEmpty()) {
			throw new IllegalStateException("Run the models step first");
		}
		Map<Long, String> typeNames = typeNames(connection);
		LocalDate today = LocalDate.now();
		Timestamp now = Timestamp.from(Instant.now());
		try (Statement statement = connection.createStatement()) {
			// The watch is rebuilt from the generated data (V19 may have copied the models without inspections).
			statement.execute("delete from inspection_watch_level");
			statement.execute("delete from inspection_watch");
		}
		long nextId = Villages.count(connection, "select coalesce(max(id), 0) from inspection") + 1_000;
		long inserted = 0;
		try (PreparedStatement inspection = connection.prepareStatement("""
				insert into inspection (id, initiative_id, initiative_name, type_id, type_name, commune_id, commune_name,
				place_text, scope_path, inspected_on, kind, organisation_name, rating, status, withdrawn_on,
				withdrawn_reason, withdrawn_by, search_key, sort_key, recorded_by, created_at, updated_at, version)
				values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'bench',?,?,0)""");
				PreparedStatement level = connection.prepareStatement(
						"insert into initiative_level (initiative_id, level_year, pilot_level) values (?,?,?)");
				PreparedStatement watch = connection.prepareStatement("""
						insert into inspection_watch (initiative_id, name, sort_key, commune_name, scope_path, type_id,
						status, start_date, end_date, person_in_charge_id, last_inspected_on, base_on)
						values (?,?,?,?,?,?,?,?,?,?,?,?)""");
				PreparedStatement watchLevel = connection.prepareStatement(
						"insert into inspection_watch_level (initiative_id, level_year, pilot_level, scope_path) values (?,?,?,?)")) {
			for (int n = 0; n < models.size(); n++) {
				Model model = models.get(n);
				String typeName = typeNames.getOrDefault(model.typeId(), "");
				String organisation = "Ban Thường trực Ủy ban MTTQ Việt Nam " + model.communeName();
				String searchKey = fold(model.name(), typeName, model.communeName(), organisation);
				// Levels year by year: the models step recorded 2025; mostly the same level in other years.
				for (int year = model.start().getYear(); year <= today.getYear(); year++) {
					String levelOfYear = year == 2025 ? model.level()
							: random.nextInt(4) == 0 ? LEVELS[random.nextInt(LEVELS.length)] : model.level();
					if (year != 2025) {
						level.setLong(1, model.id());
						level.setInt(2, year);
						level.setString(3, levelOfYear);
						level.addBatch();
					}
					if (!"NONE".equals(levelOfYear)) {
						// As the watch keeps them: no row for "not a pilot".
						watchLevel.setLong(1, model.id());
						watchLevel.setInt(2, year);
						watchLevel.setString(3, levelOfYear);
						watchLevel.setString(4, model.scopePath());
						watchLevel.addBatch();
					}
				}
				// Irregular visits; a third of the models stopped being visited at some point.
				LocalDate horizon = model.end() != null && model.end().isBefore(today) ? model.end() : today;
				if (random.nextInt(3) == 0) {
					horizon = horizon.minusDays(random.nextInt(900));
				}
				int meanGap = MEAN_GAP.getOrDefault(model.level(), 270);
				LocalDate last = null;
				for (LocalDate on = model.start().plusDays(random.nextInt(180)); !on.isAfter(horizon);
						on = on.plusDays(15 + random.nextInt(2 * meanGap - 30))) {
					boolean withdrawn = random.nextInt(50) == 0;
					String kind = KINDS[random.nextInt(KINDS.length)];
					inspection.setLong(1, nextId++);
					inspection.setLong(2, model.id());
					inspection.setString(3, model.name());
					inspection.setLong(4, model.typeId());
					inspection.setString(5, typeName);
					inspection.setLong(6, model.communeId());
					inspection.setString(7, model.communeName());
					inspection.setString(8, model.placeText());
					inspection.setString(9, model.scopePath());
					inspection.setDate(10, Date.valueOf(on));
					inspection.setString(11, kind);
					inspection.setString(12, organisation);
					inspection.setString(13, "KHAO_SAT".equals(kind) ? null : RATINGS[random.nextInt(RATINGS.length)]);
					inspection.setString(14, withdrawn ? "WITHDRAWN" : "RECORDED");
					inspection.setDate(15, withdrawn ? Date.valueOf(on.plusDays(3)) : null);
					inspection.setString(16, withdrawn ? "Ghi nhầm mô hình" : null);
					inspection.setString(17, withdrawn ? "bench" : null);
					inspection.setString(18, searchKey);
					inspection.setString(19, model.sortKey());
					inspection.setTimestamp(20, now);
					inspection.setTimestamp(21, now);
					inspection.addBatch();
					inserted++;
					if (!withdrawn) {
						last = on;
					}
				}
				watch.setLong(1, model.id());
				watch.setString(2, model.name());
				watch.setString(3, model.sortKey());
				watch.setString(4, model.communeName());
				watch.setString(5, model.scopePath());
				watch.setLong(6, model.typeId());
				watch.setString(7, model.status());
				watch.setDate(8, Date.valueOf(model.start()));
				watch.setDate(9, model.end() == null ? null : Date.valueOf(model.end()));
				if (model.personId() == null) {
					watch.setNull(10, java.sql.Types.BIGINT);
				}
				else {
					watch.setLong(10, model.personId());
				}
				watch.setDate(11, last == null ? null : Date.valueOf(last));
				watch.setDate(12, Date.valueOf(last == null ? model.start() : last));
				watch.addBatch();
				if ((n + 1) % BATCH_MODELS == 0) {
					// The watch's levels reference its rows: rows first.
					flush(inspection, level, watch, watchLevel);
				}
			}
			flush(inspection, level, watch, watchLevel);
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter sequence inspection_seq restart with " + (nextId + 50));
			// The tally the inspection module keeps from its events: lock rows and counts per commune and year.
			statement.execute("delete from inspection_tally");
			statement.execute("""
					insert into inspection_tally (scope_path, tally_year, inspections)
					select scope_path, 0, 0 from inspection group by scope_path""");
			statement.execute("""
					insert into inspection_tally (scope_path, tally_year, inspections)
					select scope_path, extract(year from inspected_on), count(*) from inspection where status = 'RECORDED'
					group by scope_path, extract(year from inspected_on)""");
		}
		return inserted;
	}

	private static String fold(String... parts) {
		StringBuilder key = new StringBuilder();
		for (String part : parts) {
			key.append(VietnameseText.fold(part)).append(' ');
		}
		String folded = key.toString().replaceAll("\\s+", " ").strip();
		return folded.length() > 1000 ? folded.substring(0, 1000) : folded;
	}

	private static void flush(PreparedStatement... statements) throws SQLException {
		for (PreparedStatement statement : statements) {
			statement.executeBatch();
		}
	}

	private static List<Model> models(Connection connection) throws SQLException {
		List<Model> models = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select i.id, i.name, i.type_id, i.commune_id, i.commune_name, i.place_text, i.scope_path,
						i.start_date, i.end_date, i.status, i.sort_key, i.person_in_charge_id, coalesce(l.pilot_level, 'NONE')
						from initiative i left join initiative_level l on l.initiative_id = i.id and l.level_year = 2025
						order by i.id""")) {
			while (rows.next()) {
				Date end = rows.getDate(9);
				long person = rows.getLong(12);
				Long personId = rows.wasNull() ? null : person;
				models.add(new Model(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
						rows.getString(5), rows.getString(6), rows.getString(7), rows.getDate(8).toLocalDate(),
						end == null ? null : end.toLocalDate(), rows.getString(10), rows.getString(11), personId,
						rows.getString(13)));
			}
		}
		return models;
	}

	private static Map<Long, String> typeNames(Connection connection) throws SQLException {
		Map<Long, String> names = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id, name from initiative_type")) {
			while (rows.next()) {
				names.put(rows.getLong(1), rows.getString(2));
			}
		}
		return names;
	}

}
