package vn.mohinh.locality;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.text.VietnameseText;

/**
 * Imports the official lists shipped in {@code data/admin-units/} (see its README for sources and
 * licences): the units before the 2025 reform (valid until 30/06/2025), the units after it (from
 * 01/07/2025), and the old → new links as mergers. A Flyway migration so that it runs exactly once,
 * in one transaction, on H2 and PostgreSQL alike.
 */
@Component
class V2__OfficialLocalities extends BaseJavaMigration {

	static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
	private static final String DIR = "data/admin-units/";

	private long nextId = 1;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<String, String> altNames = new HashMap<>();
		for (CSVRecord row : read("kon-ray.csv")) {
			if (!row.get("alt_name").isBlank() && !row.get("alt_name").equals(row.get("name"))) {
				altNames.put(row.get("code"), row.get("alt_name"));
			}
		}
		Map<String, Long> oldIds = insertUnits(connection, read("admin-units-vn.csv"), null,
				REFORM_DAY.minusDays(1), altNames);
		Map<String, Long> newIds = insertUnits(connection, read("admin-units-vn-2025.csv"), REFORM_DAY, null,
				Map.of());
		Map<String, String> legalBasis = new HashMap<>();
		for (CSVRecord row : read("kon-ray-2025.csv")) {
			legalBasis.put(row.get("old_code") + ">" + row.get("new_code"), LegalBasis.vietnamese(row.get("legal_basis")));
		}
		insertMergers(connection, read("admin-units-vn-2025-mapping.csv"), oldIds, newIds, legalBasis);
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter sequence locality_seq restart with " + (nextId + 50));
		}
	}

	private Map<String, Long> insertUnits(Connection connection, List<CSVRecord> rows, LocalDate from, LocalDate to,
			Map<String, String> altNames) throws SQLException {
		List<CSVRecord> ordered = new ArrayList<>(rows);
		ordered.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("level"))));
		Map<String, Long> ids = new HashMap<>();
		Map<Long, String> paths = new HashMap<>();
		String sql = "insert into locality (id, kind, code, name, full_name, alt_name, parent_id, path, depth, "
				+ "valid_from, valid_to, search_key, sort_key, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,0)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			int batch = 0;
			for (CSVRecord row : ordered) {
				long id = nextId++;
				String code = row.get("code");
				String parentCode = row.get("parent_code");
				Long parentId = parentCode.isBlank() ? null : ids.get(parentCode);
				if (!parentCode.isBlank() && parentId == null) {
					throw new IllegalStateException("Parent " + parentCode + " of " + code + " is missing");
				}
				String path = (parentId == null ? "/" : paths.get(parentId)) + id + "/";
				ids.put(code, id);
				paths.put(id, path);
				String name = VietnameseText.clean(row.get("name"));
				String fullName = VietnameseText.clean(row.get("full_name"));
				String alt = altNames.get(code);
				insert.setLong(1, id);
				insert.setString(2, LocalityKind.fromTypeCode(row.get("type_code")).name());
				insert.setString(3, code);
				insert.setString(4, name);
				insert.setString(5, fullName);
				insert.setString(6, alt);
				if (parentId == null) {
					insert.setNull(7, Types.BIGINT);
				}
				else {
					insert.setLong(7, parentId);
				}
				insert.setString(8, path);
				insert.setInt(9, path.split("/").length - 2);
				setDate(insert, 10, from);
				setDate(insert, 11, to);
				insert.setString(12, Locality.searchKeyOf(fullName, alt, code));
				insert.setString(13, VietnameseText.sortKey(name));
				insert.addBatch();
				if (++batch % 500 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		return ids;
	}

	private void insertMergers(Connection connection, List<CSVRecord> rows, Map<String, Long> oldIds,
			Map<String, Long> newIds, Map<String, String> legalBasis) throws SQLException {
		String sql = "insert into locality_merger (id, predecessor_id, successor_id, relation, effective_on, legal_basis) "
				+ "values (?,?,?,?,?,?)";
		long mergerId = 1;
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			int batch = 0;
			for (CSVRecord row : rows) {
				Long from = oldIds.get(row.get("old_code"));
				Long to = newIds.get(row.get("new_code"));
				if (from == null || to == null) {
					throw new IllegalStateException("Mapping row refers to an unknown unit: " + row);
				}
				insert.setLong(1, mergerId++);
				insert.setLong(2, from);
				insert.setLong(3, to);
				insert.setString(4, "full".equals(row.get("relation")) ? "FULL" : "PARTIAL");
				setDate(insert, 5, REFORM_DAY);
				insert.setString(6, legalBasis.get(row.get("old_code") + ">" + row.get("new_code")));
				insert.addBatch();
				if (++batch % 500 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter sequence locality_merger_seq restart with " + (mergerId + 50));
		}
	}

	private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
		if (date == null) {
			statement.setNull(index, Types.DATE);
		}
		else {
			statement.setDate(index, Date.valueOf(date));
		}
	}

	private static List<CSVRecord> read(String file) throws IOException {
		try (Reader reader = new InputStreamReader(new ClassPathResource(DIR + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
