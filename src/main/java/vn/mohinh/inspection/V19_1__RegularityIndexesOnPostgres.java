package vn.mohinh.inspection;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Regularity indexes only PostgreSQL needs (docs/benchmarks.md). The lists and the dashboard filter
 * the watch by a prefix LIKE on {@code scope_path}, which a b-tree serves only with the pattern operator
 * class when the collation is not C; the index carries what the counts read, so that they scan the index
 * alone. The levels of a year are read the same way. H2 accepts neither the operator class nor INCLUDE.
 */
@Component
class V19_1__RegularityIndexesOnPostgres extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("drop index ix_inspection_watch_scope");
			statement.execute("create index ix_inspection_watch_scope_pattern on inspection_watch "
					+ "(scope_path varchar_pattern_ops) include (status, start_date, end_date, base_on, type_id, initiative_id)");
			statement.execute("drop index ix_inspection_watch_level_scope");
			statement.execute("create index ix_inspection_watch_level_scope_pattern on inspection_watch_level "
					+ "(level_year, scope_path varchar_pattern_ops) include (initiative_id, pilot_level)");
			statement.execute("create index ix_inspection_tally_scope_pattern on inspection_tally "
					+ "(scope_path varchar_pattern_ops, tally_year) include (inspections)");
		}
	}

}
