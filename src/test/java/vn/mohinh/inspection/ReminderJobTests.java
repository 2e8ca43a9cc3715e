package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import vn.mohinh.MoHinhTest;
import vn.mohinh.account.AccountDirectory;
import vn.mohinh.account.Recipient;

/**
 * The reminder job: every model overdue or due soon reminds its party member in charge and the
 * editors covering it, once per occasion, again every 30 days while overdue; and two application
 * instances on one database (two db-scheduler instances) run it once between them.
 */
@MoHinhTest
class ReminderJobTests {

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
	DataSource dataSource;

	@Autowired
	@Qualifier("inspectionReminderTask")
	RecurringTask<Void> task;

	@Autowired
	InspectionReminders reminders;

	@Autowired
	AccountDirectory accounts;

	RegularityWatchTests.Models models() {
		return new RegularityWatchTests.Models(mvc, users, jdbc, events, transactions);
	}

	long personId(String fullName) {
		return jdbc.sql("select min(id) from person where full_name = ?").param(fullName).query(Long.class).single();
	}

	/** A throwaway viewer account of xã Đắk Ruồng with an address, linked to a person. */
	String accountOf(long personId) throws Exception {
		String username = "r-" + UUID.randomUUID().toString().substring(0, 10);
		mvc.perform(post("/admin/users").with(csrf()).with(models().as("admin")).param("username", username)
			.param("displayName", "Đảng viên " + username).param("role", "VIEWER").param("scopeCode", "23488")
			.param("scopeOn", "30/06/2021").param("email", username + "@konray.example")
			.param("password", "mot-mat-khau-dai-de-thu")).andExpect(status().is3xxRedirection());
		jdbc.sql("update user_account set person_id = ? where username = ?").param(personId).param(username).update();
		return username;
	}

	Set<String> recipientsOf(long id, String topicPrefix) {
		return new TreeSet<>(jdbc.sql("select recipient from notification where topic like ?")
			.param(topicPrefix + id + ":%").query(String.class).list());
	}

	long notificationsOf(long id) {
		return jdbc.sql("select count(*) from notification where topic like ?").param("inspection-%:" + id + ":%")
			.query(Long.class).single();
	}

	@Test
	void topicsNameTheOccasionAndRepeatEveryThirtyDaysWhileOverdue() {
		LocalDate due = LocalDate.of(2025, 1, 10);
		assertThat(InspectionReminders.topic(7, due, RegularityRule.Standing.DUE_SOON, -20))
			.isEqualTo("inspection-due-soon:7:2025-01-10");
		assertThat(InspectionReminders.topic(7, due, RegularityRule.Standing.OVERDUE, 1)).isEqualTo("inspection-overdue:7:2025-01-10");
		assertThat(InspectionReminders.topic(7, due, RegularityRule.Standing.OVERDUE, 30)).isEqualTo("inspection-overdue:7:2025-01-10");
		assertThat(InspectionReminders.topic(7, due, RegularityRule.Standing.OVERDUE, 31)).isEqualTo("inspection-overdue:7:2025-01-10:r1");
		assertThat(InspectionReminders.topic(7, due, RegularityRule.Standing.OVERDUE, 61)).isEqualTo("inspection-overdue:7:2025-01-10:r2");
	}

	@Test
	void theResponsiblePeopleAreRemindedUntilTheInspectionHappensYetNeverTwice() throws Exception {
		RegularityWatchTests.Models m = models();
		long person = personId("Đinh Thị Hoa");
		String member = accountOf(person);
		// A model without a level (12 months) started on 10/01/2024: due on 10/01/2025.
		long id = m.create("huyen", "23488", "8", "Nhắc việc " + UUID.randomUUID().toString().substring(0, 6),
				"2024-01-10", "NONE", 2024, person);
		String path = m.communePath("23488");
		Set<String> expected = new TreeSet<>();
		accounts.accountsOfPerson(person).forEach(r -> expected.add(r.username()));
		accounts.editorsCovering(path).forEach(r -> expected.add(r.username()));
		assertThat(expected).contains(member, "dakruong", "huyen").doesNotContain("admin", "lanhdao");

		reminders.remind(LocalDate.of(2024, 12, 1));
		assertThat(notificationsOf(id)).as("not yet due soon").isZero();
		reminders.remind(LocalDate.of(2024, 12, 20));
		assertThat(recipientsOf(id, "inspection-due-soon:")).isEqualTo(expected);
		reminders.remind(LocalDate.of(2024, 12, 21));
		assertThat(notificationsOf(id)).as("once per occasion").isEqualTo(expected.size());

		reminders.remind(LocalDate.of(2025, 1, 11));
		assertThat(recipientsOf(id, "inspection-overdue:")).isEqualTo(expected);
		reminders.remind(LocalDate.of(2025, 2, 9));
		assertThat(notificationsOf(id)).isEqualTo(2L * expected.size());
		reminders.remind(LocalDate.of(2025, 2, 10));
		assertThat(notificationsOf(id)).as("again after 30 days overdue").isEqualTo(3L * expected.size());
		assertThat(jdbc.sql("select count(*) from notification where topic = ?")
			.param("inspection-overdue:" + id + ":2025-01-10:r1").query(Long.class).single()).isEqualTo(expected.size());
		Recipient mine = accounts.find(member).orElseThrow();
		assertThat(jdbc.sql("select title from notification where recipient = ? and topic = ?").param(mine.username())
			.param("inspection-overdue:" + id + ":2025-01-10").query(String.class).single())
			.startsWith("Mô hình “Nhắc việc").endsWith("đã quá hạn kiểm tra");
		assertThat(jdbc.sql("select link from notification where recipient = ? and topic like ?").param("dakruong")
			.param("inspection-overdue:" + id + ":%").query(String.class).list()).containsOnly("/initiatives/" + id);

		// Inspected on 12/02/2025: nothing is due until 12/01/2026, then a new occasion.
		m.inspected(id, LocalDate.of(2025, 2, 12));
		reminders.remind(LocalDate.of(2025, 3, 15));
		assertThat(notificationsOf(id)).isEqualTo(3L * expected.size());
		reminders.remind(LocalDate.of(2026, 1, 13));
		assertThat(jdbc.sql("select count(*) from notification where topic = ?")
			.param("inspection-overdue:" + id + ":2026-02-12").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from notification where topic = ?")
			.param("inspection-due-soon:" + id + ":2026-02-12").query(Long.class).single()).isEqualTo(expected.size());
	}

