package vn.mohinh.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Times the queries that national-scale lists run, on the database of {@code SPRING_DATASOURCE_URL}
 * after {@link NationalDataGenerator}, and prints a Markdown table for docs/benchmarks.md. With
 * {@code BENCH_BASE_URL} (and {@code BENCH_TOKEN}, a personal API token) it also times the API of a
 * running MoHinh. The SQL is what the application's repositories send, written out.
 */
public final class NationalBenchmark {

	static final String VILLAGE_KINDS = "('THON', 'TO_DAN_PHO', 'LANG', 'BUON')";

	private NationalBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int warmUp = Integer.parseInt(System.getProperty("bench.warmup", "20"));
		int runs = Integer.parseInt(System.getProperty("bench.runs", "100"));
		String url = Objects.requireNonNull(System.getenv("SPRING_DATASOURCE_URL"), "SPRING_DATASOURCE_URL");
		try (Connection connection = DriverManager.getConnection(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
				Objects.requireNonNullElse(System.getenv("SPRING_DATASOURCE_PASSWORD"), ""))) {
			connection.setReadOnly(true);
			LocalDate today = LocalDate.now();
			// xã Kon Braih (2025: Đăk Ruồng, Đăk Tờ Re and Tân Lập), tỉnh Quảng Ngãi (2025: with Kon Tum), Hà Nội.
			long konBraih = idOf(connection, "23497", today);
			String quangNgai = pathOf(connection, "51", today);
			String haNoi = pathOf(connection, "01", today);
			Date on = Date.valueOf(today);
			long villages = Villages.count(connection, "select count(*) from locality where kind in " + VILLAGE_KINDS);
			System.out.printf("%n%d localities, %d villages%n%n",
					Villages.count(connection, "select count(*) from locality"), villages);

			Benchmark benchmark = new Benchmark(warmUp, runs)
				.sql("children of a commune (xã Kon Braih), first page of 50", connection, """
						select * from locality where parent_id in (?)
						and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?)
						order by sort_key offset 0 rows fetch first 50 rows only""", konBraih, on, on)
				.sql("children of a commune, count", connection, """
						select count(*) from locality where parent_id in (?)
						and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?)""",
						konBraih, on, on)
				.sql("search \"dak ruong\", nationwide, first page of 20", connection, """
						select * from locality where search_key like ? escape '\\'
						order by depth, sort_key, id offset 0 rows fetch first 20 rows only""", "%dak ruong%")
				.sql("search \"dak ruong\", nationwide, count", connection,
						"select count(*) from locality where search_key like ? escape '\\'", "%dak ruong%")
				.sql("search \"thon 1\" in tỉnh Quảng Ngãi's scope, first page of 20", connection, """
						select * from locality where path like ? and search_key like ? escape '\\'
						order by depth, sort_key, id offset 0 rows fetch first 20 rows only""", quangNgai + "%",
						"%thon 1%")
				.sql("search \"thon 12\" (thousands of hits), first page of 20", connection, """
						select * from locality where search_key like ? escape '\\'
						order by depth, sort_key, id offset 0 rows fetch first 20 rows only""", "%thon 12%")
				.sql("search \"thon 12\", count", connection,
						"select count(*) from locality where search_key like ? escape '\\'", "%thon 12%")
				.sql("villages under tỉnh Quảng Ngãi (scope prefix), count", connection,
						"select count(*) from locality where path like ? and kind in " + VILLAGE_KINDS, quangNgai + "%")
				.sql("villages under Hà Nội (scope prefix), count", connection,
						"select count(*) from locality where path like ? and kind in " + VILLAGE_KINDS, haNoi + "%");
			String konBraihPath = pathOf(connection, "23497", today);
			// The application binds the chosen type's id; a sub-select would hide it from the planner.
			long typeId = Villages.count(connection, "select min(id) from initiative_type");
			// The model list as InitiativeQuery sends it: scope prefix, filters, Vietnamese order, one page + count.
			benchmark
				.sql("models in tỉnh Quảng Ngãi's scope, first page of 50", connection, """
						select * from initiative where scope_path like ?
						order by sort_key, id offset 0 rows fetch first 50 rows only""", quangNgai + "%")
				.sql("models in tỉnh Quảng Ngãi's scope, count", connection,
						"select count(*) from initiative where scope_path like ?", quangNgai + "%")
				.sql("models in xã Kon Braih, first page of 50", connection, """
						select * from initiative where scope_path like ?
						order by sort_key, id offset 0 rows fetch first 50 rows only""", konBraihPath + "%")
				.sql("models nationwide, one type and status, running in 2021, page 3 of 50", connection, """
						select * from initiative where type_id = ? and status = 'ACTIVE'
						and start_year <= 2021 and (end_year is null or end_year >= 2021)
						order by sort_key, id offset 100 rows fetch first 50 rows only""", typeId)
				.sql("models nationwide, one type and status, running in 2021, count", connection, """
						select count(*) from initiative where type_id = ?
						and status = 'ACTIVE' and start_year <= 2021 and (end_year is null or end_year >= 2021)""", typeId)
				.sql("models in Hà Nội, provincial pilots in 2025, count", connection, """
						select count(*) from initiative i where i.scope_path like ? and exists (select 1 from initiative_level l
						where l.initiative_id = i.id and l.level_year = 2025 and l.pilot_level = 'DIEM_CAP_TINH')""",
						haNoi + "%")
				.sql("models nationwide, search \"van hoa\" (36,000 hits: matches sorted), first page of 50", connection, """
						select * from initiative where search_key like ?
						order by sort_key || '', id offset 0 rows fetch first 50 rows only""", "%van hoa%")
				.sql("models nationwide, search \"ha mon\" (18,000 hits: matches sorted), first page of 50", connection, """
						select * from initiative where search_key like ?
						order by sort_key || '', id offset 0 rows fetch first 50 rows only""", "%ha mon%")
				.sql("models nationwide, search \"khu dan cu\" (140,000 hits: name order walked), first page of 50",
						connection, """
						select * from initiative where search_key like ?
						order by sort_key, id offset 0 rows fetch first 50 rows only""", "%khu dan cu%")
				.sql("models nationwide, search \"van hoa\", count", connection,
						"select count(*) from initiative where search_key like ?", "%van hoa%")
				.sql("villages of a page of 50 models (one query)", connection, """
						select initiative_id, village_name from initiative_site where initiative_id in
						(select id from initiative where scope_path like ? order by sort_key, id fetch first 50 rows only)""",
						quangNgai + "%");
			regularity(benchmark, connection, today, quangNgai, konBraihPath);
			String base = System.getenv("BENCH_BASE_URL");
			if (base != null && !base.isBlank()) {
				HttpClient client = HttpClient.newHttpClient();
				String token = System.getenv("BENCH_TOKEN");
				benchmark.http("API: children of xã Kon Braih", client,
						URI.create(base + "/api/v1/localities?parent=23497"), token)
					.http("API: search \"dak ruong\"", client, URI.create(base + "/api/v1/localities?q=dak%20ruong"),
							token)
					.http("API: models of tỉnh Quảng Ngãi, first page", client,
							URI.create(base + "/api/v1/initiatives?locality=51"), token)
					.http("API: models nationwide, search \"van hoa\"", client,
							URI.create(base + "/api/v1/initiatives?q=van%20hoa"), token)
					.http("API: models of xã Kon Braih, running in 2021", client,
							URI.create(base + "/api/v1/initiatives?locality=23497&year=2021"), token)
					.http("API: models of tỉnh Quảng Ngãi overdue for inspection, first page", client,
							URI.create(base + "/api/v1/inspections/overdue?locality=51"), token)
					.http("API: models nationwide overdue for inspection, first page", client,
							URI.create(base + "/api/v1/inspections/overdue"), token);
			}
			System.out.println(benchmark.markdown(benchmark.run()));
		}
	}

	/**
	 * The regularity reads as {@code vn.mohinh.inspection.RegularityQuery} sends them: the watch of the
	 * models' last inspections, their level in the day's year, and per-level thresholds of the base date
	 * computed from the policy (docs/decisions/0004-inspection-regularity.md); and the yearly count of
	 * inspections of {@code InspectionRegularity.inspectionsByYear}.
	 */
	static void regularity(Benchmark benchmark, Connection connection, LocalDate today, String province,
			String commune) throws SQLException {
		java.util.Map<String, Integer> months = new java.util.LinkedHashMap<>();
		try (PreparedStatement query = connection.prepareStatement("select pilot_level, max_gap_months from inspection_policy");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				months.put(rows.getString(1), rows.getInt(2));
			}
		}
		String[] levels = { "DIEM_CAP_TINH", "DIEM_CAP_HUYEN", "DIEM_CAP_XA", "NONE" };
		java.util.List<Object> overdue = new java.util.ArrayList<>();
		java.util.List<Object> dueSoon = new java.util.ArrayList<>();
		for (String level : levels) {
			overdue.add(Date.valueOf(firstBaseDueOnOrAfter(today, months.get(level))));
			dueSoon.add(Date.valueOf(firstBaseDueOnOrAfter(today, months.get(level))));
			dueSoon.add(Date.valueOf(firstBaseDueOnOrAfter(today.plusDays(31), months.get(level))));
		}
		String overdueSql = """
				((l.pilot_level = 'DIEM_CAP_TINH' and w.base_on < ?) or (l.pilot_level = 'DIEM_CAP_HUYEN' and w.base_on < ?) \
				or (l.pilot_level = 'DIEM_CAP_XA' and w.base_on < ?) or ((l.pilot_level is null or l.pilot_level = 'NONE') \
				and w.base_on < ?))""";
		String dueSoonSql = """
				((l.pilot_level = 'DIEM_CAP_TINH' and w.base_on >= ? and w.base_on < ?) \
				or (l.pilot_level = 'DIEM_CAP_HUYEN' and w.base_on >= ? and w.base_on < ?) \
				or (l.pilot_level = 'DIEM_CAP_XA' and w.base_on >= ? and w.base_on < ?) \
				or ((l.pilot_level is null or l.pilot_level = 'NONE') and w.base_on >= ? and w.base_on < ?))""";
		String from = """
				from inspection_watch w
				left join inspection_watch_level l on l.initiative_id = w.initiative_id and l.level_year = ?
				where w.status not in ('CONVERTED', 'DISCONTINUED') and w.start_date <= ? and (w.end_date is null or w.end_date >= ?)""";
		// Within an area the level rows are narrowed by the same prefix.
		String fromArea = """
				from inspection_watch w
				left join inspection_watch_level l on l.initiative_id = w.initiative_id and l.level_year = ? and (l.scope_path like ?)
				where w.status not in ('CONVERTED', 'DISCONTINUED') and w.start_date <= ? and (w.end_date is null or w.end_date >= ?)""";
		String columns = "select w.initiative_id, w.name, w.commune_name, w.scope_path, w.type_id, w.start_date, "
				+ "w.last_inspected_on, w.base_on, w.person_in_charge_id, l.pilot_level ";
		String page = " order by w.sort_key, w.initiative_id offset 0 rows fetch next 50 rows only";
		Date on = Date.valueOf(today);
		int year = today.getYear();
		benchmark
			.sql("overdue for inspection, tỉnh Quảng Ngãi, count", connection,
					"select count(*) " + fromArea + " and (w.scope_path like ?) and " + overdueSql,
					params(year, province + "%", on, on, province + "%", overdue))
			.sql("overdue for inspection, tỉnh Quảng Ngãi, first page of 50", connection,
					columns + fromArea + " and (w.scope_path like ?) and " + overdueSql + page,
					params(year, province + "%", on, on, province + "%", overdue))
			.sql("overdue for inspection, xã Kon Braih, first page of 50", connection,
					columns + fromArea + " and (w.scope_path like ?) and " + overdueSql + page,
					params(year, commune + "%", on, on, commune + "%", overdue))
			.sql("overdue for inspection, nationwide, count", connection, "select count(*) " + from + " and " + overdueSql,
					params(year, null, on, on, null, overdue))
			.sql("overdue for inspection, nationwide, first page of 50", connection,
					columns + from + " and " + overdueSql + page, params(year, null, on, on, null, overdue))
			.sql("due soon (30 days), tỉnh Quảng Ngãi, count", connection,
					"select count(*) " + fromArea + " and (w.scope_path like ?) and " + dueSoonSql,
					params(year, province + "%", on, on, province + "%", dueSoon))
			.sql("due soon (30 days), tỉnh Quảng Ngãi, first page of 50", connection,
					columns + fromArea + " and (w.scope_path like ?) and " + dueSoonSql + page,
					params(year, province + "%", on, on, province + "%", dueSoon));
		// The reminder job's batches: overdue or due soon, nationwide, in id order after the last id seen.
		java.util.List<Object> remindable = new java.util.ArrayList<>();
		for (String level : levels) {
			remindable.add(Date.valueOf(firstBaseDueOnOrAfter(today.plusDays(31), months.get(level))));
		}
		java.util.List<Object> batch = new java.util.ArrayList<>(java.util.List.of(params(year, null, on, on, null, remindable)));
		batch.add(100_000L);
		batch.add(200);
		benchmark.sql("reminder job, a batch of 200 overdue or due-soon models nationwide (keyset by id)", connection,
				columns + from + " and " + overdueSql + " and w.initiative_id > ? order by w.initiative_id fetch first ? rows only",
				batch.toArray());
		java.util.List<Object> coverage = new java.util.ArrayList<>(overdue);
		coverage.addAll(dueSoon);
		String coverageSql = "select count(*), coalesce(sum(case when " + overdueSql + " then 1 else 0 end), 0), "
				+ "coalesce(sum(case when " + dueSoonSql + " then 1 else 0 end), 0) " + from;
		String provinceCoverageSql = "select count(*), coalesce(sum(case when " + overdueSql + " then 1 else 0 end), 0), "
				+ "coalesce(sum(case when " + dueSoonSql + " then 1 else 0 end), 0) " + fromArea;
		java.util.List<Object> provinceCoverage = new java.util.ArrayList<>(coverage);
		provinceCoverage.addAll(java.util.List.of(year, province + "%", on, on, province + "%"));
		java.util.List<Object> countryCoverage = new java.util.ArrayList<>(coverage);
		countryCoverage.addAll(java.util.List.of(year, on, on));
		benchmark
			.sql("coverage (running, overdue, due soon), tỉnh Quảng Ngãi", connection,
					provinceCoverageSql + " and (w.scope_path like ?)", provinceCoverage.toArray())
			.sql("coverage (running, overdue, due soon), nationwide", connection, coverageSql, countryCoverage.toArray());
		// InspectionRegularity.inspectionsByYear adds up the per-commune tally; counting the inspections
		// themselves is shown beside it for comparison (what the tally saves).
		String byYear = "select tally_year, sum(inspections) from inspection_tally where tally_year >= ? and tally_year <= ?";
		String counted = """
				select extract(year from inspected_on), count(*) from inspection
				where status = 'RECORDED' and inspected_on >= ? and inspected_on < ?""";
		Date first = Date.valueOf(LocalDate.of(year - 7, 1, 1));
		Date after = Date.valueOf(LocalDate.of(year + 1, 1, 1));
		benchmark
			.sql("inspections by year (8 years), tỉnh Quảng Ngãi", connection,
					byYear + " and (scope_path like ?) group by tally_year", year - 7, year, province + "%")
			.sql("inspections by year (8 years), nationwide", connection, byYear + " group by tally_year", year - 7, year)
			.sql("for comparison: inspections by year counted from 2,000,000 inspections, nationwide", connection,
					counted + " group by extract(year from inspected_on)", first, after);
	}

	/** The join's year (and prefix), the running day twice, the area's prefix (none: nationwide), then the thresholds. */
	private static Object[] params(int year, String joinPrefix, Date on, Date again, String prefix,
			java.util.List<Object> thresholds) {
		java.util.List<Object> all = new java.util.ArrayList<>(java.util.List.of(year));
		if (joinPrefix != null) {
			all.add(joinPrefix);
		}
		all.add(on);
		all.add(again);
		if (prefix != null) {
			all.add(prefix);
		}
		all.addAll(thresholds);
		return all.toArray();
	}

	/** As RegularityRule: the earliest base whose due date (base + gap months) is on or after the day. */
	static LocalDate firstBaseDueOnOrAfter(LocalDate day, int gapMonths) {
		LocalDate base = day.minusMonths(gapMonths);
		while (base.plusMonths(gapMonths).isBefore(day)) {
			base = base.plusDays(1);
		}
		while (!base.minusDays(1).plusMonths(gapMonths).isBefore(day)) {
			base = base.minusDays(1);
		}
		return base;
	}

	private static long idOf(Connection connection, String code, LocalDate on) throws SQLException {
		return Long.parseLong(lookUp(connection, "id", code, on));
	}

	private static String pathOf(Connection connection, String code, LocalDate on) throws SQLException {
		return lookUp(connection, "path", code, on);
	}

	private static String lookUp(Connection connection, String column, String code, LocalDate on) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select " + column + " from locality where code = ? "
				+ "and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?)")) {
			query.setString(1, code);
			query.setDate(2, Date.valueOf(on));
			query.setDate(3, Date.valueOf(on));
			try (ResultSet rows = query.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("No unit with code " + code + " on " + on);
				}
				return rows.getString(1);
			}
		}
	}

}
