package vn.mohinh.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/**
 * Scope on every path of meetings, action items and commitments: dakruong (editor of xã Đăk Ruồng)
 * neither sees nor changes a meeting of xã Tân Lap or of the district (pages, form, items, status,
 * minutes, exports, API, commitments, gaps), the database unchanged after each refused write;
 * lanhdao (viewer of the district) reads but may not write (403).
 */
@MoHinhTest
class MeetingScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	MeetingFixtures f;

	@BeforeEach
	void fixtures() {
		f = new MeetingFixtures(mvc, users, jdbc);
	}

	record Counts(long meetings, long items, long commitments, long meetingVersion, long itemVersion, long withdrawn) {
	}

	Counts counts(long meetingId, long itemId) {
		return new Counts(f.count("select count(*) from meeting"), f.count("select count(*) from action_item"),
				f.count("select count(*) from commitment"), f.version("meeting", meetingId), f.version("action_item", itemId),
				f.count("select count(*) from meeting where withdrawn_at is not null"));
	}

	@Test
	void dakRuongNeitherSeesNorChangesATanLapMeetingOnAnyPath() throws Exception {
		long board = f.organisation(MeetingFixtures.TAN_LAP_BOARD);
		String topic = MeetingFixtures.unique("Họp Tân Lập riêng");
		long id = f.record(board, "05/09/2024", topic, "huyen");
		String body = MeetingFixtures.unique("Việc Tân Lập riêng");
		long item = f.item(id, f.people(board).get(0), "10/09/2024", body, "huyen");
		Counts before = counts(id, item);
		// Pages and writes: 404 as if it did not exist.
		mvc.perform(get("/meetings/{id}", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}/edit", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}/minutes.docx", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(f.meetingAt("/meetings/" + id + "/edit", board, "05/09/2024", "Xâm nhập", "dakruong")
			.param("version", String.valueOf(before.meetingVersion()))).andExpect(status().isNotFound());
		mvc.perform(post("/meetings/{id}/withdraw", id).with(csrf()).with(f.as("dakruong"))
			.param("version", String.valueOf(before.meetingVersion())).param("reason", "Xâm nhập")).andExpect(status().isNotFound());
		mvc.perform(post("/meetings/{id}/action-items", id).with(csrf()).with(f.as("dakruong")).param("body", "Xâm nhập")
			.param("personId", String.valueOf(f.people(board).get(0))).param("dueDate", "30/09/2024"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/action-items/{id}/status", item).with(csrf()).with(f.as("dakruong")).header("HX-Request", "true")
			.param("version", String.valueOf(before.itemVersion())).param("status", "DONE").param("doneOn", "09/09/2024"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/meetings/new").param("organisation", String.valueOf(board)).with(f.as("dakruong")))
			.andExpect(status().isNotFound());
		mvc.perform(f.meeting(board, "06/09/2024", "Xâm nhập", "dakruong")).andExpect(status().isNotFound());
		// The API.
		mvc.perform(get("/api/v1/meetings/{id}", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/meetings").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisationId\": " + board + ", \"date\": \"2024-09-06\", \"kind\": \"REGULAR\", \"topic\": \"Xâm nhập\"}"))
			.andExpect(status().isNotFound());
		for (String locality : new String[] { "23497", "" }) {
			String meetings = mvc.perform(get("/api/v1/meetings").param("locality", locality).param("size", "200")
				.with(f.as("dakruong"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(meetings).doesNotContain(topic).doesNotContain("Chi bộ Mặt trận");
			String items = mvc.perform(get("/api/v1/action-items").param("locality", locality).param("size", "200")
				.with(f.as("dakruong"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(items).doesNotContain(body).doesNotContain("Chi bộ Mặt trận");
		}
		assertThat(counts(id, item)).isEqualTo(before);
		// Lists and exports show nothing of Tân Lập nor of the district.
		mvc.perform(get("/meetings").param("size", "200").with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow(topic)).andExpect(Html.doesNotShow("Chi bộ Mặt trận huyện Kon Rẫy"));
		mvc.perform(get("/action-items").param("size", "200").with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow(body));
		assertThat(exported("/meetings/export.xlsx", "dakruong")).noneMatch(r -> r.contains(topic) || r.contains("Chi bộ Mặt trận"));
		assertThat(exported("/action-items/export.xlsx", "dakruong")).noneMatch(r -> r.contains(body));
		// The district sees it.
		mvc.perform(get("/meetings/{id}", id).with(f.as("huyen"))).andExpect(status().isOk()).andExpect(Html.shows(topic));
		assertThat(exported("/action-items/export.xlsx", "huyen")).anyMatch(r -> r.contains(body));
	}

	@Test
	void dakRuongSeesNoCommitmentOfTheDistrictCell() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		long commitment = jdbc.sql("select id from commitment where organisation_id = ? and commit_year = 2021 order by id")
			.param(cell).query(Long.class).list().get(0);
		long person = jdbc.sql("select person_id from commitment where id = ?").param(commitment).query(Long.class).single();
		long before = f.count("select count(*) from commitment");
		long version = f.version("commitment", commitment);
		mvc.perform(get("/commitments").param("organisation", String.valueOf(cell)).with(f.as("dakruong")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/commitments/{id}", commitment).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/commitments/{id}/edit", commitment).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(post("/commitments/{id}/edit", commitment).with(csrf()).with(f.as("dakruong"))
			.param("version", String.valueOf(version)).param("items", "Xâm nhập").param("registeredOn", "01/01/2021"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/commitments/{id}/reviews", commitment).with(csrf()).with(f.as("dakruong"))
			.param("version", String.valueOf(version)).param("kind", "MID_YEAR").param("reviewedOn", "05/07/2021")
			.param("result", "NOT_DONE")).andExpect(status().isNotFound());
		mvc.perform(post("/commitments").param("organisation", String.valueOf(cell)).with(csrf()).with(f.as("dakruong"))
			.param("personId", String.valueOf(person)).param("year", "2030").param("items", "Xâm nhập")
			.param("registeredOn", "01/01/2030")).andExpect(status().isNotFound());
		mvc.perform(get("/commitments/gaps").param("year", "2021").param("locality", "614").with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.doesNotShow("Phạm Văn Đức"));
		mvc.perform(get("/commitments/gaps").param("year", "2021").with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.doesNotShow("Phạm Văn Đức"));
		mvc.perform(get("/commitments").with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("Chi bộ Mặt trận huyện Kon Rẫy"));
		assertThat(f.count("select count(*) from commitment")).isEqualTo(before);
		assertThat(f.version("commitment", commitment)).isEqualTo(version);
	}

	@Test
	void theViewerReadsButMayNotWrite() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		long id = f.record(cell, "05/10/2024", MeetingFixtures.unique("Lãnh đạo chỉ xem"), "huyen");
		long item = f.item(id, f.people(cell).get(0), "30/10/2024", MeetingFixtures.unique("Việc lãnh đạo xem"), "huyen");
		Counts before = counts(id, item);
		mvc.perform(get("/meetings/{id}", id).with(f.as("lanhdao"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("/meetings/" + id + "/edit"));
		mvc.perform(get("/meetings/new").with(f.as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(get("/meetings/{id}/edit", id).with(f.as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(f.meeting(cell, "06/10/2024", "Không được", "lanhdao")).andExpect(status().isForbidden());
		mvc.perform(post("/meetings/{id}/withdraw", id).with(csrf()).with(f.as("lanhdao"))
			.param("version", String.valueOf(before.meetingVersion())).param("reason", "Không được"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/action-items/{id}/status", item).with(csrf()).with(f.as("lanhdao"))
			.param("version", String.valueOf(before.itemVersion())).param("status", "DONE").param("doneOn", "10/10/2024"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/meetings").with(csrf()).with(f.as("lanhdao")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisationId\": " + cell + "}")).andExpect(status().isForbidden());
		assertThat(counts(id, item)).isEqualTo(before);
	}

	List<String> exported(String url, String username) throws Exception {
		byte[] xlsx = mvc.perform(get(url).with(f.as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		List<String> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				StringBuilder text = new StringBuilder();
				row.forEach(c -> text.append(c.toString()).append(" | "));
				rows.add(text.toString());
			}
		}
		return rows;
	}

}
