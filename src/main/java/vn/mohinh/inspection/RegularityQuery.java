package vn.mohinh.inspection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.mohinh.initiative.PilotLevel;
import vn.mohinh.locality.Scope;

/**
 * The regularity reads over the watch, in SQL that H2 and PostgreSQL both run and an index serves:
 * the area is a set of {@code scope_path} prefixes, the model's level in the day's year comes from
 * {@code inspection_watch_level}, and "overdue" or "due soon" is a range of {@code base_on} per level
 * whose ends {@link RegularityRule} computes in Java. Scope is the caller's business: the area given
 * here is read as it is (the reminder job reads the whole country on purpose).
 */
@Component
class RegularityQuery {

	/** The statuses of closed models, which are not watched. */
	static final String OPEN = "w.status not in ('CONVERTED', 'DISCONTINUED')";

	private static final String COLUMNS = """
			select w.initiative_id, w.name, w.commune_name, w.scope_path, w.type_id, w.start_date, w.last_inspected_on,
			w.base_on, w.person_in_charge_id, l.pilot_level
			""";

	private final JdbcClient jdbc;

	RegularityQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which models a list shows on a day. */
	enum Kind {
		OVERDUE, DUE_SOON
	}

	/** A list's filters: the area (prefixes, already within the user's scope), a type or null, the day. */
	record Criteria(Scope area, Long typeId, LocalDate day) {
	}

	/** A watched model as the watch knows it, with its level in the day's year. */
	record Watched(long initiativeId, String name, String communeName, String scopePath, long typeId,
			LocalDate startDate, LocalDate lastInspectedOn, LocalDate baseOn, Long personInChargeId, PilotLevel level) {
	}

	/** The overdue or due-soon models of the criteria, in Vietnamese order of their names, one page. */
	Page<Watched> list(Kind kind, Criteria criteria, RegularityRule rule, Pageable pageable) {
		Where where = running(criteria).and(kind == Kind.OVERDUE ? overdue(rule, criteria.day()) : dueSoon(rule, criteria.day()));
		return page(criteria.area(), where, criteria.day(), pageable);
	}

	/** The models whose due date is {@code due}, in name order, one page (a day of the calendar). */
	Page<Watched> dueOn(Criteria criteria, LocalDate due, RegularityRule rule, Pageable pageable) {
		Where where = running(criteria).and(bases(rule, due, due));
		return page(criteria.area(), where, criteria.day(), pageable);
	}

	/**
	 * How many models fall due on each day from {@code from} to {@code to} (one month of the calendar),
	 * by the level of {@code criteria.day()}'s year: counted per level and base day in SQL, spread over
	 * due days here. Days without any are left out.
	 */
	Map<LocalDate, Long> dueCounts(Criteria criteria, LocalDate from, LocalDate to, RegularityRule rule) {
		Where where = running(criteria).and(bases(rule, from, to));
		Map<LocalDate, Long> counts = new TreeMap<>();
		Where join = from(criteria.area(), criteria.day().getYear());
		jdbc.sql("select l.pilot_level, w.base_on, count(*) " + join.sql + where.sql + " group by l.pilot_level, w.base_on")
			.params(join.and(where).params)
			.query((ResultSet rs) -> {
				while (rs.next()) {
					PilotLevel level = level(rs.getString(1));
					LocalDate due = rule.dueOn(rs.getDate(2).toLocalDate(), level);
					if (!due.isBefore(from) && !due.isAfter(to)) {
						counts.merge(due, rs.getLong(3), Long::sum);
					}
				}
				return counts;
			});
		return counts;
	}

