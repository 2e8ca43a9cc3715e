package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;
import vn.mohinh.commendation.CommendationFigures;
import vn.mohinh.commendation.Recognitions;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.meeting.MeetingFigures;
import vn.mohinh.meeting.MeetingKind;
import vn.mohinh.meeting.MeetingSummary;

/**
 * The report's meetings, commendations and the weaknesses they show: the article's report of the
 * Chi bộ states the meetings it held and that commendation was limited, with the figures of the
 * meeting and commendation modules; a praise recorded for a model changes the report; a commune
 * user's report counts only the commune.
 */
@MoHinhTest
class ReportRecognitionTests {

	static final Pattern YEAR_GAP = Pattern.compile("năm (\\d{4}) có (\\d+) mô hình được đánh giá hiệu quả chưa được khen thưởng, biểu dương");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeetingFigures meetings;

	@Autowired
	CommendationFigures commendations;

	@Autowired
	ScopeGuard scope;

	PeriodicFixtures f;

	@BeforeEach
	void fixtures() {
		f = new PeriodicFixtures(mvc, users, jdbc);
	}

	long localityId(String code) {
		return jdbc.sql("select id from locality where code = ? and valid_to is not null").param(code).query(Long.class)
			.single();
	}

	/** MockMvc clears the security context of a {@code @WithUserDetails} test; the facades need it back. */
	static void restore(SecurityContext context) {
		SecurityContextHolder.setContext(context);
	}

