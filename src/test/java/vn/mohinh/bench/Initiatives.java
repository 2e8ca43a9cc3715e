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
import java.util.List;
import java.util.Random;

import vn.mohinh.shared.text.VietnameseText;

/**
 * 200,000 models (DESIGN.md §11) in the generated villages of the post-2025 communes: each with a
 * type, one to three villages of its commune, a pilot level for its latest year and a registration,
 * so that the list's filters and joins see national-scale data.
 */
class Initiatives implements GeneratorStep {

	static final int MODELS = Integer.getInteger("bench.models", 200_000);
	private static final int BATCH = 1_000;
	private static final String[] LEVELS = { "NONE", "NONE", "NONE", "DIEM_CAP_XA", "DIEM_CAP_XA", "DIEM_CAP_HUYEN",
			"DIEM_CAP_TINH" };
	private static final String[] STATUSES = { "ACTIVE", "ACTIVE", "ACTIVE", "MAINTAINED", "MAINTAINED", "DISCONTINUED" };

	private record Village(long id, String name) {
	}

	private record Commune(long id, String code, String name, String path, List<Village> villages) {
	}

	private record Type(long id, String name) {
	}

	@Override
	public String name() {
		return "initiatives";
	}

	@Override
	public long existing(Connection connection) throws SQLException {
		return Villages.count(connection, "select count(*) from initiative");
	}

	@Override
	public long generate(Connection connection, Random random) throws SQLException {
		List<Commune> communes = communes(connection);
		List<Type> types = types(connection);
		if (communes.isEmpty() || types.isEmpty()) {
			throw new IllegalStateException("Run the villages step first; the model types come from Flyway");
		}
		long nextId = Villages.count(connection, "select coalesce(max(id), 0) from initiative") + 1_000;
		Timestamp now = Timestamp.from(Instant.now());
		try (PreparedStatement model = connection.prepareStatement("""
				insert into initiative (id, name, type_id, commune_id, commune_code, commune_name, place_text, scope_path,
				start_date, start_year, published, status, current_level, search_key, sort_key, created_at, updated_at, version)
				values (?,?,?,?,?,?,?,?,?,?,false,?,?,?,?,?,?,0)""");
				PreparedStatement site = connection.prepareStatement(
						"insert into initiative_site (initiative_id, village_id, village_name) values (?,?,?)");
				PreparedStatement level = connection.prepareStatement(
						"insert into initiative_level (initiative_id, level_year, pilot_level) values (?,?,?)");
				PreparedStatement registration = connection.prepareStatement("""
						insert into initiative_registration (initiative_id, position, reg_year, status, registered_on, organisation_name)
						values (?,0,?,?,?,?)""")) {
			for (int n = 0; n < MODELS; n++) {
				Commune commune = communes.get(random.nextInt(communes.size()));
				Type type = types.get(random.nextInt(types.size()));
				long id = nextId++;
				LocalDate start = LocalDate.of(2017 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28));
				String name = type.name();
				String levelName = LEVELS[random.nextInt(LEVELS.length)];
				model.setLong(1, id);
				model.setString(2, name);
				model.setLong(3, type.id());
				model.setLong(4, commune.id());
				model.setString(5, commune.code());
				model.setString(6, commune.name());
				model.setString(7, commune.name());
				model.setString(8, commune.path());
				model.setDate(9, Date.valueOf(start));
				model.setInt(10, start.getYear());
				model.setString(11, STATUSES[random.nextInt(STATUSES.length)]);
				model.setString(12, levelName);
				model.setString(13, VietnameseText.fold(name + " " + commune.name()));
				model.setString(14, VietnameseText.sortKey(name));
				model.setTimestamp(15, now);
				model.setTimestamp(16, now);
				model.addBatch();
				int sites = Math.min(commune.villages().size(), 1 + random.nextInt(3));
				int first = random.nextInt(commune.villages().size());
				for (int s = 0; s < sites; s++) {
					Village village = commune.villages().get((first + s) % commune.villages().size());
					site.setLong(1, id);
					site.setLong(2, village.id());
					site.setString(3, village.name());
					site.addBatch();
				}
				level.setLong(1, id);
				level.setInt(2, 2025);
				level.setString(3, levelName);
				level.addBatch();
				registration.setLong(1, id);
				registration.setInt(2, start.getYear());
				registration.setString(3, "REGISTERED");
				registration.setDate(4, Date.valueOf(start));
				registration.setString(5, "Ban Tuyên giáo");
				registration.addBatch();
				if ((n + 1) % BATCH == 0) {
					flush(model, site, level, registration);
				}
			}
			flush(model, site, level, registration);
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter sequence initiative_seq restart with " + (nextId + 50));
		}
		return MODELS;
	}

	private static void flush(PreparedStatement... statements) throws SQLException {
		for (PreparedStatement statement : statements) {
			statement.executeBatch();
		}
	}

	private static List<Commune> communes(Connection connection) throws SQLException {
		List<Commune> communes = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select c.id, c.code, c.full_name, c.path, v.id, v.name from locality c
						join locality v on v.parent_id = c.id and v.kind in ('THON', 'TO_DAN_PHO')
						where c.valid_from = date '2025-07-01' and c.kind in ('XA', 'PHUONG', 'DAC_KHU')
						order by c.id, v.id""")) {
			Commune current = null;
			while (rows.next()) {
				if (current == null || current.id() != rows.getLong(1)) {
					current = new Commune(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
							new ArrayList<>());
					communes.add(current);
				}
				current.villages().add(new Village(rows.getLong(5), rows.getString(6)));
			}
		}
		return communes;
	}

	private static List<Type> types(Connection connection) throws SQLException {
		List<Type> types = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id, name from initiative_type where not retired")) {
			while (rows.next()) {
				types.add(new Type(rows.getLong(1), rows.getString(2)));
			}
		}
		return types;
	}

}
