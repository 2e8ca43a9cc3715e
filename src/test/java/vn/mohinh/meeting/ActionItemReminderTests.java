package vn.mohinh.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/**
 * The daily reminders of overdue action items: the person in charge's account (bithu, linked to the
 * cell secretary) and the editors covering the organisation are notified once per occasion, again
 * after 30 more days, and never for an item done in time.
 */
@MoHinhTest
class ActionItemReminderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActionItemReminders reminders;

	MeetingFixtures f;

	@BeforeEach
	void fixtures() {
		f = new MeetingFixtures(mvc, users, jdbc);
	}

	List<String> recipients(String topic) {
		return jdbc.sql("select recipient from notification where topic = ? order by recipient").param(topic)
			.query(String.class).list();
	}

	@Test
	void anOverdueItemRemindsThePersonInChargeAndTheEditorsOncePerOccasion() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		long secretary = jdbc.sql("select person_id from user_account where username = 'bithu'").query(Long.class).single();
		long id = f.record(cell, "05/01/2025", MeetingFixtures.unique("Họp nhắc việc"), "huyen");
		LocalDate due = LocalDate.of(2025, 1, 20);
		long item = f.item(id, secretary, "20/01/2025", MeetingFixtures.unique("Việc cần nhắc"), "huyen");
		LocalDate day = LocalDate.of(2025, 1, 25);
		String topic = ActionItemReminders.topic(item, due, ChronoUnit.DAYS.between(due, day));
		assertThat(topic).isEqualTo("action-item-overdue:" + item + ":2025-01-20");

		reminders.remind(day);
		assertThat(recipients(topic)).contains("bithu", "huyen").doesNotContain("dakruong", "lanhdao");
		long first = recipients(topic).size();
		reminders.remind(day.plusDays(1));
		assertThat(recipients(topic)).hasSize((int) first);
		// Thirty days later it is still open: a new occasion.
		reminders.remind(day.plusDays(30));
		assertThat(recipients(topic + ":r1")).contains("bithu", "huyen");

		long done = f.item(id, secretary, "21/01/2025", MeetingFixtures.unique("Việc xong đúng hạn"), "huyen");
		jdbc.sql("update action_item set status = 'DONE', done_on = ? where id = ?").param(java.sql.Date.valueOf(due))
			.param(done).update();
		reminders.remind(day);
		assertThat(jdbc.sql("select count(*) from notification where topic like ?").param("action-item-overdue:" + done + ":%")
			.query(Long.class).single()).isZero();
	}

}