	/** Running models, overdue ones and due-soon ones of an area on a day, in one pass. */
	long[] coverage(Scope area, LocalDate day, RegularityRule rule) {
		Where running = running(new Criteria(area, null, day));
		Where overdue = overdue(rule, day);
		Where dueSoon = dueSoon(rule, day);
		Where from = from(area, day.getYear());
		List<Object> params = new ArrayList<>();
		params.addAll(overdue.params);
		params.addAll(dueSoon.params);
		params.addAll(from.params);
		params.addAll(running.params);
		String sql = "select count(*), coalesce(sum(case when " + overdue.sql + " then 1 else 0 end), 0), "
				+ "coalesce(sum(case when " + dueSoon.sql + " then 1 else 0 end), 0) " + from.sql + running.sql;
		return jdbc.sql(sql).params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).single();
	}

	/**
	 * The next models nationwide that are overdue or due soon on a day, after {@code afterId} in id
	 * order (the reminder job walks them batch by batch; no user is signed in, no scope applies).
	 */
	List<Watched> remindable(LocalDate day, long afterId, int size, RegularityRule rule) {
		Where where = running(new Criteria(Scope.EVERYWHERE, null, day)).and(dueBefore(rule, day))
			.and(new Where("w.initiative_id > ?", List.of(afterId)));
		Where from = from(Scope.EVERYWHERE, day.getYear());
		List<Object> params = new ArrayList<>(from.and(where).params);
		params.add(size);
		return jdbc.sql(COLUMNS + from.sql + where.sql + " order by w.initiative_id fetch first ? rows only")
			.params(params).query(RegularityQuery::watched).list();
	}

	private Page<Watched> page(Scope area, Where where, LocalDate day, Pageable pageable) {
		Where from = from(area, day.getYear());
		List<Object> params = from.and(where).params;
		long total = jdbc.sql("select count(*) " + from.sql + where.sql).params(params).query(Long.class).single();
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		List<Object> paged = new ArrayList<>(params);
		paged.add(pageable.getOffset());
		paged.add(pageable.getPageSize());
		List<Watched> rows = jdbc.sql(COLUMNS + from.sql + where.sql
				+ " order by w.sort_key, w.initiative_id offset ? rows fetch next ? rows only")
			.params(paged).query(RegularityQuery::watched).list();
		return new PageImpl<>(rows, pageable, total);
	}

	private static Watched watched(ResultSet rs, int row) throws SQLException {
		Date last = rs.getDate("last_inspected_on");
		long person = rs.getLong("person_in_charge_id");
		Long personId = rs.wasNull() ? null : person;
		return new Watched(rs.getLong("initiative_id"), rs.getString("name"), rs.getString("commune_name"),
				rs.getString("scope_path"), rs.getLong("type_id"), rs.getDate("start_date").toLocalDate(),
				last == null ? null : last.toLocalDate(), rs.getDate("base_on").toLocalDate(), personId,
				level(rs.getString("pilot_level")));
	}

	private static PilotLevel level(String name) {
		return name == null ? PilotLevel.NONE : PilotLevel.valueOf(name);
	}

	// ---- conditions ----

	/**
	 * The watch with each model's level in the year (no row: NONE), up to "where ". The level rows
	 * repeat their model's scope path; the area's prefixes on them too let a province read only its own.
	 */
	private static Where from(Scope area, int year) {
		StringBuilder sql = new StringBuilder("""
				from inspection_watch w
				left join inspection_watch_level l on l.initiative_id = w.initiative_id and l.level_year = ?""");
		List<Object> params = new ArrayList<>(List.of(year));
		if (!area.everywhere() && !area.prefixes().isEmpty()) {
			sql.append(" and (");
			for (int i = 0; i < area.prefixes().size(); i++) {
				sql.append(i == 0 ? "" : " or ").append("l.scope_path like ?");
				params.add(escape(area.prefixes().get(i)) + "%");
			}
			sql.append(")");
		}
		return new Where(sql.append("\nwhere ").toString(), params);
	}

	/** Open models of the area (and type) that run on the day. */
	private static Where running(Criteria c) {
		StringBuilder sql = new StringBuilder(OPEN + " and w.start_date <= ? and (w.end_date is null or w.end_date >= ?)");
		List<Object> params = new ArrayList<>(List.of(c.day(), c.day()));
		if (!c.area().everywhere()) {
			if (c.area().prefixes().isEmpty()) {
				sql.append(" and 1 = 0");
			}
			else {
				sql.append(" and (");
				for (int i = 0; i < c.area().prefixes().size(); i++) {
					sql.append(i == 0 ? "" : " or ").append("w.scope_path like ?");
					params.add(escape(c.area().prefixes().get(i)) + "%");
				}
				sql.append(")");
			}
		}
		if (c.typeId() != null) {
			sql.append(" and w.type_id = ?");
			params.add(c.typeId());
		}
		return new Where(sql.toString(), params);
	}

	private static Where overdue(RegularityRule rule, LocalDate day) {
		Map<PilotLevel, LocalDate[]> ranges = new EnumMap<>(PilotLevel.class);
		for (PilotLevel level : PilotLevel.values()) {
			ranges.put(level, new LocalDate[] { null, rule.overdueBefore(day, level) });
		}
		return byLevel(ranges);
	}

	private static Where dueSoon(RegularityRule rule, LocalDate day) {
		Map<PilotLevel, LocalDate[]> ranges = new EnumMap<>(PilotLevel.class);
		for (PilotLevel level : PilotLevel.values()) {
			ranges.put(level, new LocalDate[] { rule.overdueBefore(day, level), rule.dueSoonBefore(day, level) });
		}
		return byLevel(ranges);
	}

	/** Overdue or due soon. */
	private static Where dueBefore(RegularityRule rule, LocalDate day) {
		Map<PilotLevel, LocalDate[]> ranges = new EnumMap<>(PilotLevel.class);
		for (PilotLevel level : PilotLevel.values()) {
			ranges.put(level, new LocalDate[] { null, rule.dueSoonBefore(day, level) });
		}
		return byLevel(ranges);
	}

	/** Due from {@code from} to {@code to}, both included. */
	private static Where bases(RegularityRule rule, LocalDate from, LocalDate to) {
		Map<PilotLevel, LocalDate[]> ranges = new EnumMap<>(PilotLevel.class);
		for (PilotLevel level : PilotLevel.values()) {
			ranges.put(level, rule.basesDueBetween(from, to, level));
		}
		return byLevel(ranges);
	}

	/**
	 * {@code (level = A and base_on >= ? and base_on < ?) or …}; NONE also stands for no level recorded.
	 * The level names are the enum's, never user input.
	 */
	private static Where byLevel(Map<PilotLevel, LocalDate[]> ranges) {
		StringBuilder sql = new StringBuilder("(");
		List<Object> params = new ArrayList<>();
		boolean first = true;
		for (Map.Entry<PilotLevel, LocalDate[]> range : ranges.entrySet()) {
			sql.append(first ? "" : " or ");
			first = false;
			sql.append(range.getKey() == PilotLevel.NONE ? "((l.pilot_level is null or l.pilot_level = 'NONE')"
					: "(l.pilot_level = '" + range.getKey().name() + "'");
			if (range.getValue()[0] != null) {
				sql.append(" and w.base_on >= ?");
				params.add(range.getValue()[0]);
			}
			sql.append(" and w.base_on < ?)");
			params.add(range.getValue()[1]);
		}
		return new Where(sql.append(")").toString(), params);
	}

	/** "%" and "_" in a path are letters (paths hold digits and slashes only, but stay safe). */
	private static String escape(String prefix) {
		return prefix.replace("%", "").replace("_", "");
	}

	/** A piece of SQL with its parameters, in order. */
	private record Where(String sql, List<Object> params) {

		Where {
			params = List.copyOf(params);
		}

		Where and(Where other) {
			List<Object> all = new ArrayList<>(params);
			all.addAll(other.params);
			return new Where(sql + (sql.endsWith("where ") ? "" : " and ") + other.sql, all);
		}

	}

}
