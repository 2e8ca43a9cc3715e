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
							URI.create(base + "/api/v1/initiatives?locality=23497&year=2021"), token);
			}
			System.out.println(benchmark.markdown(benchmark.run()));
		}
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
