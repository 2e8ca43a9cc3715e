package vn.mohinh.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.mohinh.MoHinhApplication;
import vn.mohinh.evaluation.EvaluationFigures;
import vn.mohinh.initiative.InitiativeStatistics;
import vn.mohinh.inspection.InspectionRegularity;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.security.ScopedPrincipal;

/**
 * Times the dashboard's figures at national scale (docs/benchmarks.md), through the facades the
 * dashboard calls, on the database of {@code SPRING_DATASOURCE_URL} after {@link NationalDataGenerator}:
 * the application starts without demo data (as the generator does), a national reader is signed in,
 * and each probe computes a whole set of figures. With {@code BENCH_BASE_URL} and {@code BENCH_TOKEN}
 * (a personal API token of a national user) it also times {@code GET /api/v1/stats} of a running MoHinh.
 *
 * <p>{@code ./mvnw -Pbench test-compile exec:java -Dexec.mainClass=vn.mohinh.bench.DashboardBenchmark}
 */
public final class DashboardBenchmark {

	/** A national reader: may read everything, change nothing. */
	private record Reader() implements ScopedPrincipal {

		public String username() {
			return "benchmark";
		}

		public String displayName() {
			return "benchmark";
		}

		public Long scopeLocalityId() {
			return null;
		}

		public boolean isAdmin() {
			return false;
		}

		public boolean canEdit() {
			return false;
		}

	}

	private record Probe(String name, Callable<Long> run) {
	}

	private DashboardBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int warmUp = Integer.parseInt(System.getProperty("bench.warmup", "10"));
		int runs = Integer.parseInt(System.getProperty("bench.runs", "50"));
		SpringApplication application = new SpringApplication(MoHinhApplication.class);
		List<String> arguments = new ArrayList<>(List.of(args));
		NationalDataGenerator.properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		arguments.add("--logging.level.root=warn");
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			SecurityContextHolder.getContext()
				.setAuthentication(new UsernamePasswordAuthenticationToken(new Reader(), null, List.of()));
			InitiativeStatistics statistics = context.getBean(InitiativeStatistics.class);
			ScopeGuard scopes = context.getBean(ScopeGuard.class);
			LocalityDirectory localities = context.getBean(LocalityDirectory.class);
			EvaluationFigures evaluations = context.getBean(EvaluationFigures.class);
			InspectionRegularity inspections = context.getBean(InspectionRegularity.class);
			var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
			System.out.printf("%n%d models, %d inspections, %d evaluations in the database%n",
					jdbc.sql("select count(*) from initiative").query(Long.class).single(),
					jdbc.sql("select count(*) from inspection").query(Long.class).single(),
					jdbc.sql("select count(*) from evaluation").query(Long.class).single());
			LocalDate today = LocalDate.now();
			LocalDate threeYears = LocalDate.of(today.getYear() - 3, 1, 1);
			LocalDate tenYears = LocalDate.of(today.getYear() - 9, 1, 1);
			Map<String, Scope> areas = new java.util.LinkedHashMap<>();
			areas.put("nationwide", Scope.EVERYWHERE);
			areas.put("tỉnh Quảng Ngãi", area(scopes, localities, "51", today));
			areas.put("Thành phố Hà Nội", area(scopes, localities, "01", today));
			areas.put("xã Kon Braih", area(scopes, localities, "23497", today));

			List<Probe> probes = new ArrayList<>();
			areas.forEach((name, area) -> {
				probes.add(new Probe("model figures, " + name + ", default period (" + threeYears.getYear() + "–today)",
						() -> statistics.figures(area, threeYears, today).running()));
			});
			probes.add(new Probe("model figures, nationwide, ten years (" + tenYears.getYear() + "–today)",
					() -> statistics.figures(Scope.EVERYWHERE, tenYears, today).running()));
			areas.forEach((name, area) -> {
				probes.add(new Probe("inspection coverage today, " + name,
						() -> inspections.coverage(area, today).running()));
				probes.add(new Probe("inspections per year, " + name + ", default period", () -> inspections
					.inspectionsByYear(area, threeYears.getYear(), today.getYear()).stream().mapToLong(y -> y.count()).sum()));
			});
			// The whole dashboard as the report module composes it: models, coverage, inspections and
			// evaluations year by year ("rows": running models).
			areas.forEach((name, area) -> {
				probes.add(new Probe("**whole dashboard, " + name + ", default period**", () -> {
					long running = statistics.figures(area, threeYears, today).running();
					inspections.coverage(area, today);
					inspections.inspectionsByYear(area, threeYears.getYear(), today.getYear());
					evaluations.effectivenessByYear(area, threeYears.getYear(), today.getYear());
					return running;
				}));
			});
			List<Benchmark.Result> results = new ArrayList<>();
			for (Probe probe : probes) {
				results.add(time(probe, warmUp, runs));
			}
			String base = System.getenv("BENCH_BASE_URL");
			if (base != null && !base.isBlank()) {
				HttpClient client = HttpClient.newHttpClient();
				String token = System.getenv("BENCH_TOKEN");
				results.addAll(new Benchmark(warmUp, runs)
					.http("API: `GET /api/v1/stats` (nationwide, default period)", client, URI.create(base + "/api/v1/stats"),
							token)
					.http("API: `GET /api/v1/stats?locality=51` (tỉnh Quảng Ngãi)", client,
							URI.create(base + "/api/v1/stats?locality=51"), token)
					.run());
			}
			System.out.println();
			System.out.println(new Benchmark(warmUp, runs).markdown(results));
		}
	}

	private static Scope area(ScopeGuard scopes, LocalityDirectory localities, String code, LocalDate on) {
		return scopes.scopeOfRoot(localities.findByCode(code, on)
			.orElseThrow(() -> new IllegalStateException("No unit with code " + code + " on " + on)).id());
	}

	/** As {@link Benchmark#run()}: warm-up runs, then measured runs; "rows" is the running models counted. */
	private static Benchmark.Result time(Probe probe, int warmUp, int runs) throws Exception {
		long rows = 0;
		for (int i = 0; i < warmUp; i++) {
			rows = probe.run().call();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			rows = probe.run().call();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new Benchmark.Result(probe.name(), rows, Benchmark.percentile(millis, 50), Benchmark.percentile(millis, 95),
				millis[millis.length - 1]);
	}

}
