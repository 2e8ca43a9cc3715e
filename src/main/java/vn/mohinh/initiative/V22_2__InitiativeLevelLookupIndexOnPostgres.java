package vn.mohinh.initiative;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * For {@link InitiativeStatistics} on PostgreSQL: a model's level in a year by its key with the level
 * included, so that the levels of a province's models are looked up without touching the table
 * (3 µs a model instead of about 10; docs/benchmarks.md). H2 has no {@code include} and no need of it
 * at the size it serves.
 */
@Component
class V22_2__InitiativeLevelLookupIndexOnPostgres extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("""
					create index if not exists ix_initiative_level_lookup on initiative_level (initiative_id, level_year)
					include (pilot_level)""");
		}
	}

}
