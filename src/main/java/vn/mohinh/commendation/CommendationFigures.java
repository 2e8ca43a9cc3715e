package vn.mohinh.commendation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The figures of commendation for the dashboard and the periodic reports, in SQL on the module's own
 * tables. Every method takes an area (the user's scope, or a locality's subtree inside it from
 * {@code ScopeGuard.scopeOfRoot}) and refuses, as not found, an area the signed-in user may not see.
 * A commendation belongs to an area when one of its recipients lies in it.
 */
@Service
@Transactional(readOnly = true)
public class CommendationFigures {

	/** The most commendations one page of {@link #commendations} answers. */
	public static final int MAX_PAGE = 500;

	private final JdbcClient jdbc;
	private final ScopeGuard scope;

	CommendationFigures(JdbcClient jdbc, ScopeGuard scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	/**
	 * The models rated effective in their evaluation of {@code year} that received no commendation or
	 * praise (not withdrawn) dated in that year or the next one ({@link Gaps#window}).
	 */
	public long effectiveModelsWithoutRecognition(Scope area, int year) {
		requireVisible(area);
		if (nothingIn(area)) {
			return 0;
		}
		List<Object> params = new ArrayList<>();
		String sql = Gaps.from(area, year, params);
		return jdbc.sql("select count(*) " + sql).params(params).query(Long.class).single();
	}

	/** Commendations and praise dated from {@code from} to {@code to} (both included) in the area. */
	public Recognitions recognitions(Scope area, LocalDate from, LocalDate to) {
		requireVisible(area);
		if (nothingIn(area) || to.isBefore(from)) {
			return new Recognitions(0, 0, 0, 0, 0);
		}
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
		String recipientIn = recipientIn("r", area, params);
		String sql = """
				select c.kind, r.kind, r.ref_id, c.id from commendation c join commendation_recipient r on r.commendation_id = c.id
				where c.withdrawn = false and c.recognised_on between ? and ?""" + recipientIn;
		Map<String, java.util.Set<Long>> seen = new HashMap<>();
		jdbc.sql(sql).params(params).query((rs, n) -> {
			seen.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>()).add(rs.getLong(4));
			seen.computeIfAbsent("R:" + rs.getString(2), k -> new java.util.HashSet<>()).add(rs.getLong(3));
			return null;
		}).list();
		long people = size(seen, "R:PERSON");
		long collectives = size(seen, "R:ORGANISATION") + size(seen, "R:VILLAGE");
		return new Recognitions(size(seen, "FORMAL"), size(seen, "PRAISE"), people, collectives, size(seen, "R:MODEL"));
	}

	/**
	 * A page of the commendations dated from {@code from} to {@code to} in the area, oldest first,
	 * each with only the recipients inside the area.
	 */
	public Page<CommendationEntry> commendations(Scope area, LocalDate from, LocalDate to, Pageable pageable) {
		requireVisible(area);
		int size = Math.max(1, Math.min(pageable.getPageSize(), MAX_PAGE));
		if (nothingIn(area) || to.isBefore(from)) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
		String where = " from commendation c where c.withdrawn = false and c.recognised_on between ? and ?"
				+ (area.everywhere() ? "" : " and exists (select 1 from commendation_recipient r where r.commendation_id = c.id"
						+ recipientIn("r", area, params) + ")");
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) pageable.getPageNumber() * size);
		List<CommendationEntry> entries = jdbc.sql("""
				select c.id, c.kind, c.award_category, c.award, c.body_name, c.body_level, c.decision_number,
				c.recognised_on, c.award_year, c.occasion, c.reason""" + where
				+ " order by c.recognised_on, c.id limit ? offset ?")
			.params(pageParams)
			.query((rs, n) -> new CommendationEntry(rs.getLong(1), CommendationKind.valueOf(rs.getString(2)),
					rs.getString(3) == null ? null : AwardCategory.valueOf(rs.getString(3)),
					rs.getString(4) == null ? null : Award.valueOf(rs.getString(4)), rs.getString(5),
					BodyLevel.valueOf(rs.getString(6)), rs.getString(7), rs.getDate(8).toLocalDate(), rs.getInt(9),
					rs.getString(10), rs.getString(11), List.of()))
			.list();
		List<CommendationEntry> named = new ArrayList<>();
		for (CommendationEntry e : entries) {
			List<Object> p = new ArrayList<>(List.of(e.id()));
			List<String> names = jdbc.sql("select r.name from commendation_recipient r where r.commendation_id = ?"
					+ recipientIn("r", area, p) + " order by r.position").params(p).query(String.class).list();
			named.add(new CommendationEntry(e.id(), e.kind(), e.category(), e.award(), e.bodyName(), e.bodyLevel(),
					e.decisionNumber(), e.recognisedOn(), e.year(), e.occasion(), e.reason(), names));
		}
		return new PageImpl<>(named, org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), size), total);
	}

	/**
	 * The exemplars of the period held up in the area, by name, at most {@link #MAX_PAGE}: those with a
	 * commendation or praise (not withdrawn) dated from {@code from} to {@code to}, and those without
	 * any commendation recorded in the period (an exemplar has no date of its own).
	 */
	public List<ExemplarEntry> exemplars(Scope area, LocalDate from, LocalDate to) {
		requireVisible(area);
		if (nothingIn(area) || to.isBefore(from)) {
			return List.of();
		}
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to),
				Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.plusDays(1).atStartOfDay())));
		String sql = """
				select e.id, e.kind, e.subject_name, e.title from exemplar e
				where (exists (select 1 from exemplar_commendation ec join commendation c on c.id = ec.commendation_id
				               where ec.exemplar_id = e.id and c.withdrawn = false and c.recognised_on between ? and ?)
				    or (not exists (select 1 from exemplar_commendation ec where ec.exemplar_id = e.id)
				        and e.created_at >= ? and e.created_at < ?))""" + recipientIn("e", area, params)
				+ " order by e.sort_key, e.id limit " + MAX_PAGE;
		return jdbc.sql(sql).params(params)
			.query((rs, n) -> new ExemplarEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** The gaps themselves, a page at a time, by the model's name (for the gaps page). */
	Page<GapRow> gaps(Scope area, int year, Pageable pageable) {
		requireVisible(area);
		if (nothingIn(area)) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		List<Object> params = new ArrayList<>();
		String from = Gaps.from(area, year, params);
		long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<GapRow> rows = jdbc.sql("select m.initiative_id, m.initiative_name, m.evaluation_id, m.rating" + from
				+ " order by m.search_key, m.initiative_id limit ? offset ?")
			.params(pageParams)
			.query((rs, n) -> new GapRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** " and (r.scope_path like ? or …)", nothing for a national area. */
	static String recipientIn(String alias, Scope area, List<Object> params) {
		if (area.everywhere()) {
			return "";
		}
		StringBuilder sql = new StringBuilder(" and (");
		for (int i = 0; i < area.prefixes().size(); i++) {
			sql.append(i == 0 ? "" : " or ").append(alias).append(".scope_path like ?");
			params.add(escape(area.prefixes().get(i)) + "%");
		}
		return sql.append(")").toString();
	}

	static boolean nothingIn(Scope area) {
		return !area.everywhere() && area.prefixes().isEmpty();
	}

	private static long size(Map<String, java.util.Set<Long>> seen, String key) {
		return seen.getOrDefault(key, java.util.Set.of()).size();
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
	static String escape(String prefix) {
		return prefix.replace("%", "").replace("_", "");
	}

}
