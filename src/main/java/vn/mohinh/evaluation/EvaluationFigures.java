package vn.mohinh.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The dashboard's figures about evaluations, computed live in SQL: per year, how many models were
 * evaluated in an area and how many were judged effective (index ix_evaluation_year, and on
 * PostgreSQL the pattern index of V21_1).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationFigures {

	/** The most years one call answers. */
	public static final int MAX_YEARS = 100;

	private final JdbcClient jdbc;
	private final ScopeGuard scope;

	EvaluationFigures(JdbcClient jdbc, ScopeGuard scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	/**
	 * Every year from {@code fromYear} to {@code toYear}, in order, years without an evaluation with
	 * zeros. {@code area} is the user's scope or a locality's subtree inside it
	 * ({@code ScopeGuard.scopeOfRoot}); an area the signed-in user may not see is refused as not found.
	 */
	public List<YearEffectiveness> effectivenessByYear(Scope area, int fromYear, int toYear) {
		requireVisible(area);
		if (toYear < fromYear || toYear - fromYear >= MAX_YEARS) {
			throw new IllegalArgumentException("years " + fromYear + "–" + toYear);
		}
		Map<Integer, long[]> byYear = new HashMap<>();
		if (area.everywhere() || !area.prefixes().isEmpty()) {
			StringBuilder sql = new StringBuilder("""
					select eval_year, count(*), sum(case when effective then 1 else 0 end)
					from evaluation where eval_year between ? and ?""");
			List<Object> params = new ArrayList<>(List.of(fromYear, toYear));
			if (!area.everywhere()) {
				sql.append(" and (");
				for (int i = 0; i < area.prefixes().size(); i++) {
					sql.append(i == 0 ? "" : " or ").append("scope_path like ?");
					params.add(escape(area.prefixes().get(i)) + "%");
				}
				sql.append(")");
			}
			sql.append(" group by eval_year");
			jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
				byYear.put(rs.getInt(1), new long[] { rs.getLong(2), rs.getLong(3) });
				return null;
			}).list();
		}
		List<YearEffectiveness> years = new ArrayList<>();
		for (int year = fromYear; year <= toYear; year++) {
			long[] counts = byYear.getOrDefault(year, new long[2]);
			years.add(new YearEffectiveness(year, counts[0], counts[1]));
		}
		return years;
	}

	/** The area must lie within what the user sees: every prefix covered, or the user national. */
	private void requireVisible(Scope area) {
		Scope mine = scope.current();
		boolean visible = mine.everywhere() || (!area.everywhere() && area.prefixes().stream().allMatch(mine::covers));
		if (!visible) {
			throw new NotFoundException("area", area.prefixes());
		}
	}

	/** Paths hold digits and slashes; escaping keeps a stray wildcard from widening the area anyway. */
	private static String escape(String prefix) {
		return prefix.replace("%", "").replace("_", "");
	}


	/**
	 * The rating of the latest evaluation, in {@code year} or before, of each model among
	 * {@code initiativeIds} that the user may see (models never evaluated are absent); for report
	 * annexes, a page of models at a time (at most 1,000 ids).
	 */
	public Map<Long, Rating> latestRatings(java.util.Collection<Long> initiativeIds, int year) {
		Map<Long, Rating> ratings = new HashMap<>();
		if (initiativeIds.isEmpty()) {
			return ratings;
		}
		if (initiativeIds.size() > 1000) {
			throw new IllegalArgumentException("at most 1000 models at once");
		}
		Map<Long, Integer> years = new HashMap<>();
		List<Object> params = new ArrayList<>(initiativeIds);
		params.add(year);
		String marks = String.join(", ", java.util.Collections.nCopies(initiativeIds.size(), "?"));
		jdbc.sql("select initiative_id, eval_year, rating, scope_path from evaluation where initiative_id in (" + marks
				+ ") and eval_year <= ?")
			.params(params)
			.query((java.sql.ResultSet rs) -> {
				long id = rs.getLong(1);
				int y = rs.getInt(2);
				if (scope.canRead(rs.getString(4)) && y >= years.getOrDefault(id, Integer.MIN_VALUE)) {
					years.put(id, y);
					ratings.put(id, Rating.valueOf(rs.getString(3)));
				}
			});
		return ratings;
	}

}
