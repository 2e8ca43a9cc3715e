package vn.mohinh.inspection;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Inspection indexes only PostgreSQL needs: the scope check and the locality filter are prefix LIKEs
 * on {@code scope_path}, which a b-tree serves only with the pattern operator class when the
 * database collation is not C. H2 serves them with the plain index of V18.
 */
@Component
class V18_1__InspectionIndexesOnPostgres extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("create index ix_inspection_scope_pattern on inspection (scope_path varchar_pattern_ops, inspected_on, id)");
		}
	}

}
