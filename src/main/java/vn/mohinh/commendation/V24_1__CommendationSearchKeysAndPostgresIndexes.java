package vn.mohinh.commendation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.text.VietnameseText;

/**
 * Folds the names of the effective models copied by V24 (SQL cannot fold Vietnamese), and on
 * PostgreSQL adds the pattern indexes that prefix matches on scope paths need (like V21_1).
 */
@Component
class V24_1__CommendationSearchKeysAndPostgresIndexes extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Map<String, String> keys = new LinkedHashMap<>();
		try (Statement read = context.getConnection().createStatement();
				ResultSet rs = read.executeQuery("select distinct initiative_name from commendation_effective_model where search_key is null")) {
			while (rs.next()) {
				keys.put(rs.getString(1), VietnameseText.fold(rs.getString(1)));
			}
		}
		try (PreparedStatement update = context.getConnection()
			.prepareStatement("update commendation_effective_model set search_key = ? where initiative_name = ? and search_key is null")) {
			for (Map.Entry<String, String> key : keys.entrySet()) {
				update.setString(1, key.getValue());
				update.setString(2, key.getKey());
				update.addBatch();
			}
			update.executeBatch();
		}
		if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("create index ix_commendation_recipient_pattern on commendation_recipient "
					+ "(scope_path varchar_pattern_ops, commendation_id)");
			statement.execute("create index ix_commendation_effective_pattern on commendation_effective_model "
					+ "(scope_path varchar_pattern_ops, eval_year, effective)");
			statement.execute("create index ix_commendation_scope_pattern on commendation "
					+ "(scope_path varchar_pattern_ops, recognised_on desc, id)");
			statement.execute("create index ix_nomination_scope_pattern on nomination (scope_path varchar_pattern_ops, id)");
			statement.execute("create index ix_exemplar_scope_pattern on exemplar (scope_path varchar_pattern_ops, sort_key, id)");
		}
	}

}
