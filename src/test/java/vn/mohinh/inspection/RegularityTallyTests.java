package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Inspections per year for the dashboard: the per-commune tally follows recorded and withdrawn
 * inspections, two writers of one commune at once lose no count, and an area outside the user's scope
 * is refused. Inspections are written as rows of the inspection table with their event, as the
 * inspection module does.
 */
@MoHinhTest
class RegularityTallyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	InspectionRegularity regularity;

	@Autowired
	ScopeGuard scopes;

	@Autowired
	LocalityDirectory localities;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	RegularityWatchTests.Models models() {
		return new RegularityWatchTests.Models(mvc, users, jdbc, events, transactions);
	}

	/** An inspection row of a model (what the inspection module stores), without its event. */
	long insertInspection(long initiativeId, LocalDate on) {
		long id = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into inspection (id, initiative_id, initiative_name, type_id, type_name, commune_id, commune_name,
				place_text, scope_path, inspected_on, kind, organisation_name, status, search_key, sort_key, created_at,
				updated_at, version)
				select ?, i.id, i.name, i.type_id, 'Loại', i.commune_id, i.commune_name, i.place_text, i.scope_path, ?,
				'KIEM_TRA', 'Ban Thường trực', 'RECORDED', 'x', i.sort_key, ?, ?, 0 from initiative i where i.id = ?""")
			.param(id).param(on).param(now).param(now).param(initiativeId).update();
		return id;
	}

	/** Records an inspection and tells the watch, in one transaction, as the inspection service does. */
	long record(long initiativeId, LocalDate on) {
		return new TransactionTemplate(transactions).execute(tx -> {
			long id = insertInspection(initiativeId, on);
			events.publishEvent(new InspectionRecorded(id, initiativeId, latest(initiativeId)));
			return id;
		});
	}

	void withdraw(long inspectionId, long initiativeId) {
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			jdbc.sql("update inspection set status = 'WITHDRAWN', withdrawn_reason = 'Nhầm' where id = ?")
				.param(inspectionId).update();
			events.publishEvent(new InspectionRecorded(inspectionId, initiativeId, latest(initiativeId)));
		});
	}

	LocalDate latest(long initiativeId) {
		return jdbc.sql("select max(inspected_on) from inspection where initiative_id = ? and status = 'RECORDED'")
			.param(initiativeId).query(LocalDate.class).optional().orElse(null);
	}

	void signIn(String username) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	List<Long> counts(Scope area) {
		return regularity.inspectionsByYear(area, 2004, 2007).stream().map(InspectionRegularity.YearCount::count).toList();
	}

	@Test
	void theYearlyCountsFollowRecordedAndWithdrawnInspections() throws Exception {
		RegularityWatchTests.Models m = models();
		long model = m.create("huyen", "23488", "11", "Đếm " + UUID.randomUUID().toString().substring(0, 6), "2004-03-01",
				"NONE", 2004);
		signIn("dakruong");
		Scope own = scopes.current();
		List<Long> before = counts(own);
		assertThat(regularity.inspectionsByYear(own, 2004, 2007)).extracting(InspectionRegularity.YearCount::year)
			.containsExactly(2004, 2005, 2006, 2007);
		record(model, LocalDate.of(2005, 4, 2));
		long second = record(model, LocalDate.of(2005, 10, 9));
		record(model, LocalDate.of(2007, 1, 15));
		assertThat(m.lastInspectedOn(model)).isEqualTo(LocalDate.of(2007, 1, 15));
		assertThat(counts(own)).containsExactly(before.get(0), before.get(1) + 2, before.get(2), before.get(3) + 1);
		withdraw(second, model);
		assertThat(counts(own)).containsExactly(before.get(0), before.get(1) + 1, before.get(2), before.get(3) + 1);
		// A district user sees them too; the commune's figures lie within the district's.
		signIn("huyen");
		List<Long> district = counts(scopes.current());
		assertThat(district.get(1)).isGreaterThanOrEqualTo(before.get(1) + 1);
		// An area the user does not cover is refused.
		signIn("dakruong");
		long tanLap = localities.findByCode("23497", LocalDate.of(2020, 1, 1)).orElseThrow().id();
		assertThatThrownBy(() -> regularity.inspectionsByYear(scopes.scopeOfRoot(tanLap), 2004, 2007))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> regularity.inspectionsByYear(Scope.EVERYWHERE, 2004, 2007))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void twoWritersOfOneCommuneAtOnceLoseNoCount() throws Exception {
		RegularityWatchTests.Models m = models();
		long first = m.create("huyen", "23488", "12", "Cùng lúc A " + UUID.randomUUID().toString().substring(0, 6),
				"2003-01-01", "NONE", 2003);
		long second = m.create("huyen", "23488", "13", "Cùng lúc B " + UUID.randomUUID().toString().substring(0, 6),
				"2003-01-01", "NONE", 2003);
		String path = m.communePath("23488");
		long before = tally(path, 2003);
		CountDownLatch firstCounted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> one = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
				long id = insertInspection(first, LocalDate.of(2003, 6, 1));
				events.publishEvent(new InspectionRecorded(id, first, LocalDate.of(2003, 6, 1)));
				firstCounted.countDown();
				await(release);
			}));
			assertThat(firstCounted.await(30, TimeUnit.SECONDS)).isTrue();
			Future<?> two = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
				long id = insertInspection(second, LocalDate.of(2003, 7, 1));
				events.publishEvent(new InspectionRecorded(id, second, LocalDate.of(2003, 7, 1)));
			}));
			// The second writer waits for the commune's lock while the first has not committed.
			Thread.sleep(300);
			assertThat(two.isDone()).isFalse();
			release.countDown();
			one.get(30, TimeUnit.SECONDS);
			two.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		assertThat(tally(path, 2003)).isEqualTo(before + 2);
		assertThat(tally(path, 2003)).isEqualTo(jdbc.sql("""
				select count(*) from inspection where scope_path = ? and status = 'RECORDED'
				and inspected_on >= ? and inspected_on < ?""").param(path).param(LocalDate.of(2003, 1, 1))
			.param(LocalDate.of(2004, 1, 1)).query(Long.class).single());
	}

	long tally(String path, int year) {
		return jdbc.sql("select coalesce(sum(inspections), 0) from inspection_tally where scope_path = ? and tally_year = ?")
			.param(path).param(year).query(Long.class).single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
