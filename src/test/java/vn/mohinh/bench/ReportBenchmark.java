package vn.mohinh.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.mohinh.MoHinhApplication;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.Scope;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.shared.security.ScopedPrincipal;

/**
 * Times a periodic report at national scale (issue 6, docs/benchmarks.md, ADR 0009) on the database
 * of {@code SPRING_DATASOURCE_URL} after {@link NationalDataGenerator}: the draft (every section written
 * from the data and saved), then its DOCX, PDF and XLSX annex, for a commune, a province and the whole
 * country, and the heap's peak. Run it with {@code -Xmx512m}, the bound.
 *
 * <p>The report module's classes are package-private (only its pages and API are public), so this
 * program reaches its service and renderers by reflection rather than widening them for a benchmark.
 * It adds a Front committee per area (ids from 9,000,001) when they are missing; its drafts stay in the
 * database.
 *
 * <pre>java -Xmx512m -cp target/test-classes:target/classes:$(cat cp.txt) vn.mohinh.bench.ReportBenchmark</pre>
 */
public final class ReportBenchmark {

	/** A national administrator: the benchmark drafts reports. */
	private record Admin() implements ScopedPrincipal {

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
			return true;
		}

		public boolean canEdit() {
			return true;
		}

	}

	private record Result(String name, long size, double p50, double max) {
	}

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = Integer.parseInt(System.getProperty("bench.runs", "5"));
		int nationalRuns = Integer.parseInt(System.getProperty("bench.nationalRuns", "1"));
		SpringApplication application = new SpringApplication(MoHinhApplication.class);
		List<String> arguments = new ArrayList<>(List.of(args));
		NationalDataGenerator.properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		arguments.add("--logging.level.root=warn");
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			SecurityContextHolder.getContext()
				.setAuthentication(new UsernamePasswordAuthenticationToken(new Admin(), null, List.of()));
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			LocalityDirectory localities = context.getBean(LocalityDirectory.class);
			OrganisationDirectory organisations = context.getBean(OrganisationDirectory.class);
			Reports reports = new Reports(context);
			System.out.printf("%n%d models, %d inspections in the database; max heap %d MB%n",
					jdbc.sql("select count(*) from initiative").query(Long.class).single(),
					jdbc.sql("select count(*) from inspection").query(Long.class).single(),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
			LocalDate to = LocalDate.of(LocalDate.now().getYear() - 1, 12, 31);
			LocalDate from = LocalDate.of(to.getYear(), 1, 1);
			List<Result> results = new ArrayList<>();
			Map<String, String> areas = new java.util.LinkedHashMap<>();
			areas.put("xã Kon Braih", "23497");
			areas.put("tỉnh Quảng Ngãi", "51");
			long provinceIssuer = 0;
			for (var area : areas.entrySet()) {
				long localityId = localities.findByCode(area.getValue(), LocalDate.now()).orElseThrow().id();
				long issuer = issuer(jdbc, localityId, "Ủy ban MTTQ Việt Nam " + area.getKey());
				provinceIssuer = issuer;
				String name = area.getKey() + ", year " + from.getYear();
				long[] id = { 0 };
				results.add(time("draft (sections written from the data, saved), " + name, runs, () -> {
					id[0] = reports.create(issuer, from, to, area.getValue());
					return reports.length(id[0]);
				}));
				Object card = reports.card(id[0]);
				Scope scope = reports.area(id[0]);
				results.add(time("DOCX, " + name, runs, () -> reports.docx(card)));
				results.add(time("PDF, " + name, runs, () -> reports.pdf(card)));
				results.add(time("XLSX annex, " + name, runs, () -> reports.xlsx(card, scope)));
			}
			// The whole country has no locality to draft a report on: its sections are written for the
			// national area and put in a draft, then rendered as the others.
			OrganisationView issuer = organisations.find(provinceIssuer).orElseThrow();
			String name = "nationwide, year " + from.getYear();
			long id = reports.create(provinceIssuer, from, to, "51");
			Object[] sections = { null };
			results.add(time("draft sections (written from the data), " + name, nationalRuns, () -> {
				sections[0] = reports.sections(issuer, "toàn quốc", Scope.EVERYWHERE, from, to);
				return ((Map<?, ?>) sections[0]).values().stream().mapToLong(t -> t.toString().length()).sum();
			}));
			reports.revise(id, sections[0]);
			Object card = reports.card(id);
			results.add(time("DOCX, " + name, nationalRuns, () -> reports.docx(card)));
			results.add(time("PDF, " + name, nationalRuns, () -> reports.pdf(card)));
			results.add(time("XLSX annex, " + name, nationalRuns, () -> reports.xlsx(card, Scope.EVERYWHERE)));
			System.out.println();
			System.out.println("| step | size (characters or bytes) | p50 (ms) | max (ms) |");
			System.out.println("|---|---:|---:|---:|");
			for (Result r : results) {
				System.out.printf(java.util.Locale.ROOT, "| %s | %d | %.0f | %.0f |%n", r.name(), r.size(), r.p50(), r.max());
			}
			long peak = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					peak += pool.getPeakUsage().getUsed();
				}
			}
			System.out.printf("%nPeak heap used (sum of the pools' peaks): %d MB of %d MB%n", peak / (1024 * 1024),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
		}
	}

	/** A Front committee of the locality, added once. */
	private static long issuer(JdbcClient jdbc, long localityId, String name) {
		long id = 9_000_000 + localityId;
		if (jdbc.sql("select count(*) from organisation where id = ?").param(id).query(Long.class).single() == 0) {
			String path = jdbc.sql("select path from locality where id = ?").param(localityId).query(String.class).single();
			jdbc.sql("insert into organisation (id, name, kind, locality_id, scope_path, search_key, sort_key, version)"
					+ " values (?, ?, 'FRONT_COMMITTEE', ?, ?, ?, ?, 0)")
				.params(id, name, localityId, path, name.toLowerCase(), name.toLowerCase()).update();
		}
		return id;
	}

	private static Result time(String name, int runs, Callable<Long> run) throws Exception {
		long size = 0;
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			size = run.call();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf(java.util.Locale.ROOT, "%s: %.0f ms%n", name, millis[runs / 2]);
		return new Result(name, size, millis[runs / 2], millis[runs - 1]);
	}

	/** The report module's service and renderers, reached by reflection (package-private). */
	private static final class Reports {

		private final Object service;
		private final Object writer;
		private final Object documents;
		private final Object pdfs;
		private final Object annexes;

		Reports(ConfigurableApplicationContext context) throws ClassNotFoundException {
			this.service = context.getBean(type("ReportService"));
			this.writer = context.getBean(type("ReportWriter"));
			this.documents = context.getBean(type("ReportDocument"));
			this.pdfs = context.getBean(type("ReportPdf"));
			this.annexes = context.getBean(type("ReportAnnex"));
		}

		long create(long issuer, LocalDate from, LocalDate to, String code) throws Exception {
			Class<?> request = type("ReportService$Request");
			Class<?> kind = type("ReportKind");
			Constructor<?> make = request.getDeclaredConstructors()[0];
			make.setAccessible(true);
			Object yearly = Enum.valueOf(kind.asSubclass(Enum.class), "YEARLY");
			Object r = make.newInstance(issuer, yearly, from, to, code, null);
			return (long) method("ReportService", "create", request).invoke(service, r);
		}

		Object card(long id) throws Exception {
			return method("ReportService", "read", long.class).invoke(service, id);
		}

		Scope area(long id) throws Exception {
			return (Scope) method("ReportService", "area", long.class).invoke(service, id);
		}

		long length(long id) throws Exception {
			Object card = card(id);
			List<?> sections = (List<?>) method("ReportCard", "sections").invoke(card);
			long length = 0;
			for (Object s : sections) {
				length += ((String) method("ReportCard$SectionText", "text").invoke(s)).length();
			}
			return length;
		}

		Object sections(OrganisationView issuer, String name, Scope area, LocalDate from, LocalDate to) throws Exception {
			Class<?> subject = type("ReportWriter$Subject");
			Constructor<?> make = subject.getDeclaredConstructors()[0];
			make.setAccessible(true);
			return method("ReportWriter", "sections", subject).invoke(writer,
					make.newInstance(issuer, name, area, from, to));
		}

		void revise(long id, Object sections) throws Exception {
			Object card = card(id);
			long version = (long) method("ReportCard", "version").invoke(card);
			String title = (String) method("ReportCard", "title").invoke(card);
			method("ReportService", "revise", long.class, long.class, String.class, Map.class).invoke(service, id,
					version, title, sections);
		}

		long docx(Object card) throws Exception {
			return ((byte[]) method("ReportDocument", "docx", type("ReportCard")).invoke(documents, card)).length;
		}

		long pdf(Object card) throws Exception {
			return ((byte[]) method("ReportPdf", "pdf", type("ReportCard")).invoke(pdfs, card)).length;
		}

		long xlsx(Object card, Scope area) throws Exception {
			Counting out = new Counting();
			method("ReportAnnex", "write", type("ReportCard"), Scope.class, OutputStream.class).invoke(annexes, card, area,
					out);
			return out.bytes;
		}

		private static Class<?> type(String name) throws ClassNotFoundException {
			return Class.forName("vn.mohinh.report." + name);
		}

		private static Method method(String type, String name, Class<?>... params) throws Exception {
			Method m = type(type).getDeclaredMethod(name, params);
			m.setAccessible(true);
			return m;
		}

	}

	/** Counts the bytes of the annex (they are not kept: the size is the point). */
	private static final class Counting extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}

	}

}
