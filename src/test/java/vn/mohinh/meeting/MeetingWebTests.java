package vn.mohinh.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
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
 * The pages of meetings, action items and commitments as an editor uses them: recording, bad input
 * refused by the field with the input kept and nothing saved, a stale edit, the htmx status change,
 * the overdue list, the prepared template, the minutes as DOCX, the API.
 */
@MoHinhTest
class MeetingWebTests {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

	@Test
	void theEditorRecordsAMeetingWithAnActionItemThatShowsAsOverdue() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		String topic = MeetingFixtures.unique("Họp kiểm tra quá hạn");
		long id = f.record(cell, "05/03/2024", topic, "huyen");
		mvc.perform(get("/meetings/{id}", id).with(f.as("huyen"))).andExpect(status().isOk()).andExpect(Html.shows(topic))
			.andExpect(Html.shows("Nghị quyết hai"));
		long person = f.people(cell).get(0);
		String body = MeetingFixtures.unique("Việc quá hạn");
		long item = f.item(id, person, "20/03/2024", body, "huyen");
		mvc.perform(get("/action-items").param("overdue", "true").param("size", "200").with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows(body)).andExpect(Html.shows("item-" + item));
		mvc.perform(get("/action-items").param("overdue", "true").param("locality", "614").param("size", "200")
			.with(f.as("huyen"))).andExpect(Html.shows(body));
		mvc.perform(get("/meetings").param("size", "200").with(f.as("huyen"))).andExpect(Html.shows(topic));
	}

	@Test
	void anAttendeeFromAnotherOrganisationIsRefusedWithTheInputKept() throws Exception {
		long board = f.organisation(MeetingFixtures.DAK_RUONG_BOARD);
		long stranger = f.people(f.organisation(MeetingFixtures.TAN_LAP_BOARD)).get(0);
		String topic = MeetingFixtures.unique("Người lạ dự họp");
		long before = f.count("select count(*) from meeting");
		mvc.perform(f.meeting(board, "05/03/2024", topic, "huyen").param("attendees[5].personId", String.valueOf(stranger))
			.param("attendees[5].personName", "A Thuận").param("attendees[5].present", "true"))
			.andExpect(status().isOk()).andExpect(Html.shows("Người tham dự không thuộc tổ chức của buổi sinh hoạt"))
			.andExpect(Html.shows(topic));
		assertThat(f.count("select count(*) from meeting")).isEqualTo(before);
	}

	@Test
	void aDueDateBeforeTheMeetingIsRefusedWithTheInputKept() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		long id = f.record(cell, "05/04/2024", MeetingFixtures.unique("Hạn trước ngày họp"), "huyen");
		String body = MeetingFixtures.unique("Việc hạn sai");
		long before = f.count("select count(*) from action_item");
		mvc.perform(post("/meetings/{id}/action-items", id).with(csrf()).with(f.as("huyen")).param("body", body)
			.param("personId", String.valueOf(f.people(cell).get(0))).param("dueDate", "01/04/2024"))
			.andExpect(status().isOk()).andExpect(Html.shows("Hạn hoàn thành không được trước ngày họp"))
			.andExpect(Html.shows(body)).andExpect(Html.shows("01/04/2024"));
		assertThat(f.count("select count(*) from action_item")).isEqualTo(before);
	}

	@Test
	void aStaleEditKeepsBothVersions() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		String topic = MeetingFixtures.unique("Bản gốc");
		long id = f.record(cell, "05/05/2024", topic, "huyen");
		long version = f.version("meeting", id);
		mvc.perform(f.meetingAt("/meetings/" + id + "/edit", cell, "05/05/2024", topic + " sửa lần một", "huyen")
			.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		String mine = topic + " sửa lần hai";
		mvc.perform(post("/meetings/{id}/edit", id).with(csrf()).with(f.as("huyen")).param("version", String.valueOf(version))
			.param("date", "05/05/2024").param("kind", "REGULAR").param("topic", mine))
			.andExpect(status().isOk()).andExpect(Html.shows("vừa được người khác sửa")).andExpect(Html.shows(mine))
			.andExpect(Html.shows(topic + " sửa lần một"));
		assertThat(jdbc.sql("select topic from meeting where id = ?").param(id).query(String.class).single())
			.isEqualTo(topic + " sửa lần một");
	}

	@Test
	void theStatusChangesInlineWithHtmxAndWithoutJavaScript() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		long id = f.record(cell, "05/06/2024", MeetingFixtures.unique("Đổi tình trạng"), "huyen");
		long item = f.item(id, f.people(cell).get(1), "30/06/2024", MeetingFixtures.unique("Việc đổi tình trạng"), "huyen");
		String fragment = mvc.perform(post("/action-items/{id}/status", item).with(csrf()).with(f.as("huyen"))
			.header("HX-Request", "true").param("version", String.valueOf(f.version("action_item", item)))
			.param("status", "DONE").param("doneOn", "25/06/2024")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).startsWith("<tr").contains("item-" + item).contains("Đã xong").doesNotContain("<html");
		assertThat(jdbc.sql("select status from action_item where id = ?").param(item).query(String.class).single())
			.isEqualTo("DONE");
		// Dropping without a reason is refused in the row; nothing changes.
		mvc.perform(post("/action-items/{id}/status", item).with(csrf()).with(f.as("huyen")).header("HX-Request", "true")
			.param("version", String.valueOf(f.version("action_item", item))).param("status", "DROPPED"))
			.andExpect(status().isOk()).andExpect(Html.shows("Việc này đã xong hoặc đã thôi"));
		mvc.perform(post("/action-items/{id}/status", item).with(csrf()).with(f.as("huyen"))
			.param("version", String.valueOf(f.version("action_item", item))).param("status", "OPEN"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from action_item where id = ?").param(item).query(String.class).single())
			.isEqualTo("OPEN");
	}

	@Test
	void aRegularMeetingIsPreparedFromTheTemplate() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		mvc.perform(get("/meetings/new").param("organisation", String.valueOf(cell)).param("prepare", "1")
			.param("date", "05/12/2021").with(f.as("bithu"))).andExpect(status().isOk())
			.andExpect(Html.shows("Sinh hoạt chi bộ thường kỳ tháng 12/2021"))
			.andExpect(Html.shows("Tổng kết việc thực hiện bản đăng ký làm theo năm 2021"))
			.andExpect(Html.shows("Nguyễn Thị Hồng Nhung")).andExpect(Html.shows("Phương hướng, nhiệm vụ tháng tới"));
	}

	@Test
	void aSecondCommitmentOfTheSameYearIsRefusedByTheField() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		long person = jdbc.sql("select id from person where full_name = 'Trần Thị Thu Hà'").query(Long.class).single();
		long before = f.count("select count(*) from commitment");
		String items = MeetingFixtures.unique("Đăng ký lần hai");
		mvc.perform(post("/commitments").param("organisation", String.valueOf(cell)).with(csrf()).with(f.as("bithu"))
			.param("personId", String.valueOf(person)).param("year", "2021").param("items", items)
			.param("registeredOn", "01/02/2021")).andExpect(status().isOk())
			.andExpect(Html.shows("đã có bản đăng ký năm 2021")).andExpect(Html.shows(items));
		assertThat(f.count("select count(*) from commitment")).isEqualTo(before);
	}

	@Test
	void theCellPageAndTheGapsShowTheMemberWithoutACommitment() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		mvc.perform(get("/commitments").param("organisation", String.valueOf(cell)).param("year", "2021").with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows("Phạm Văn Đức")).andExpect(Html.shows("Chưa đăng ký"));
		mvc.perform(get("/commitments/gaps").param("year", "2021").param("locality", "614").with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows("Phạm Văn Đức")).andExpect(Html.doesNotShow("Trần Thị Thu Hà"));
	}

	@Test
	void theMinutesAreAWordDocumentInThePartyLayout() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		long id = f.record(cell, "05/02/2024", MeetingFixtures.unique("Biên bản"), "huyen");
		f.item(id, f.people(cell).get(0), "28/02/2024", MeetingFixtures.unique("Việc trong biên bản"), "huyen");
		byte[] docx = mvc.perform(get("/meetings/{id}/minutes.docx", id).with(f.as("huyen"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			text = extractor.getText();
		}
		assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ MẶT TRẬN HUYỆN KON RẪY", "*", "BIÊN BẢN",
				"sinh hoạt chi bộ tháng 2 năm 2024", "CHỦ TRÌ", "THƯ KÝ", "1. Nghị quyết một", "Việc trong biên bản");
		Path soffice = office().orElse(null);
		if (soffice == null) {
			Assumptions.abort("LibreOffice is not installed: the minutes were read back with POI only");
		}
		Path dir = Files.createTempDirectory("mohinh-meeting-minutes");
		Path file = dir.resolve("bien-ban.docx");
		Files.write(file, docx);
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
				"--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir.toString(), file.toString())
			.redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(Files.readString(dir.resolve("bien-ban.txt"), StandardCharsets.UTF_8)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "THƯ KÝ");
	}

	static Optional<Path> office() throws IOException {
		for (String name : List.of("soffice", "libreoffice")) {
			for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	@Test
	void theApiListsCreatesAndRefusesBadInput() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		List<Long> people = f.people(cell);
		String topic = MeetingFixtures.unique("Họp qua API");
		String created = mvc.perform(post("/api/v1/meetings").with(csrf()).with(f.as("huyen")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisationId\": " + cell + ", \"date\": \"2024-07-05\", \"kind\": \"THEMATIC\", \"topic\": \"" + topic
					+ "\", \"attendees\": [{\"personId\": " + people.get(0) + ", \"present\": true}], \"resolutions\": [\"Một\"]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(created).contains(topic).contains("\"resolutions\":[\"Một\"]");
		long before = f.count("select count(*) from meeting");
		String bad = mvc.perform(post("/api/v1/meetings").with(csrf()).with(f.as("huyen")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisationId\": " + cell + ", \"kind\": \"REGULAR\", \"topic\": \"\", \"attendees\": [{\"personId\": 999999}]}"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(bad).contains("\"field\":\"date\"").contains("\"field\":\"topic\"").contains("attendees[0].personId");
		assertThat(f.count("select count(*) from meeting")).isEqualTo(before);
		mvc.perform(get("/api/v1/meetings").param("organisation", String.valueOf(cell)).param("year", "2024").with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows(topic)).andExpect(Html.shows("\"total\""));
		mvc.perform(get("/api/v1/action-items").param("overdue", "true").param("locality", "614").with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows("\"items\""));
	}

	@Test
	void aMeetingIsWithdrawnWithAReasonAndLeavesTheList() throws Exception {
		long cell = f.organisation(MeetingFixtures.CELL);
		String topic = MeetingFixtures.unique("Ghi nhầm");
		long id = f.record(cell, "05/08/2024", topic, "huyen");
		long item = f.item(id, f.people(cell).get(0), "30/08/2024", MeetingFixtures.unique("Việc của buổi thu hồi"), "huyen");
		mvc.perform(post("/meetings/{id}/withdraw", id).with(csrf()).with(f.as("huyen"))
			.param("version", String.valueOf(f.version("meeting", id))).param("reason", ""))
			.andExpect(status().isOk()).andExpect(Html.shows("Xin nêu lý do thu hồi"));
		mvc.perform(post("/meetings/{id}/withdraw", id).with(csrf()).with(f.as("huyen"))
			.param("version", String.valueOf(f.version("meeting", id))).param("reason", "Trùng buổi khác"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/meetings/{id}", id).with(f.as("huyen"))).andExpect(Html.shows("Trùng buổi khác"));
		mvc.perform(get("/meetings").param("size", "200").with(f.as("huyen"))).andExpect(Html.doesNotShow(topic));
		assertThat(f.count("select count(*) from meeting where id = ?", id)).isEqualTo(1);
		// Its open item is no longer owed: dropped with the reason, so it is not counted as overdue.
		assertThat(jdbc.sql("select status from action_item where id = ?").param(item).query(String.class).single())
			.isEqualTo("DROPPED");
		assertThat(jdbc.sql("select drop_reason from action_item where id = ?").param(item).query(String.class).single())
			.contains("Trùng buổi khác");
	}

	static String today() {
		return LocalDate.now().format(DAY);
	}

}
