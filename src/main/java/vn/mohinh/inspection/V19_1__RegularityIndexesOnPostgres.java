package vn.mohinh.inspection;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Regularity indexes only PostgreSQL needs (docs/benchmarks.md): the lists and the dashboard filter
 * the watch by a prefix LIKE on {@code scope_path}, which a b-tree serves only with the pattern operator
 * class when the collation is not C. H2 needs none.
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
			statement.execute("create index ix_inspection_watch_scope_pattern on inspection_watch "
					+ "(scope_path varchar_pattern_ops, sort_key, initiative_id)");
		}
	}

}
