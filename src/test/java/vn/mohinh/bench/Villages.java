package vn.mohinh.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.mohinh.shared.text.VietnameseText;

/**
 * About 100,000 villages (thôn, tổ dân phố) under the 3,321 communes of 1/7/2025, 10 to 50 per
 * commune, written exactly as the locality module writes a village: path, depth, search and sort keys,
 * ids above the locality sequence, which is moved past them afterwards.
 */
class Villages implements GeneratorStep {

	static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
	private static final int MIN_PER_COMMUNE = 10;
	private static final int MAX_PER_COMMUNE = 50;
	private static final int BATCH = 1_000;
	// Hibernate hands out ids in blocks of the sequence's increment; stay a block clear of them.
	private static final int SEQUENCE_BLOCK = 50;

	private record Commune(long id, String kind, String path, int depth) {
	}

	@Override
	public String name() {
		return "villages";
	}

	@Override
	public long existing(Connection connection) throws SQLException {
		return count(connection, "select count(*) from locality where kind in ('THON', 'TO_DAN_PHO', 'LANG', 'BUON')");
	}

	@Override
	public long generate(Connection connection, Random random) throws SQLException {
		List<Commune> communes = communes(connection);
		if (communes.isEmpty()) {
			throw new IllegalStateException("No communes of 1/7/2025: has Flyway loaded the official lists?");
		}
		long nextId = Math.max(count(connection, "select coalesce(max(id), 0) from locality"),
				nextSequenceValue(connection)) + 1;
		String sql = "insert into locality (id, kind, code, name, full_name, alt_name, parent_id, path, depth, "
				+ "valid_from, valid_to, search_key, sort_key, version) values (?,?,null,?,?,null,?,?,?,?,null,?,?,0)";
		long inserted = 0;
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (Commune commune : communes) {
				int villages = MIN_PER_COMMUNE + random.nextInt(MAX_PER_COMMUNE - MIN_PER_COMMUNE + 1);
				// Wards have residential groups; communes and special zones have villages.
				boolean ward = "PHUONG".equals(commune.kind());
				String kind = ward ? "TO_DAN_PHO" : "THON";
				for (int n = 1; n <= villages; n++) {
					long id = nextId++;
					String name = VietnameseText.clean((ward ? "Tổ dân phố " : "Thôn ") + n);
					insert.setLong(1, id);
					insert.setString(2, kind);
					insert.setString(3, name);
					insert.setString(4, name);
					insert.setLong(5, commune.id());
					insert.setString(6, commune.path() + id + "/");
					insert.setInt(7, commune.depth() + 1);
					insert.setDate(8, Date.valueOf(REFORM_DAY));
					// As Locality.searchKeyOf(fullName, null, null): the folded name.
					insert.setString(9, VietnameseText.fold(name));
					insert.setString(10, VietnameseText.sortKey(name));
					insert.addBatch();
					if (++inserted % BATCH == 0) {
						insert.executeBatch();
					}
				}
			}
			insert.executeBatch();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter sequence locality_seq restart with " + (nextId + SEQUENCE_BLOCK));
		}
		return inserted;
	}

	private static List<Commune> communes(Connection connection) throws SQLException {
		List<Commune> communes = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select id, kind, path, depth from locality
				where kind in ('XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU') and valid_from = ? and valid_to is null
				order by id""")) {
			query.setDate(1, Date.valueOf(REFORM_DAY));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					communes.add(new Commune(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
				}
			}
		}
		return communes;
	}

	private static long nextSequenceValue(Connection connection) throws SQLException {
		return count(connection, connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")
				? "select nextval('locality_seq')" : "select next value for locality_seq");
	}

	static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