	@Test
	void twoInstancesOnOneDatabaseRunTheJobOnceAndEachReminderReachesEachPersonOnce() throws Exception {
		RegularityWatchTests.Models m = models();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		long id = m.create("huyen", "23488", "9", "Hai máy " + UUID.randomUUID().toString().substring(0, 6),
				"2020-01-15", "NONE", 2020);
		Set<String> expected = new TreeSet<>();
		accounts.editorsCovering(m.communePath("23488")).forEach(r -> expected.add(r.username()));

		assertThat(runOnTwoInstances()).as("runs of the job by either instance").isEqualTo(1);
		assertThat(recipientsOf(id, "inspection-overdue:")).isEqualTo(expected);
		assertThat(notificationsOf(id)).isEqualTo(expected.size());
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?").param(ReminderJob.TASK)
			.query(Long.class).single()).isEqualTo(1);
		// The next run is the next 06:00 in Vietnam.
		Instant next = jdbc.sql("select execution_time from scheduled_tasks where task_name = ?").param(ReminderJob.TASK)
			.query(java.sql.Timestamp.class).single().toInstant();
		assertThat(next).isAfter(Instant.now());
		assertThat(next.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getHour()).isEqualTo(6);

		// Run again the same day (a restart, a second trigger): nobody is reminded twice.
		assertThat(runOnTwoInstances()).isEqualTo(1);
		assertThat(notificationsOf(id)).isEqualTo(expected.size());
		assertThat(jdbc.sql("""
				select count(*) from (select recipient, topic from notification where topic like ?
				group by recipient, topic having count(*) > 1) d""").param("inspection-%").query(Long.class).single())
			.isZero();
		assertThat(today).isAfter(LocalDate.of(2021, 1, 15));
	}

	/**
	 * Makes the job due now and starts two schedulers on the same database, as two application
	 * instances would run; waits until one of them has run it and a second more (the other polls
	 * twenty times meanwhile), stops both and answers how many runs they made between them.
	 */
	private int runOnTwoInstances() throws InterruptedException {
		SchedulerClient client = SchedulerClient.Builder.create(dataSource, task).build();
		var instance = task.instance(RecurringTask.INSTANCE);
		Instant now = Instant.now();
		if (client.getScheduledExecution(instance).isPresent()) {
			client.reschedule(instance, now);
		}
		else {
			client.scheduleIfNotExists(instance, now);
		}
		AtomicInteger runs = new AtomicInteger();
		Scheduler first = instance("instance-a", runs);
		Scheduler second = instance("instance-b", runs);
		first.start();
		second.start();
		try {
			long deadline = System.currentTimeMillis() + Duration.ofSeconds(90).toMillis();
			while (System.currentTimeMillis() < deadline) {
				java.sql.Timestamp success = jdbc.sql("select last_success from scheduled_tasks where task_name = ?")
					.param(ReminderJob.TASK).query(java.sql.Timestamp.class).optional().orElse(null);
				if (success != null && !success.toInstant().isBefore(now)) {
					Thread.sleep(1000);
					return runs.get();
				}
				Thread.sleep(100);
			}
			throw new AssertionError("the reminder job did not run within 90 s");
		}
		finally {
			first.stop();
			second.stop();
		}
	}

	private Scheduler instance(String name, AtomicInteger runs) {
		return Scheduler.create(dataSource, task).schedulerName(new SchedulerName.Fixed(name))
			.pollingInterval(Duration.ofMillis(50)).threads(2).addSchedulerListener(new AbstractSchedulerListener() {

				@Override
				public void onExecutionComplete(ExecutionComplete completed) {
					if (ReminderJob.TASK.equals(completed.getExecution().taskInstance.getTaskName())) {
						runs.incrementAndGet();
					}
				}

			}).build();
	}

}
