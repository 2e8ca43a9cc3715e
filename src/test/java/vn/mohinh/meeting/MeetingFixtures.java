package vn.mohinh.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Records the tests of meetings create through the pages, and what they read back from the tables. */
final class MeetingFixtures {

	static final String CELL = "Chi bộ Mặt trận huyện Kon Rẫy";
	static final String TAN_LAP_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập";
	static final String DAK_RUONG_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng";

	private final MockMvc mvc;
	private final UserDetailsService users;
	private final JdbcClient jdbc;

	MeetingFixtures(MockMvc mvc, UserDetailsService users, JdbcClient jdbc) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long organisation(String name) {
		return jdbc.sql("select id from organisation where name = ? order by id desc").param(name).query(Long.class).list().get(0);
	}

	/** The people of an organisation (cell members and staff), by id. */
	List<Long> people(long organisationId) {
		return jdbc.sql("select id from person where (organisation_id = ? or party_cell_id = ?) and active = true order by id")
			.param(organisationId).param(organisationId).query(Long.class).list();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	long version(String table, long id) {
		return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
	}

	/** The form of a meeting of an organisation with every person present. */
	MockHttpServletRequestBuilder meeting(long organisationId, String date, String topic, String username) {
		return meetingAt("/meetings", organisationId, date, topic, username);
	}

	MockHttpServletRequestBuilder meetingAt(String url, long organisationId, String date, String topic, String username) {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).with(as(username))
			.param("organisationId", String.valueOf(organisationId)).param("date", date).param("kind", "REGULAR")
			.param("topic", topic).param("agenda", "1. Kiểm điểm").param("resolutions", "1. Nghị quyết một\n2. Nghị quyết hai");
		List<Long> people = people(organisationId);
		for (int i = 0; i < people.size(); i++) {
			request.param("attendees[" + i + "].personId", String.valueOf(people.get(i)))
				.param("attendees[" + i + "].personName", "x").param("attendees[" + i + "].present", "true");
		}
		return request;
	}

	/** Records a meeting through the page and answers its id. */
	long record(long organisationId, String date, String topic, String username) throws Exception {
		String location = mvc.perform(meeting(organisationId, date, topic, username)).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Adds an action item through the meeting's page and answers its id. */
	long item(long meetingId, long personId, String due, String body, String username) throws Exception {
		mvc.perform(post("/meetings/{id}/action-items", meetingId).with(csrf()).with(as(username)).param("body", body)
			.param("personId", String.valueOf(personId)).param("dueDate", due)).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from action_item where body = ?").param(body).query(Long.class).single();
	}

}
