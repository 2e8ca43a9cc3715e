package vn.mohinh.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Random;

/**
 * One step of the {@link NationalDataGenerator}: villages, then models, inspections, commendations…
 * Each step fills its own tables with plain JDBC batches and is skipped when its data is already there.
 */
public interface GeneratorStep {

	/** What the log calls it ("villages"). */
	String name();

	/**
	 * Rows of this step's kind already in the database. Above zero the step does not run: the
	 * generator fills an empty national database once and never adds a second copy.
	 */
	long existing(Connection connection) throws SQLException;

	/**
	 * Generates the step's rows inside the generator's transaction and returns how many it inserted.
	 * {@code random} is seeded, so two runs on fresh databases produce the same data.
	 */
	long generate(Connection connection, Random random) throws SQLException;

}
