package vn.mohinh.evaluation;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Evaluation indexes only PostgreSQL needs: scope checks and subtree filters are prefix LIKEs on
 * {@code scope_path}, which a b-tree serves only with the pattern operator class when the database
 * collation is not C. One for the list (then Vietnamese order), one for the dashboard's yearly
 * counts (read from the index alone). H2 uses the plain indexes of V21. Version 21.1, not 20.1:
 * the table is created by V21.
 */
@Component
class V21_1__EvaluationIndexesOnPostgres extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("create index ix_evaluation_scope_pattern on evaluation "
					+ "(scope_path varchar_pattern_ops, sort_key, eval_year desc, id)");
			statement.execute("create index ix_evaluation_year_pattern on evaluation "
					+ "(scope_path varchar_pattern_ops, eval_year, effective)");
		}
	}

}
