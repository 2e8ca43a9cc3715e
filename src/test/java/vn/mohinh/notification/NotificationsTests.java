package vn.mohinh.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/** Notifications reach a user once per topic, and only that user reads or opens them. */
@MoHinhTest
class NotificationsTests {

	@Autowired
	Notifications notifications;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aTopicReachesAUserOnce() {
		String topic = "test:" + UUID.randomUUID();
		assertThat(notifications.notify("dakruong", topic, "Mô hình quá hạn kiểm tra", null, "/initiatives/1")).isTrue();
		assertThat(notifications.notify("dakruong", topic, "Mô hình quá hạn kiểm tra", null, "/initiatives/1")).isFalse();
		assertThat(notifications.notify("huyen", topic, "Mô hình quá hạn kiểm tra", null, "/initiatives/1")).isTrue();
		assertThat(count(topic)).isEqualTo(2);
	}

	@Test
	void unknownAccountsGetNothing() {
		String topic = "test:" + UUID.randomUUID();
		assertThat(notifications.notify("nobody-" + UUID.randomUUID(), topic, "Tiêu đề", null, null)).isFalse();
		assertThat(count(topic)).isZero();
	}

	@Test
	void withoutMailConfiguredNothingIsQueuedForMail() {
		String topic = "test:" + UUID.randomUUID();
		notifications.notify("dakruong", topic, "Tiêu đề", null, null);
		String status = jdbc.sql("select mail_status from notification where topic = ?").param(topic).query(String.class).single();
		assertThat(status).isEqualTo("NONE");
	}

	@Test
	void onlyOffSiteLinksAreDropped() {
		String topic = "test:" + UUID.randomUUID();
		notifications.notify("dakruong", topic, "Tiêu đề", null, "//evil.example/x");
		assertThat(jdbc.sql("select link from notification where topic = ?").param(topic).query(String.class).optional())
			.isEmpty();
	}

	@Test
	void theListShowsOnlyTheUsersOwnAndOpeningMarksRead() throws Exception {
		String topic = "test:" + UUID.randomUUID();
		String title = "Nhắc kiểm tra " + topic;
		notifications.notify("dakruong", topic, title, "Mô hình đã quá hạn kiểm tra.", "/initiatives/7");
		long id = id(topic, "dakruong");

		mvc.perform(get("/notifications").with(user(users.loadUserByUsername("dakruong"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/notifications").with(user(users.loadUserByUsername("huyen"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));

		// Another user cannot open it or learn that it exists.
		mvc.perform(get("/notifications/" + id).with(user(users.loadUserByUsername("huyen"))))
			.andExpect(status().isNotFound());
		assertThat(readAt(id)).isNull();

		mvc.perform(get("/notifications/" + id).with(user(users.loadUserByUsername("dakruong"))))
			.andExpect(redirectedUrl("/initiatives/7"));
		assertThat(readAt(id)).isNotNull();
	}

	@Test
	void theBadgeCountsUnreadAndMarkAllReadClearsIt() throws Exception {
		notifications.notify("lanhdao", "test:" + UUID.randomUUID(), "Một", null, null);
		notifications.notify("lanhdao", "test:" + UUID.randomUUID(), "Hai", null, null);
		long unread = jdbc.sql("select count(*) from notification where recipient = 'lanhdao' and read_at is null")
			.query(Long.class).single();
		mvc.perform(get("/notifications/badge").with(user(users.loadUserByUsername("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(unread + " chưa đọc")));

		mvc.perform(post("/notifications/read").with(csrf()).with(user(users.loadUserByUsername("lanhdao"))))
			.andExpect(redirectedUrl("/notifications"));
		mvc.perform(get("/notifications/badge").with(user(users.loadUserByUsername("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("chưa đọc"))));
	}

	@Test
	void signedOutVisitorsAreSentToLogin() throws Exception {
		mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
	}

	private long count(String topic) {
		return jdbc.sql("select count(*) from notification where topic = ?").param(topic).query(Long.class).single();
	}

	private long id(String topic, String recipient) {
		return jdbc.sql("select id from notification where topic = ? and recipient = ?").param(topic).param(recipient)
			.query(Long.class).single();
	}

	private Object readAt(long id) {
		return jdbc.sql("select read_at from notification where id = ?").param(id).query().listOfRows().get(0)
			.values().iterator().next();
	}

}
