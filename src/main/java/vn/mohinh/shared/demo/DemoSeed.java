package vn.mohinh.shared.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guards the demo data: each module's part is loaded on the first start with demo data enabled and
 * never again. Called inside the loader's transaction, so a failed load leaves no claim behind.
 */
@Component
public class DemoSeed {

	private final JdbcClient jdbc;
	private final boolean enabled;

	DemoSeed(JdbcClient jdbc, @Value("${mohinh.demo-data:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	/** True exactly once per part, and never when demo data is off (the prod profile). */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean claim(String part) {
		if (!enabled) {
			return false;
		}
		boolean loaded = jdbc.sql("select count(*) from demo_seed where part = ?").param(part).query(Long.class).single() > 0;
		if (loaded) {
			return false;
		}
		jdbc.sql("insert into demo_seed (part, loaded_at) values (?, ?)").param(part).param(Timestamp.from(Instant.now()))
			.update();
		return true;
	}

}
