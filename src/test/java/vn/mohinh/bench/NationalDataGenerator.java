package vn.mohinh.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.mohinh.MoHinhApplication;

/**
 * Fills the database that {@code SPRING_DATASOURCE_URL} names with national-scale data for the
 * benchmarks (DESIGN.md §11), outside the demo data: the application starts (on a free port, its
 * security needs the web stack) so that Flyway brings the schema and the official localities, then each {@link GeneratorStep}
 * runs in its own transaction. A step whose data is already there is skipped, so a second run adds
 * nothing. See docs/benchmarks.md.
 */
public final class NationalDataGenerator {

	private static final Logger log = LoggerFactory.getLogger(NationalDataGenerator.class);
	private static final long SEED = 20250701L;

	/** In order: a step may use what the steps before it made (models need villages). */
	static List<GeneratorStep> steps() {
		return List.of(new Villages(), new Initiatives(), new Inspections());
	}

	private NationalDataGenerator() {
	}

	public static void main(String[] args) throws SQLException {
		SpringApplication application = new SpringApplication(MoHinhApplication.class);
		// As arguments: they win over application.properties, default properties would not.
		List<String> arguments = new ArrayList<>(List.of(args));
		properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			run(context.getBean(DataSource.class), steps());
		}
	}

	/** No demo data (Kon Rẫy's villages would make the village step refuse), batched inserts on PostgreSQL. */
	static Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("mohinh.demo-data", "false");
		properties.put("spring.main.banner-mode", "off");
		properties.put("server.port", "0");
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			// The driver turns a batch of single-row inserts into multi-row inserts.
			properties.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
		}
		return properties;
	}

	static void run(DataSource dataSource, List<GeneratorStep> steps) throws SQLException {
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			String database = connection.getMetaData().getDatabaseProductName();
			log.info("Generating national data into {} ({})", connection.getMetaData().getURL(), database);
			connection.setAutoCommit(false);
			Random random = new Random(SEED);
			for (GeneratorStep step : steps) {
				long existing = step.existing(connection);
				if (existing > 0) {
					log.info("{}: skipped, {} already there; drop the database to generate again", step.name(), existing);
					continue;
				}
				long stepStarted = System.nanoTime();
				try {
					long inserted = step.generate(connection, random);
					connection.commit();
					log.info("{}: {} rows in {} s", step.name(), inserted, seconds(stepStarted));
				}
				catch (SQLException | RuntimeException ex) {
					connection.rollback();
					throw ex;
				}
			}
			if (database.contains("PostgreSQL")) {
				// Fresh planner statistics, or the first benchmark runs on guesses; and the visibility map,
				// without which index-only scans read the table (autovacuum would set it later).
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("vacuum analyze");
				}
			}
		}
		log.info("Done in {} s", seconds(started));
	}

	private static String seconds(long since) {
		return String.format("%.1f", (System.nanoTime() - since) / 1e9);
	}

}
