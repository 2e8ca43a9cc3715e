package vn.mohinh.initiative;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Indexes only PostgreSQL needs: a prefix LIKE on scope_path uses a b-tree only with the pattern
 * operator class (the database collation is not C), and accent-free search with infix LIKE on
 * search_key uses a trigram index when pg_trgm is available. H2 needs neither.
 */
@Component
class V12__InitiativeIndexesOnPostgres extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("create index ix_initiative_scope_pattern on initiative (scope_path varchar_pattern_ops, sort_key, id)");
			statement.execute("create index ix_initiative_event_scope_pattern on initiative_event (scope_path varchar_pattern_ops)");
			boolean trigrams;
			try (ResultSet rs = statement.executeQuery("select count(*) from pg_available_extensions where name = 'pg_trgm'")) {
				trigrams = rs.next() && rs.getLong(1) > 0;
			}
			if (trigrams) {
				// pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
				statement.execute("create extension if not exists pg_trgm");
				statement.execute("create index ix_initiative_search_trgm on initiative using gin (search_key gin_trgm_ops)");
			}
		}
	}

}
