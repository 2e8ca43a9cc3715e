package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import vn.mohinh.MoHinhTest;

/**
 * With mail configured, the reminder job and the notification module's mail job together bring an
 * overdue model's reminder to the mailbox of each editor with an address, once.
 */
@MoHinhTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3926",
		"mohinh.base-url=https://mohinh.example", "mohinh.mail.every=PT1S" })
class ReminderMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3926, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

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
	RecurringTask<Void> reminderTask;

	@Autowired
	@Qualifier("notificationMailTask")
	RecurringTask<Void> mailTask;

	@Test
	void anOverdueModelIsMailedToTheEditorsWithAnAddress() throws Exception {
		RegularityWatchTests.Models m = new RegularityWatchTests.Models(mvc, users, jdbc, events, transactions);
		String name = "Thư nhắc " + UUID.randomUUID().toString().substring(0, 6);
		long id = m.create("huyen", "23488", "10", name, "2020-02-01", "NONE", 2020);

		SchedulerClient client = SchedulerClient.Builder.create(dataSource, reminderTask, mailTask).build();
		Instant now = Instant.now();
		for (RecurringTask<Void> task : List.of(reminderTask, mailTask)) {
			var instance = task.instance(RecurringTask.INSTANCE);
			if (client.getScheduledExecution(instance).isPresent()) {
				client.reschedule(instance, now);
			}
			else {
				client.scheduleIfNotExists(instance, now);
			}
		}
		Scheduler scheduler = Scheduler.create(dataSource, reminderTask, mailTask).pollingInterval(Duration.ofMillis(100))
			.threads(2).build();
		scheduler.start();
		try {
			long deadline = System.currentTimeMillis() + Duration.ofSeconds(90).toMillis();
			while (System.currentTimeMillis() < deadline && (ours("dakruong@konray.example", name).size() < 1
					|| ours("huyen@konray.example", name).size() < 1)) {
				Thread.sleep(200);
			}
			// A few more rounds of the mail job: nothing is sent twice.
			Thread.sleep(2500);
		}
		finally {
			scheduler.stop();
		}
		List<MimeMessage> toDakRuong = ours("dakruong@konray.example", name);
		assertThat(toDakRuong).hasSize(1);
		assertThat(ours("huyen@konray.example", name)).hasSize(1);
		assertThat(toDakRuong.get(0).getSubject()).isEqualTo("[MoHinh] Mô hình “" + name + "” đã quá hạn kiểm tra");
		assertThat(body(toDakRuong.get(0))).contains("https://mohinh.example/initiatives/" + id).contains("01/02/2021");
		assertThat(jdbc.sql("select mail_status from notification where recipient = 'dakruong' and topic like ?")
			.param("inspection-overdue:" + id + ":%").query(String.class).list()).containsExactly("SENT");
		// lanhdao has no address (and is no editor): nothing for them.
		assertThat(jdbc.sql("select count(*) from notification where recipient = 'lanhdao' and topic like ?")
			.param("inspection-%:" + id + ":%").query(Long.class).single()).isZero();
	}

	private static List<MimeMessage> ours(String address, String name) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return address.equals(message.getAllRecipients()[0].toString()) && message.getSubject().contains(name);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
