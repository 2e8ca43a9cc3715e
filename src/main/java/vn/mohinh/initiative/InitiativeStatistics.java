package vn.mohinh.initiative;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.Scope;
import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Counts of models for dashboards and reports, computed live with a few GROUP BY queries over the
 * model table (no model is loaded): the models of an area running in a period, by status, type,
 * pilot level and commune, and year by year how many started, ran and were closed.
 *
 * <p>The area is a set of locality path prefixes: the signed-in user's scope
 * ({@code ScopeGuard.current()}) or a locality's subtree ({@code ScopeGuard.scopeOfRoot(id)}). An area
 * the user's scope does not cover is refused with {@link NotFoundException}, as a record outside it.
 *
 * <p>Definitions. A model <em>runs</em> in a period when it started on or before its last day and did
 * not end before its first day ({@code end_date} is the day a model was closed, or its planned end).
 * It is <em>closed</em> on the day it was converted or discontinued (its end date). Its pilot level in
 * a year is the level recorded for that year; none recorded counts as {@link PilotLevel#NONE}, as in
 * {@link InitiativeView#levelIn(int)}. Year by year, a model runs in a year when it runs in some day of
 * it (whole calendar years, also at the period's ends).
 */
@Service
@Transactional(readOnly = true)
public class InitiativeStatistics {

	/** Communes listed by name before the rest are summed up as "others". */
	public static final int TOP_COMMUNES = 10;

	/** The longest period, in calendar years, one call answers (the yearly trend has a row per year). */
	public static final int MAX_YEARS = 50;

	private static final String CLOSED = "('" + InitiativeStatus.CONVERTED.name() + "', '"
			+ InitiativeStatus.DISCONTINUED.name() + "')";

	private final JdbcClient jdbc;
	private final InitiativeAccess access;

	InitiativeStatistics(JdbcClient jdbc, InitiativeAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The figures of an area and period, in a shape ready for tables and charts. */
	public record Figures(LocalDate from, LocalDate to, long running, long runningOnEnd, long started, long closed,
			List<StatusCount> byStatus, List<TypeCount> byType, int levelYear, List<LevelCount> byLevel,
			List<CommuneCount> byCommune, Others otherCommunes, List<YearFigures> byYear) {

		public Figures {
			byStatus = List.copyOf(byStatus);
			byType = List.copyOf(byType);
			byLevel = List.copyOf(byLevel);
			byCommune = List.copyOf(byCommune);
			byYear = List.copyOf(byYear);
		}

		/** Running models of a status (0 when none). */
		public long count(InitiativeStatus status) {
			return byStatus.stream().filter(s -> s.status() == status).mapToLong(StatusCount::count).sum();
		}

		/** Running models of a pilot level in {@link #levelYear()} (0 when none). */
		public long count(PilotLevel level) {
			return byLevel.stream().filter(l -> l.level() == level).mapToLong(LevelCount::count).sum();
		}

	}

	/** Models running in the period with this status now; every status is listed, in its order. */
	public record StatusCount(InitiativeStatus status, long count) {
	}

	/** Models running in the period of a type; types with models only, most models first. */
	public record TypeCount(long typeId, String typeName, long count) {
	}

	/** Models running in the period by pilot level in the year of its last day; every level listed. */
	public record LevelCount(PilotLevel level, long count) {
	}

	/** Models running in the period in a commune (the commune they were placed in); most models first. */
	public record CommuneCount(long communeId, String communeName, long count) {
	}

	/** The communes beyond the first ones listed: how many, and their models. */
	public record Others(int communes, long count) {

		public static final Others NONE = new Others(0, 0);

	}

	/** One calendar year: models started in it, running in some day of it, closed in it. */
	public record YearFigures(int year, long started, long running, long closed) {
	}

	/** {@link #figures(Scope, LocalDate, LocalDate, int)} with the first {@link #TOP_COMMUNES} communes by name. */
	public Figures figures(Scope area, LocalDate from, LocalDate to) {
		return figures(area, from, to, TOP_COMMUNES);
	}

	/**
	 * The figures of the models in {@code area} for the period {@code [from, to]}; the communes with the
	 * most models are listed up to {@code topCommunes}, the rest summed up.
	 *
	 * @throws NotFoundException when the signed-in user's scope does not cover the area
	 * @throws IllegalArgumentException when the period is empty or longer than {@link #MAX_YEARS} years
	 */
	public Figures figures(Scope area, LocalDate from, LocalDate to, int topCommunes) {
		requireCovered(area);
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("period " + from + " – " + to);
		}
		if (to.getYear() - from.getYear() + 1 > MAX_YEARS) {
			throw new IllegalArgumentException("period longer than " + MAX_YEARS + " years");
		}
		Where where = where(area);
		Totals totals = totals(where, from, to);
		List<CommuneCount> communes = communes(where, from, to);
		int shown = Math.max(0, Math.min(topCommunes, communes.size()));
		List<CommuneCount> rest = communes.subList(shown, communes.size());
		Others others = rest.isEmpty() ? Others.NONE
				: new Others(rest.size(), rest.stream().mapToLong(CommuneCount::count).sum());
		return new Figures(from, to, totals.running, totals.runningOnEnd, totals.started, totals.closed,
				totals.byStatus(), totals.byType(typeNames()), to.getYear(), levels(area, where, from, to, totals.running),
				communes.subList(0, shown), others, totals.byYear);
	}

	/**
	 * The decisions on models of an area dated in {@code [from, to]}: models replicated (origins with a
	 * replica started in the period, and the replicas), converted and discontinued (closed in the period
	 * with that status; a closed model never reopens). Read from the lineage and the end dates rather than
	 * today's status, which a later decision overwrites (a model replicated in 2019 and stopped in 2023).
	 */
	public record Decisions(long replicated, long replicas, long converted, long discontinued) {
	}

	/**
	 * {@link Decisions} of the models in {@code area} in the period.
	 *
	 * @throws NotFoundException when the signed-in user's scope does not cover the area
	 */
	public Decisions decisions(Scope area, LocalDate from, LocalDate to) {
		requireCovered(area);
		Where where = where(area);
		List<Object> params = new ArrayList<>(List.of(from, to));
		params.addAll(where.params());
		long[] replicated = new long[2];
		// The origin is the model replicated: it is the one the area counts.
		jdbc.sql("select count(distinct r.origin_id), count(*) from initiative r join initiative i on i.id = r.origin_id"
				+ " where r.origin_relation = 'REPLICATION' and r.start_date >= ? and r.start_date <= ?" + where.sql())
			.params(params)
			.query((ResultSet rs) -> {
				replicated[0] = rs.getLong(1);
				replicated[1] = rs.getLong(2);
			});
		Map<InitiativeStatus, Long> closed = new EnumMap<>(InitiativeStatus.class);
		jdbc.sql("select i.status, count(*) from initiative i where i.status in " + CLOSED
				+ " and i.end_date >= ? and i.end_date <= ?" + where.sql() + " group by i.status")
			.params(params)
			.query((ResultSet rs) -> {
				closed.put(InitiativeStatus.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return new Decisions(replicated[0], replicated[1], closed.getOrDefault(InitiativeStatus.CONVERTED, 0L),
				closed.getOrDefault(InitiativeStatus.DISCONTINUED, 0L));
	}

	/** Refuses an area that is not inside the user's scope (all of it, for a national user). */
	private void requireCovered(Scope area) {
		Scope user = access.current();
		if (user.everywhere()) {
			return;
		}
		if (area.everywhere() || !area.prefixes().stream().allMatch(user::covers)) {
			throw new NotFoundException("area", area.prefixes());
		}
	}

	/** The area as SQL on the model table ({@code i}) and its parameters. */
	private record Where(String sql, List<Object> params) {
	}

	private static Where where(Scope area) {
		if (area.everywhere()) {
			return new Where("", List.of());
		}
		if (area.prefixes().isEmpty()) {
			return new Where(" and 1 = 0", List.of());
		}
		StringBuilder sql = new StringBuilder(" and (");
		List<Object> params = new ArrayList<>();
		for (String prefix : area.prefixes()) {
			if (!params.isEmpty()) {
				sql.append(" or ");
			}
			// Paths are digits and slashes: nothing to escape for LIKE.
			sql.append("i.scope_path like ?");
			params.add(prefix + "%");
		}
		return new Where(sql.append(')').toString(), params);
	}

	private static final class Totals {

		long running;
		long runningOnEnd;
		long started;
		long closed;
		final Map<InitiativeStatus, Long> statuses = new EnumMap<>(InitiativeStatus.class);
		final Map<Long, Long> types = new HashMap<>();
		final List<YearFigures> byYear = new ArrayList<>();

		List<StatusCount> byStatus() {
			List<StatusCount> list = new ArrayList<>();
			for (InitiativeStatus status : InitiativeStatus.values()) {
				list.add(new StatusCount(status, statuses.getOrDefault(status, 0L)));
			}
			return list;
		}

		List<TypeCount> byType(Map<Long, String> names) {
			return types.entrySet().stream().filter(e -> e.getValue() > 0)
				.map(e -> new TypeCount(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()))
				.sorted(Comparator.comparingLong(TypeCount::count).reversed()
					.thenComparing(VietnameseText.comparing(TypeCount::typeName)))
				.toList();
		}

	}

	/**
	 * One pass over the models overlapping the period's calendar years, grouped by status and type:
	 * each row carries the period's counts and, per year, the started, running and closed counts as
	 * conditional sums (one column each, so that one scan answers the whole trend).
	 */
	private Totals totals(Where where, LocalDate from, LocalDate to) {
		int fromYear = from.getYear();
		int toYear = to.getYear();
		StringBuilder sql = new StringBuilder("select i.status, i.type_id")
			.append(", sum(case when i.start_date <= ? and (i.end_date is null or i.end_date >= ?) then 1 else 0 end)")
			.append(", sum(case when i.start_date <= ? and (i.end_date is null or i.end_date >= ?) then 1 else 0 end)")
			.append(", sum(case when i.start_date >= ? and i.start_date <= ? then 1 else 0 end)")
			.append(", sum(case when i.status in ").append(CLOSED)
			.append(" and i.end_date >= ? and i.end_date <= ? then 1 else 0 end)");
		List<Object> params = new ArrayList<>(List.of(to, from, to, to, from, to, from, to));
		for (int year = fromYear; year <= toYear; year++) {
			sql.append(", sum(case when i.start_year = ? then 1 else 0 end)")
				.append(", sum(case when i.start_year <= ? and (i.end_year is null or i.end_year >= ?) then 1 else 0 end)")
				.append(", sum(case when i.status in ").append(CLOSED).append(" and i.end_year = ? then 1 else 0 end)");
			params.addAll(List.of(year, year, year, year));
		}
		sql.append(" from initiative i where i.start_year <= ? and (i.end_year is null or i.end_year >= ?)")
			.append(where.sql())
			.append(" group by i.status, i.type_id");
		params.add(toYear);
		params.add(fromYear);
		params.addAll(where.params());
		int years = toYear - fromYear + 1;
		long[][] yearly = new long[years][3];
		Totals totals = new Totals();
		jdbc.sql(sql.toString()).params(params).query((ResultSet rs) -> {
			InitiativeStatus status = InitiativeStatus.valueOf(rs.getString(1));
			long typeId = rs.getLong(2);
			long running = rs.getLong(3);
			totals.running += running;
			totals.runningOnEnd += rs.getLong(4);
			totals.started += rs.getLong(5);
			totals.closed += rs.getLong(6);
			totals.statuses.merge(status, running, Long::sum);
			totals.types.merge(typeId, running, Long::sum);
			for (int y = 0; y < years; y++) {
				for (int k = 0; k < 3; k++) {
					yearly[y][k] += rs.getLong(7 + 3 * y + k);
				}
			}
		});
		for (int y = 0; y < years; y++) {
			totals.byYear.add(new YearFigures(fromYear + y, yearly[y][0], yearly[y][1], yearly[y][2]));
		}
		return totals;
	}

	/** Every commune with models running in the period, most models first, then in Vietnamese order. */
	private List<CommuneCount> communes(Where where, LocalDate from, LocalDate to) {
		List<Object> params = new ArrayList<>(List.of(to, from));
		params.addAll(where.params());
		List<CommuneCount> communes = new ArrayList<>(jdbc.sql("select i.commune_id, max(i.commune_name), count(*)"
				+ " from initiative i where i.start_date <= ? and (i.end_date is null or i.end_date >= ?)" + where.sql()
				+ " group by i.commune_id").params(params)
			.query((rs, n) -> new CommuneCount(rs.getLong(1), rs.getString(2), rs.getLong(3))).list());
		communes.sort(Comparator.comparingLong(CommuneCount::count).reversed()
			.thenComparing(VietnameseText.comparing(CommuneCount::communeName)));
		return communes;
	}

	/**
	 * Levels recorded for the year of the period's end; the running models without one count as NONE.
	 * In a province or commune (a few thousand models at most) each model's level is looked up by its
	 * key {@code (initiative_id, level_year)} (index-only on PostgreSQL, V22_2). Nationwide, where a
	 * join of the year's levels with every model costs most of the dashboard, the levels of the year are
	 * counted alone (index-only) and those of the models not running in the period are taken off; both
	 * ways are exact and several times faster than the join the planner picks (docs/benchmarks.md).
	 */
	private List<LevelCount> levels(Scope area, Where where, LocalDate from, LocalDate to, long running) {
		Map<PilotLevel, Long> counts = new EnumMap<>(PilotLevel.class);
		if (area.everywhere()) {
			jdbc.sql("select pilot_level, count(*) from initiative_level where level_year = ? group by pilot_level")
				.param(to.getYear())
				.query((ResultSet rs) -> {
					counts.merge(PilotLevel.valueOf(rs.getString(1)), rs.getLong(2), Long::sum);
				});
			jdbc.sql("select l.pilot_level, count(*) from initiative i"
					+ " join initiative_level l on l.initiative_id = i.id and l.level_year = ?"
					+ " where not (i.start_date <= ? and (i.end_date is null or i.end_date >= ?))"
					+ " group by l.pilot_level")
				.params(List.of(to.getYear(), to, from))
				.query((ResultSet rs) -> {
					counts.merge(PilotLevel.valueOf(rs.getString(1)), -rs.getLong(2), Long::sum);
				});
		}
		else {
			List<Object> params = new ArrayList<>(List.of(to.getYear(), to, from));
			params.addAll(where.params());
			jdbc.sql("select m.pilot_level, count(*) from (select (select l.pilot_level from initiative_level l"
					+ " where l.initiative_id = i.id and l.level_year = ?) as pilot_level from initiative i"
					+ " where i.start_date <= ? and (i.end_date is null or i.end_date >= ?)" + where.sql()
					+ ") m where m.pilot_level is not null group by m.pilot_level")
				.params(params)
				.query((ResultSet rs) -> {
					counts.merge(PilotLevel.valueOf(rs.getString(1)), rs.getLong(2), Long::sum);
				});
		}
		long recorded = counts.entrySet().stream().filter(e -> e.getKey() != PilotLevel.NONE)
			.mapToLong(Map.Entry::getValue).sum();
		counts.put(PilotLevel.NONE, running - recorded);
		List<LevelCount> list = new ArrayList<>();
		for (PilotLevel level : PilotLevel.values()) {
			list.add(new LevelCount(level, counts.getOrDefault(level, 0L)));
		}
		return list;
	}

	private Map<Long, String> typeNames() {
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("select id, name from initiative_type").query((ResultSet rs) -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		return names;
	}


	/** The most {@link #startedIn} answers in one call: callers page through longer periods. */
	public static final int MAX_PAGE = 500;

	/**
	 * A model as a report enumerates it: its name, type, the commune it was placed in (the name of
	 * then), its villages in natural order ("thôn 9, 12, 13"), its first day and its pilot level in the
	 * year it started.
	 */
	public record StartedModel(long id, String name, String typeName, long communeId, String communeName,
			LocalDate startDate, InitiativeStatus status, PilotLevel level, List<String> villageNames) {

		public StartedModel {
			villageNames = List.copyOf(villageNames);
		}

	}

	/**
	 * The models of an area that started in {@code [from, to]}, in registration order (first day, then
	 * the order they were entered), a page at a time: {@code offset} rows skipped, at most
	 * {@link #MAX_PAGE} answered.
	 *
	 * @throws NotFoundException when the signed-in user's scope does not cover the area
	 */
	public List<StartedModel> startedIn(Scope area, LocalDate from, LocalDate to, int offset, int limit) {
		requireCovered(area);
		return models(area, "i.start_date >= ? and i.start_date <= ?", List.of(from, to), "i.start_year", offset, limit);
	}

	/**
	 * The models of an area running in {@code [from, to]} (started on or before its last day, not ended
	 * before its first), in registration order, a page at a time, each with its pilot level in the year
	 * of {@code to}: the rows of a report's annex.
	 *
	 * @throws NotFoundException when the signed-in user's scope does not cover the area
	 */
	public List<StartedModel> runningIn(Scope area, LocalDate from, LocalDate to, int offset, int limit) {
		requireCovered(area);
		return models(area, "i.start_date <= ? and (i.end_date is null or i.end_date >= ?)", List.of(to, from),
				String.valueOf(to.getYear()), offset, limit);
	}

	/**
	 * As {@link #runningIn}, the page after the model {@code (afterStart, afterId)} in registration order
	 * (keyset paging: the first page with both null). Unlike an offset, whose skipped rows the database
	 * reads again at every page, it costs the same on the last page of a national annex as on the first.
	 *
	 * @throws NotFoundException when the signed-in user's scope does not cover the area
	 */
	public List<StartedModel> runningAfter(Scope area, LocalDate from, LocalDate to, LocalDate afterStart, Long afterId,
			int limit) {
		requireCovered(area);
		String period = "i.start_date <= ? and (i.end_date is null or i.end_date >= ?)";
		List<Object> params = new ArrayList<>(List.of(to, from));
		if (afterStart != null && afterId != null) {
			period += " and (i.start_date > ? or i.start_date = ? and i.id > ?)";
			params.addAll(List.of(afterStart, afterStart, afterId));
		}
		return models(area, period, params, String.valueOf(to.getYear()), 0, limit);
	}

	private List<StartedModel> models(Scope area, String period, List<Object> periodParams, String levelYear, int offset,
			int limit) {
		Where where = where(area);
		List<Object> params = new ArrayList<>(periodParams);
		params.addAll(where.params());
		params.add(Math.max(1, Math.min(limit, MAX_PAGE)));
		params.add(Math.max(0, offset));
		List<StartedModel> rows = jdbc.sql("select i.id, i.name, t.name, i.commune_id, i.commune_name, i.start_date,"
				+ " i.status, (select l.pilot_level from initiative_level l where l.initiative_id = i.id"
				+ " and l.level_year = " + levelYear + ") from initiative i join initiative_type t on t.id = i.type_id"
				+ " where " + period + where.sql()
				+ " order by i.start_date, i.id limit ? offset ?")
			.params(params)
			.query((rs, n) -> new StartedModel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), InitiativeStatus.valueOf(rs.getString(7)),
					rs.getString(8) == null ? PilotLevel.NONE : PilotLevel.valueOf(rs.getString(8)), List.of()))
			.list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<String>> villages = new HashMap<>();
		String marks = String.join(", ", java.util.Collections.nCopies(rows.size(), "?"));
		jdbc.sql("select s.initiative_id, s.village_name from initiative_site s where s.initiative_id in (" + marks + ")")
			.params(rows.stream().map(StartedModel::id).map(Object.class::cast).toList())
			.query((ResultSet rs) -> {
				villages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return rows.stream().map(m -> new StartedModel(m.id(), m.name(), m.typeName(), m.communeId(), m.communeName(),
				m.startDate(), m.status(), m.level(), villages.getOrDefault(m.id(), List.of()).stream()
					.sorted(NATURAL).toList()))
			.toList();
	}

	/** "Thôn 9" before "Thôn 12": numbers compared as numbers, the rest in Vietnamese order. */
	private static final Comparator<String> NATURAL = Comparator
		.comparing((String name) -> name.replaceAll("\\d+", ""), VietnameseText.comparing(s -> s))
		.thenComparingLong(name -> {
			String digits = name.replaceAll("\\D+", "");
			return digits.isEmpty() || digits.length() > 18 ? 0 : Long.parseLong(digits);
		})
		.thenComparing(VietnameseText.comparing(s -> s));

}
