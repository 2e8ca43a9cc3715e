package vn.mohinh.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times named queries, SQL on a JDBC connection or GET requests to a running MoHinh: a few warm-up
 * runs, then N measured runs, reported as p50, p95 and max in a Markdown table.
 */
final class Benchmark {

	/** One measured thing; {@link #run()} returns the rows (or bytes) it got, so that the table shows it did work. */
	interface Probe {

		String name();

		long run() throws Exception;

	}

	record Result(String name, long rows, double p50, double p95, double max) {
	}

	private final int warmUp;
	private final int runs;
	private final List<Probe> probes = new ArrayList<>();

	Benchmark(int warmUp, int runs) {
		this.warmUp = warmUp;
		this.runs = runs;
	}

	/** A query whose rows are all read, as the application would; parameters in order. */
	Benchmark sql(String name, Connection connection, String sql, Object... params) {
		probes.add(new Probe() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public long run() throws SQLException {
				try (PreparedStatement statement = connection.prepareStatement(sql)) {
					for (int i = 0; i < params.length; i++) {
						statement.setObject(i + 1, params[i]);
					}
					long rows = 0;
					try (ResultSet result = statement.executeQuery()) {
						int columns = result.getMetaData().getColumnCount();
						while (result.next()) {
							for (int c = 1; c <= columns; c++) {
								result.getObject(c);
							}
							rows++;
						}
					}
					return rows;
				}
			}

		});
		return this;
	}

	/** A page or API call; {@code token} is a personal API token (Bearer), or null for none. */
	Benchmark http(String name, HttpClient client, URI uri, String token) {
		probes.add(new Probe() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public long run() throws IOException, InterruptedException {
				HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
				if (token != null) {
					request.header("Authorization", "Bearer " + token);
				}
				HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(name + ": HTTP " + response.statusCode());
				}
				return response.body().length;
			}

		});
		return this;
	}

	List<Result> run() throws Exception {
		List<Result> results = new ArrayList<>();
		for (Probe probe : probes) {
			long rows = 0;
			for (int i = 0; i < warmUp; i++) {
				rows = probe.run();
			}
			double[] millis = new double[runs];
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				rows = probe.run();
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(millis);
			results.add(new Result(probe.name(), rows, percentile(millis, 50), percentile(millis, 95),
					millis[millis.length - 1]));
		}
		return results;
	}

	String markdown(List<Result> results) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%d warm-up runs, %d measured runs each; times in ms.%n%n", warmUp, runs));
		out.append("| query | rows | p50 | p95 | max |\n|---|---:|---:|---:|---:|\n");
		for (Result r : results) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", r.name(), r.rows(), r.p50(),
					r.p95(), r.max()));
		}
		return out.toString();
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(double[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}