	@Test
	@WithUserDetails("huyen")
	void theArticlesReportStatesTheMeetingsHeldAndThatCommendationWasLimited() throws Exception {
		SecurityContext context = SecurityContextHolder.getContext();
		LocalDate from = LocalDate.of(2017, 1, 24);
		LocalDate to = LocalDate.of(2021, 6, 30);
		long id = f.draft("huyen", PeriodicFixtures.CELL, "24/01/2017", "30/06/2021", null);
		restore(context);

		List<MeetingSummary> held = meetings.meetingsOf(f.organisation(PeriodicFixtures.CELL), from, to);
		long regular = held.stream().filter(m -> m.kind() == MeetingKind.REGULAR).count();
		long thematic = held.size() - regular;
		assertThat(held).isNotEmpty();
		String leadership = f.section(id, "leadership");
		assertThat(leadership).contains("Thông qua " + ReportWriter.two(regular) + " buổi sinh hoạt định kỳ hằng tháng và "
				+ ReportWriter.two(thematic) + " buổi sinh hoạt chuyên đề, Chi bộ Mặt trận huyện Kon Rẫy đã lãnh đạo, chỉ đạo");
		held.stream().filter(m -> m.kind() == MeetingKind.THEMATIC).forEach(m -> assertThat(leadership).contains("“" + m.topic() + "”"));
		long given = held.stream().mapToLong(MeetingSummary::actionItems).sum();
		if (given > 0) {
			assertThat(leadership).contains("Các buổi sinh hoạt đã giao " + ReportWriter.two(given) + " việc cần thực hiện");
		}

		Scope district = scope.current();
		String weaknesses = f.section(id, "weaknesses");
		long gaps = 0;
		for (int year = 2017; year <= 2021; year++) {
			long gap = commendations.effectiveModelsWithoutRecognition(district, year);
			gaps += gap;
			if (gap > 0) {
				assertThat(weaknesses).contains("năm " + year + " có " + ReportWriter.two(gap)
						+ " mô hình được đánh giá hiệu quả chưa được khen thưởng, biểu dương");
			}
		}
		assertThat(gaps).isPositive();
		assertThat(weaknesses).contains("Việc khen thưởng trong triển khai các mô hình còn hạn chế: ");
		assertThat(f.section(id, "tasks"))
			.contains("Ba là, tiếp tục đẩy mạnh công tác tuyên truyền, biểu dương, khen thưởng về các mô hình hay");

		Recognitions r = commendations.recognitions(district, from, to);
		String results = f.section(id, "results");
		if (r.formal() + r.praise() > 0) {
			assertThat(results).contains("Công tác thi đua, khen thưởng: trong kỳ có " + ReportWriter.two(r.formal())
					+ " lượt khen thưởng và " + ReportWriter.two(r.praise()) + " lượt biểu dương");
		}
		else {
			assertThat(results).contains("chưa có tập thể, cá nhân, mô hình nào được khen thưởng, biểu dương");
		}

		byte[] docx = mvc.perform(get("/reports/{id}/document.docx", id).with(f.as("huyen"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(PeriodicFixtures.text(docx)).contains("buổi sinh hoạt chuyên đề, Chi bộ Mặt trận huyện Kon Rẫy đã lãnh đạo",
				"Việc khen thưởng trong triển khai các mô hình còn hạn chế", "Ba là, tiếp tục đẩy mạnh công tác tuyên truyền");
	}

	@Test
	void aPraiseRecordedForAModelChangesTheReportAndItsAnnex() throws Exception {
		// An effective model of xã Đắk Ruồng in 2020 still without recognition.
		Long model = jdbc.sql("""
				select min(m.initiative_id) from commendation_effective_model m join initiative i on i.id = m.initiative_id
				where m.eval_year = 2020 and m.effective = true and i.commune_code = ?
				and not exists (select 1 from commendation_recipient r join commendation c on c.id = r.commendation_id
				  where r.kind = 'MODEL' and r.ref_id = m.initiative_id and c.withdrawn = false)""")
			.param(PeriodicFixtures.DAK_RUONG).query(Long.class).single();
		assertThat(model).isNotNull();
		long id = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2020", "31/12/2020", null);
		long before = gapOf(f.section(id, "weaknesses"), 2020);
		assertThat(before).isPositive();
		String body = PeriodicFixtures.unique("Ban Thường trực thử báo cáo");

		mvc.perform(post("/commendations").with(csrf()).with(f.as("dakruong")).param("kind", "PRAISE").param("bodyName", body)
			.param("bodyLevel", "COMMUNE").param("recognisedOn", "15/12/2020").param("year", "2020")
			.param("occasion", "Hội nghị tổng kết thử").param("reason", "Mô hình hoạt động hiệu quả")
			.param("recipients", "MODEL:" + model)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/reports/{id}/refresh", id).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(f.version(id))))
			.andExpect(status().is3xxRedirection());

		assertThat(gapOf(f.section(id, "weaknesses"), 2020)).isEqualTo(before - 1);
		assertThat(f.section(id, "results")).contains("01 lượt biểu dương của " + body);
		byte[] xlsx = mvc.perform(get("/reports/{id}/annex.xlsx", id).with(f.as("dakruong"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<List<String>> rows = ReportAnnexTests.rows(workbook.getSheet("Khen thưởng, biểu dương"));
			assertThat(rows.get(1)).contains("Ngày", "Cơ quan khen thưởng", "Được khen thưởng, biểu dương");
			assertThat(rows).anyMatch(row -> row.contains(body) && row.contains("15/12/2020") && row.contains("Biểu dương"));
		}
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneUsersReportCountsOnlyTheCommune() throws Exception {
		SecurityContext context = SecurityContextHolder.getContext();
		// A Giấy khen for a model of xã Tân Lập, by the district's editor, in a period of its own.
		long tanLapModel = jdbc.sql("select min(id) from initiative where commune_code = ? and end_date is null")
			.param(PeriodicFixtures.TAN_LAP).query(Long.class).single();
		String body = PeriodicFixtures.unique("Cơ quan thử phạm vi");
		mvc.perform(post("/commendations").with(csrf()).with(f.as("huyen")).param("kind", "FORMAL").param("category", "FORM")
			.param("award", "GIAY_KHEN").param("bodyName", body).param("bodyLevel", "DISTRICT")
			.param("decisionNumber", "9/QĐ-THU").param("recognisedOn", "10/03/2019").param("year", "2019")
			.param("reason", "Thành tích thử nghiệm").param("recipients", "MODEL:" + tanLapModel))
			.andExpect(status().is3xxRedirection());

		long commune = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/03/2019", "31/03/2019", null);
		long district = f.draft("huyen", PeriodicFixtures.CELL, "01/03/2019", "31/03/2019", null);
		restore(context);
		Recognitions mine = commendations.recognitions(scope.scopeOfRoot(localityId(PeriodicFixtures.DAK_RUONG)),
				LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));
		String communeResults = f.section(commune, "results");
		assertThat(communeResults).doesNotContain(body);
		if (mine.formal() + mine.praise() == 0) {
			assertThat(communeResults).contains("chưa có tập thể, cá nhân, mô hình nào được khen thưởng, biểu dương");
		}
		else {
			assertThat(communeResults).contains("trong kỳ có " + ReportWriter.two(mine.formal()) + " lượt khen thưởng");
		}
		assertThat(f.section(district, "results")).contains("01 Giấy khen của " + body);
		byte[] xlsx = mvc.perform(get("/reports/{id}/annex.xlsx", commune).with(f.as("dakruong"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(ReportAnnexTests.rows(workbook.getSheet("Khen thưởng, biểu dương")))
				.noneMatch(row -> row.contains(body));
		}
		// Nor may the commune user read the district's report.
		mvc.perform(get("/reports/{id}", district).with(f.as("dakruong"))).andExpect(status().isNotFound());
	}

	/** The number of effective models of {@code year} without recognition the weakness names; 0 if none. */
	static long gapOf(String weaknesses, int year) {
		Matcher m = YEAR_GAP.matcher(weaknesses);
		while (m.find()) {
			if (Integer.parseInt(m.group(1)) == year) {
				return Long.parseLong(m.group(2));
			}
		}
		return 0;
	}

}
