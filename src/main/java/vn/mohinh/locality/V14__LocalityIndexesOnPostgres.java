package vn.mohinh.locality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Locality indexes only PostgreSQL needs (docs/benchmarks.md): scope checks are prefix LIKEs on
 * {@code path}, which a b-tree serves only with the pattern operator class when the collation is not
 * C; accent-free search is an infix LIKE on {@code search_key}, which a trigram index serves. Without
 * the right to create pg_trgm the search index is left out and MoHinh still starts. H2 needs neither.
 */
@Component
class V14__LocalityIndexesOnPostgres extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("create index ix_locality_path_pattern on locality (path varchar_pattern_ops)");
			Savepoint beforeExtension = connection.setSavepoint();
			try {
				statement.execute("create extension if not exists pg_trgm");
				statement.execute("create index ix_locality_search_trgm on locality using gin (search_key gin_trgm_ops)");
				connection.releaseSavepoint(beforeExtension);
			}
			catch (java.sql.SQLException e) {
				// No pg_trgm or no right to create it: searches work, only slower at national scale.
				connection.rollback(beforeExtension);
			}
		}
	}

}
