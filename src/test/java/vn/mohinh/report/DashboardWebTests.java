package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mohinh.report.ReportFixtures.number;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;
import vn.mohinh.evaluation.CriteriaCatalogue;

/**
 * The dashboard page: the district's figures with a data table by every chart, the default period,
 * the filter's errors by their fields, the htmx fragment, English, and the scope denials.
 */
@MoHinhTest
class DashboardWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CriteriaCatalogue criteria;

	ReportFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReportFixtures(mvc, users, jdbc, criteria);
	}

	String page(String user, String query) throws Exception {
		return mvc.perform(get(URI.create("/dashboard" + query)).with(fixtures.as(user))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void theDistrictSeesItsFiguresWithATableByEveryChartForTheLastThreeYears() throws Exception {
		LocalDate today = LocalDate.now();
		String from = "01/01/" + (today.getYear() - 3);
		String to = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		mvc.perform(get("/dashboard").with(fixtures.as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows("Địa bàn: Huyện Kon Rẫy"))
			.andExpect(Html.shows("Từ ngày " + from + " đến ngày " + to))
			.andExpect(Html.shows("value=\"" + from + "\""))
			.andExpect(Html.shows("Số mô hình thực hiện trong kỳ, theo loại mô hình"))
			.andExpect(Html.shows("Số mô hình thực hiện trong kỳ, theo tình trạng hiện nay"))
			.andExpect(Html.shows("Số mô hình thực hiện trong kỳ, theo cấp điểm năm " + today.getYear()))
			.andExpect(Html.shows("Số mô hình thực hiện trong kỳ, theo xã (nhiều nhất trước)"))
			.andExpect(Html.shows("Mô hình, lượt kiểm tra và đánh giá theo từng năm dương lịch của kỳ"))
			.andExpect(Html.shows("Khu dân cư văn hóa kiểu mẫu"))
			.andExpect(Html.shows("Xã Tân Lập"))
			.andExpect(Html.shows("Đang thực hiện"))
			.andExpect(Html.shows("<th scope=\"row\">" + (today.getYear() - 3) + "</th>"))
			.andExpect(Html.shows("data-chart=\"doughnut\""))
			.andExpect(Html.shows("role=\"img\""))
			.andExpect(Html.shows("Biểu đồ hình vành khuyên"))
			.andExpect(Html.shows("/webjars/chart.js/4.4.1/dist/chart.umd.js"))
			.andExpect(Html.shows("/js/dashboard-"));
	}

	@Test
	void theFiguresOnThePageAreThoseOfTheApi() throws Exception {
		String json = fixtures.stats("huyen", "?from=2019-01-01&to=2021-12-31");
		String html = page("huyen", "?from=01/01/2019&to=31/12/2021");
		long running = number(json, "$.models.running");
		assertThat(running).isPositive();
		assertThat(html).contains("<span class=\"figure\">" + running + "</span>");
		assertThat(html).contains("Mô hình theo cấp điểm năm 2021");
		// Each commune row carries its count for the chart, as the API has it.
		long first = number(json, "$.models.byCommune[0].count");
		assertThat(html).contains("data-value=\"" + first + "\"");
		// The demo evaluations of 2021: the card's share is the API's, written the Vietnamese way.
		assertThat(number(json, "$.lastEvaluatedYear.year")).isEqualTo(2021);
		long evaluated = number(json, "$.lastEvaluatedYear.evaluated");
		long effective = number(json, "$.lastEvaluatedYear.effective");
		String share = String.format(java.util.Locale.forLanguageTag("vi"), "%.1f", Math.round(effective * 1000.0 / evaluated) / 10.0);
		assertThat(html).contains("Mô hình được đánh giá hiệu quả năm 2021", effective + " trên " + evaluated + " mô hình được đánh giá năm 2021",
				"<span class=\"figure\">" + share + "\u00a0%</span>", "Tỷ lệ hiệu quả (%)");
		// Inspections on 31/12/2021: the coverage card and the overdue card with its link to the list.
		long watched = number(json, "$.coverage.running");
		long within = number(json, "$.coverage.withinPolicy");
		long overdue = number(json, "$.coverage.overdue");
		assertThat(watched).isPositive();
		assertThat(within + overdue).isEqualTo(watched);
		String coverage = String.format(java.util.Locale.forLanguageTag("vi"), "%.1f", Math.round(within * 1000.0 / watched) / 10.0);
		assertThat(html).contains("<span class=\"figure\">" + coverage + "\u00a0%</span>",
				within + " trên " + watched + " mô hình đang thực hiện ngày 31/12/2021",
				"<span class=\"figure\">" + overdue + "</span>", "Mô hình quá hạn kiểm tra",
				"href=\"/inspections/overdue?on=31/12/2021\"", "Lượt kiểm tra, giám sát");
		// The trend's inspections per year are the API's.
		long inspected2021 = number(json, "$.years[2].inspections");
		assertThat(html).contains("data-value=\"" + inspected2021 + "\"");
	}

	@Autowired
	vn.mohinh.commendation.CommendationFigures commendationFigures;

	@Autowired
	vn.mohinh.meeting.MeetingFigures meetingFigures;

	@Autowired
	vn.mohinh.locality.ScopeGuard scopes;

	/** The three gaps of issue 5 as the facades answer them for a user's own scope. */
	long[] gapsOf(String username, int year, LocalDate on) {
		var user = users.loadUserByUsername(username);
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
				new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(user, null,
						user.getAuthorities()));
		try {
			vn.mohinh.locality.Scope scope = scopes.current();
			return new long[] { commendationFigures.effectiveModelsWithoutRecognition(scope, year),
					meetingFigures.membersWithoutCommitment(scope, on.getYear()), meetingFigures.overdueActionItems(scope, on) };
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theDashboardShowsWhatIsLeftUndoneWithLinksToTheLists() throws Exception {
		LocalDate end = LocalDate.of(2021, 12, 31);
		long[] district = gapsOf("huyen", 2021, end);
		// The demo data follows the article: commendation was limited, one member has no 2021 commitment.
		assertThat(district[0]).isPositive();
		assertThat(district[1]).isPositive();
		mvc.perform(get(URI.create("/dashboard?from=01/01/2017&to=31/12/2021")).with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Việc còn chậm"))
			.andExpect(Html.shows("Tính đến ngày 31/12/2021"))
			.andExpect(Html.shows("Mô hình được đánh giá hiệu quả năm 2021 chưa được khen thưởng, biểu dương"))
			.andExpect(Html.shows("<span class=\"figure\">" + district[0] + "</span>"))
			.andExpect(Html.shows("Đảng viên chưa có bản đăng ký làm theo năm 2021"))
			.andExpect(Html.shows("<span class=\"figure\">" + district[1] + "</span>"))
			.andExpect(Html.shows("<span class=\"figure\">" + district[2] + "</span>"))
			.andExpect(Html.shows("href=\"/commendations/gaps?year=2021\""))
			.andExpect(Html.shows("href=\"/commitments/gaps?year=2021\""))
			.andExpect(Html.shows("href=\"/action-items?overdue=true\""));
		mvc.perform(get(URI.create("/api/v1/stats?from=2017-01-01&to=2021-12-31")).with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.gaps.recognitionYear").value(2021))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.gaps.effectiveWithoutRecognition").value(district[0]))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.gaps.membersWithoutCommitment").value(district[1]))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.gaps.overdueActionItems").value(district[2]));
		// A commune's links carry its code; a commune user's own figures are those of their scope only.
		mvc.perform(get(URI.create("/dashboard?locality=23497&from=01/01/2017&to=31/12/2021")).with(fixtures.as("huyen")))
			.andExpect(Html.shows("href=\"/commendations/gaps?year=2021&locality=23497\""))
			.andExpect(Html.shows("href=\"/action-items?overdue=true&locality=23497\""));
		long[] commune = gapsOf("dakruong", 2021, end);
		assertThat(commune[0]).isLessThan(district[0]);
		mvc.perform(get(URI.create("/api/v1/stats?from=2017-01-01&to=2021-12-31")).with(fixtures.as("dakruong")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.gaps.effectiveWithoutRecognition").value(commune[0]))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.gaps.membersWithoutCommitment").value(commune[1]));
	}

	@Test
	void theOverdueCardLinksToTheListOfTheChosenLocality() throws Exception {
		mvc.perform(get(URI.create("/dashboard?locality=23497&from=01/01/2019&to=31/12/2020")).with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("href=\"/inspections/overdue?locality=23497&on=31/12/2020\""));
		// A period running on past today is judged today.
		String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		mvc.perform(get(URI.create("/dashboard?to=31/12/" + (LocalDate.now().getYear() + 1))).with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("mô hình đang thực hiện ngày " + today));
	}

	@Test
	void theDistrictChoosesACommuneByCodeAndAPeriod() throws Exception {
		mvc.perform(get(URI.create("/dashboard?locality=23497&from=01/01/2019&to=31/12/2020")).with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Địa bàn: Xã Tân Lập"))
			.andExpect(Html.shows("Từ ngày 01/01/2019 đến ngày 31/12/2020"))
			.andExpect(Html.shows("Khu dân cư an toàn về an ninh trật tự"))
			.andExpect(Html.doesNotShow("Xã Đắk Ruồng"));
	}

	@Test
	void aPeriodWithoutModelsSaysSoAndKeepsTheTrend() throws Exception {
		mvc.perform(get(URI.create("/dashboard?from=01/01/1990&to=31/12/1991")).with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Không có mô hình nào thực hiện trong kỳ."))
			.andExpect(Html.shows("Chưa có đánh giá nào trong kỳ."))
			.andExpect(Html.shows("chưa đánh giá"))
			.andExpect(Html.doesNotShow("data-chart=\"doughnut\""))
			.andExpect(Html.shows("<th scope=\"row\">1991</th>"));
	}

	@Test
	void mistakesInTheFilterShowByTheirFieldsWithTheInputKept() throws Exception {
		mvc.perform(get(URI.create("/dashboard?from=31/02/2023&to=31/12/2023")).with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("id=\"from-error\""))
			.andExpect(Html.shows("Ngày không hợp lệ; xin nhập theo dạng ngày/tháng/năm"))
			.andExpect(Html.shows("value=\"31/02/2023\""))
			.andExpect(Html.doesNotShow("id=\"dashboard-cards\""));
		mvc.perform(get(URI.create("/dashboard?from=01/01/2024&to=31/12/2023")).with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("id=\"to-error\""))
			.andExpect(Html.shows("Ngày kết thúc phải từ ngày bắt đầu trở đi."));
		mvc.perform(get(URI.create("/dashboard?from=01/01/1950")).with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Khoảng thời gian dài nhất là 50 năm."));
		mvc.perform(get(URI.create("/dashboard?locality=99999")).with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("id=\"locality-error\""))
			.andExpect(Html.shows("Không có đơn vị hành chính mang mã “99999”."))
			.andExpect(Html.shows("aria-invalid=\"true\""))
			.andExpect(Html.doesNotShow("id=\"dashboard-cards\""));
	}

	@Test
	void htmxGetsOnlyTheFilterAndFigures() throws Exception {
		String fragment = mvc.perform(get(URI.create("/dashboard?from=01/01/2019&to=31/12/2021"))
			.header("HX-Request", "true").with(fixtures.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("HX-Request"))))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(fragment).startsWith("<div id=\"dashboard\"").doesNotContain("<html").doesNotContain("chart.umd.js")
			.contains("id=\"table-type\"", "Từ ngày 01/01/2019 đến ngày 31/12/2021");
		// A history restore gets the whole page.
		mvc.perform(get("/dashboard").header("HX-Request", "true").header("HX-History-Restore-Request", "true")
			.with(fixtures.as("huyen"))).andExpect(Html.shows("<html"));
	}

	@Test
	void englishToo() throws Exception {
		mvc.perform(get(URI.create("/dashboard?lang=en")).with(fixtures.as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows("Models by type"))
			.andExpect(Html.shows("Models running in the period, by commune (most first)"))
			.andExpect(Html.shows("Area: Huyện Kon Rẫy"));
	}

	@Test
	void aCommuneUserSeesOnlyTheirCommuneAndNeitherTheDistrictNorTanLap() throws Exception {
		mvc.perform(get("/dashboard").with(fixtures.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows("Địa bàn: Xã Đắk Ruồng"))
			.andExpect(Html.doesNotShow("Xã Tân Lập"))
			.andExpect(Html.doesNotShow("Thị trấn Đắk Rve"));
		for (String code : new String[] { "614", "23497", "23479" }) {
			mvc.perform(get("/dashboard").param("locality", code).with(fixtures.as("dakruong")))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/dashboard").param("locality", "23497").header("HX-Request", "true").with(fixtures.as("dakruong")))
			.andExpect(status().isNotFound());
	}

	@Test
	void signInFirstAndChartsOnlyOnTheDashboard() throws Exception {
		mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/webjars/chart.js/dist/chart.umd.js").with(fixtures.as("huyen"))).andExpect(status().isOk());
		mvc.perform(get("/initiatives").with(fixtures.as("huyen"))).andExpect(Html.doesNotShow("chart.umd.js"));
		mvc.perform(get("/dashboard").with(fixtures.as("lanhdao"))).andExpect(status().isOk())
			.andExpect(Html.shows("Địa bàn: Huyện Kon Rẫy"));
		mvc.perform(get("/dashboard").with(fixtures.as("admin"))).andExpect(status().isOk())
			.andExpect(Html.shows("Toàn quốc"));
		mvc.perform(get("/").with(fixtures.as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows(": số mô hình theo loại, tình trạng, cấp điểm và xã"));
	}

}
