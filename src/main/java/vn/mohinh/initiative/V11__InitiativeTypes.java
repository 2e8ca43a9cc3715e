package vn.mohinh.initiative;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Statement;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.text.VietnameseText;

/**
 * The eleven types of model the source article names (FACTS.md), in every profile: the catalogue
 * starts with them. Java, because the Vietnamese sort keys are computed by the collator.
 */
@Component
class V11__InitiativeTypes extends BaseJavaMigration {

	static final String TYPES = "db/migration/initiative/initiative-types.csv";

	@Override
	public void migrate(Context context) throws Exception {
		String sql = "insert into initiative_type (id, name, name_key, field, description, retired, sort_key, version) "
				+ "values (?,?,?,?,?,false,?,0)";
		long id = 1;
		try (Reader reader = new InputStreamReader(new ClassPathResource(TYPES).getInputStream(), StandardCharsets.UTF_8);
				PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String name = VietnameseText.clean(row.get("name"));
				insert.setLong(1, id++);
				insert.setString(2, name);
				insert.setString(3, InitiativeType.keyOf(name));
				insert.setString(4, InitiativeField.valueOf(row.get("field")).name());
				insert.setString(5, VietnameseText.clean(row.get("description")));
				insert.setString(6, VietnameseText.sortKey(name));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("alter sequence initiative_type_seq restart with " + (id + 50));
		}
	}

}
