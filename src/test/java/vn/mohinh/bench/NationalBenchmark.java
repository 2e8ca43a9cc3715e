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
			String base = System.getenv("BENCH_BASE_URL");
			if (base != null && !base.isBlank()) {
				HttpClient client = HttpClient.newHttpClient();
				String token = System.getenv("BENCH_TOKEN");
				benchmark.http("API: children of xã Kon Braih", client,
						URI.create(base + "/api/v1/localities?parent=23497"), token)
					.http("API: search \"dak ruong\"", client, URI.create(base + "/api/v1/localities?q=dak%20ruong"),
							token);
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
