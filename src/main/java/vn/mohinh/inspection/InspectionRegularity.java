package vn.mohinh.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Inspection figures for dashboards and reports, computed live over the watch and the inspections
 * (docs/decisions/0004-inspection-regularity.md for the rule).
 *
 * <p>The area is a set of locality path prefixes: the signed-in user's scope ({@code ScopeGuard.current()})
 * or a locality's subtree ({@code ScopeGuard.scopeOfRoot(id)}). An area that the user's scope does not
 * cover, prefix by prefix, is refused with {@link NotFoundException}, as a record outside it would be.
 */
@Service
@Transactional(readOnly = true)
public class InspectionRegularity {

	/** The longest period, in calendar years, {@link #inspectionsByYear} answers. */
	public static final int MAX_YEARS = 50;

	/**
	 * The models of an area running on a day (open: neither converted nor discontinued, started, not
	 * ended): how many, how many were inspected within the policy (not overdue), how many are overdue,
	 * and how many of those within the policy fall due in the next 30 days. {@code running = withinPolicy + overdue}.
	 */
	public record Coverage(long running, long withinPolicy, long overdue, long dueSoon) {

		/** The share inspected within the policy, 0 to 1 (1 when nothing runs). */
		public double share() {
			return running == 0 ? 1.0 : (double) withinPolicy / running;
		}

	}

	/** Standing (not withdrawn) inspections dated in a calendar year. */
	public record YearCount(int year, long count) {
	}

	private final RegularityQuery query;
	private final InspectionPolicyService policies;
	private final ScopeGuard scopes;
	private final JdbcClient jdbc;

	InspectionRegularity(RegularityQuery query, InspectionPolicyService policies, ScopeGuard scopes, JdbcClient jdbc) {
		this.query = query;
		this.policies = policies;
		this.scopes = scopes;
		this.jdbc = jdbc;
	}

	/** Coverage of an area on a day. */
	public Coverage coverage(Scope area, LocalDate on) {
		requireCovered(area);
		long[] counts = query.coverage(area, on, policies.rule());
		return new Coverage(counts[0], counts[0] - counts[1], counts[1], counts[2]);
	}

	/**
	 * Standing inspections of the models of an area, year by year from {@code fromYear} to
	 * {@code toYear} (both included; every year present, with 0 when none).
	 */
	public List<YearCount> inspectionsByYear(Scope area, int fromYear, int toYear) {
		requireCovered(area);
		if (toYear < fromYear || toYear - fromYear >= MAX_YEARS) {
			throw new IllegalArgumentException("years " + fromYear + " to " + toYear);
		}
		// The tally counts the standing inspections per commune and year (kept by InspectionWatch).
		StringBuilder sql = new StringBuilder(
				"select tally_year, sum(inspections) from inspection_tally where tally_year >= ? and tally_year <= ?");
		List<Object> params = new ArrayList<>(List.of(fromYear, toYear));
		if (!area.everywhere()) {
			sql.append(" and (");
			for (int i = 0; i < area.prefixes().size(); i++) {
				sql.append(i == 0 ? "" : " or ").append("scope_path like ?");
				params.add(area.prefixes().get(i) + "%");
			}
			sql.append(area.prefixes().isEmpty() ? "1 = 0)" : ")");
		}
		sql.append(" group by tally_year");
		Map<Integer, Long> counts = new TreeMap<>();
		jdbc.sql(sql.toString()).params(params)
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2))).list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		List<YearCount> years = new ArrayList<>();
		for (int year = fromYear; year <= toYear; year++) {
			years.add(new YearCount(year, counts.getOrDefault(year, 0L)));
		}
		return years;
	}

	/** A model due (within the policy's warning window) or overdue for inspection on a day. */
	public record DueModel(long initiativeId, String name, String communeName, LocalDate dueOn, boolean overdue) {
	}

	/**
	 * The models of an area overdue for inspection on a day, then those due soon, each in Vietnamese
	 * order of their names, at most {@code limit} in all (a meeting's agenda lists them).
	 */
	public List<DueModel> dueOrOverdue(Scope area, LocalDate on, int limit) {
		requireCovered(area);
		RegularityRule rule = policies.rule();
		int max = Math.max(1, Math.min(limit, 200));
		List<DueModel> models = new ArrayList<>();
		for (RegularityQuery.Kind kind : List.of(RegularityQuery.Kind.OVERDUE, RegularityQuery.Kind.DUE_SOON)) {
			if (models.size() >= max) {
				break;
			}
			query.list(kind, new RegularityQuery.Criteria(area, null, on), rule,
					org.springframework.data.domain.PageRequest.of(0, max - models.size()))
				.forEach(w -> models.add(new DueModel(w.initiativeId(), w.name(), w.communeName(),
						rule.dueOn(w.baseOn(), w.level()), kind == RegularityQuery.Kind.OVERDUE)));
		}
		return models;
	}

	private void requireCovered(Scope area) {
		Scope user = scopes.current();
		if (user.everywhere()) {
			return;
		}
		if (area.everywhere() || !area.prefixes().stream().allMatch(user::covers)) {
			throw new NotFoundException("area", area.prefixes());
		}
	}


	/**
	 * The day of the latest standing (not withdrawn) inspection on or before {@code on} of each model
	 * among {@code initiativeIds} that the user may see (models never inspected are absent); for report
	 * annexes, a page of models at a time (at most 1,000 ids).
	 */
	public java.util.Map<Long, LocalDate> lastInspectedOn(java.util.Collection<Long> initiativeIds, LocalDate on) {
		java.util.Map<Long, LocalDate> last = new java.util.HashMap<>();
		if (initiativeIds.isEmpty()) {
			return last;
		}
		if (initiativeIds.size() > 1000) {
			throw new IllegalArgumentException("at most 1000 models at once");
		}
		List<Object> params = new ArrayList<>(initiativeIds);
		params.add(on);
		String marks = String.join(", ", java.util.Collections.nCopies(initiativeIds.size(), "?"));
		jdbc.sql("select initiative_id, max(inspected_on), min(scope_path) from inspection where initiative_id in (" + marks
				+ ") and status <> 'WITHDRAWN' and inspected_on <= ? group by initiative_id")
			.params(params)
			.query((java.sql.ResultSet rs) -> {
				if (scopes.canRead(rs.getString(3))) {
					last.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
				}
			});
		return last;
	}

}
