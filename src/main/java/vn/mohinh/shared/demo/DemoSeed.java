package vn.mohinh.shared.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mohinh.shared.security.ScopedPrincipal;

/**
 * Guards the demo data: each module's part is loaded on the first start with demo data enabled and
 * never again. Called inside the loader's transaction, so a failed load leaves no claim behind.
 */
@Component
public class DemoSeed {

	private final JdbcClient jdbc;
	private final boolean enabled;
	private final TransactionTemplate transaction;

	DemoSeed(JdbcClient jdbc, @Value("${mohinh.demo-data:false}") boolean enabled, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.enabled = enabled;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The demo data loader: a national administrator, so that the audit trail names "demo-data". */
	private record Loader() implements ScopedPrincipal {
		public String username() { return "demo-data"; }
		public String displayName() { return "demo-data"; }
		public Long scopeLocalityId() { return null; }
		public boolean isAdmin() { return true; }
		public boolean canEdit() { return true; }
	}

	/**
	 * Loads a module's part once, in one transaction, through the module's own services as the demo
	 * data loader; the previous authentication is restored afterwards.
	 */
	public void loadOnce(String part, Runnable load) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(new Loader(), null, List.of()));
		try {
			transaction.executeWithoutResult(status -> {
				if (claim(part)) {
					load.run();
				}
			});
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
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
