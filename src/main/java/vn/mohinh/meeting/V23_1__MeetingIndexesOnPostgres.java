package vn.mohinh.meeting;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Meeting indexes only PostgreSQL needs: scope checks and locality filters are prefix LIKEs on
 * {@code scope_path}, which a b-tree serves only with the pattern operator class when the database
 * collation is not C. The meeting list (newest first), the action item list and overdue count
 * (status, due date), the commitments of a year. H2 uses the plain indexes of V23.
 */
@Component
class V23_1__MeetingIndexesOnPostgres extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("create index ix_meeting_scope_pattern on meeting "
					+ "(scope_path varchar_pattern_ops, meeting_date desc, id)");
			statement.execute("create index ix_action_item_scope_pattern on action_item "
					+ "(scope_path varchar_pattern_ops, status, due_date, id)");
			statement.execute("create index ix_commitment_year_pattern on commitment "
					+ "(scope_path varchar_pattern_ops, commit_year)");
		}
	}

}
