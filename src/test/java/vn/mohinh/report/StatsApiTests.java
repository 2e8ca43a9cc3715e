package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mohinh.report.ReportFixtures.number;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.mohinh.MoHinhTest;
import vn.mohinh.evaluation.CriteriaCatalogue;

/**
 * {@code GET /api/v1/stats}: exact changes of the figures when models are added through the API in
 * thành phố Cà Mau (no other test uses it; before and after are compared, so a kept database holds
 * too), the scope denials of the demo users, and bad input.
 */
@MoHinhTest
class StatsApiTests {

	static final String PERIOD = "&from=2021-01-01&to=2022-12-31";

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

	@Test
	void theFiguresOfACityChangeExactlyByTheModelsAddedInThePeriod() throws Exception {
		fixtures.village("31999", "TO_DAN_PHO", "Khóm Tổng Quan");
		String green = "Xanh, sạch, đẹp";
		String culture = "Khu dân cư văn hóa kiểu mẫu";
		String before = fixtures.stats("admin", "?locality=964" + PERIOD);

		long first = fixtures.model("admin", green, "31999", "Khóm Tổng Quan", "2021-04-01",
				"\"level\": \"DIEM_CAP_HUYEN\", \"levelYear\": 2022");
		fixtures.model("admin", green, "31999", "Khóm Tổng Quan", "2022-12-31", null);
		fixtures.model("admin", culture, "31999", "Khóm Tổng Quan", "2020-01-01", "\"endDate\": \"2021-01-01\"");
		fixtures.model("admin", culture, "31999", "Khóm Tổng Quan", "2023-01-01", null);
		// Judged effective for 2021, not for 2022.
		fixtures.evaluate("admin", first, green, "31999", 2021, true);
		fixtures.evaluate("admin", first, green, "31999", 2022, false);
		// On 31/12/2022 the first (a district pilot in 2022: six months, never inspected since 1/4/2021) is
		// overdue, the second (started that day, twelve months) within the policy, the third ended.
		String uninspected = fixtures.stats("admin", "?locality=964" + PERIOD);
		assertThat(JsonPath.<String>read(uninspected, "$.coverage.on")).isEqualTo("2022-12-31");
		assertThat(delta(before, uninspected, "$.coverage.running")).isEqualTo(2);
		assertThat(delta(before, uninspected, "$.coverage.overdue")).isEqualTo(1);
		assertThat(delta(before, uninspected, "$.coverage.withinPolicy")).isEqualTo(1);
		assertThat(delta(before, uninspected, "$.coverage.dueSoon")).isZero();
		// An inspection on 1/12/2022 brings the first within the policy, and counts in 2022.
		fixtures.inspect("admin", first, "2022-12-01");
		String after = fixtures.stats("admin", "?locality=964" + PERIOD);
		assertThat(delta(before, after, "$.coverage.overdue")).isZero();
		assertThat(delta(before, after, "$.coverage.withinPolicy")).isEqualTo(2);
		assertThat(delta(before, after, "$.years[1].inspections")).isEqualTo(1);
		assertThat(delta(before, after, "$.years[0].inspections")).isZero();

		assertThat(JsonPath.<java.util.Map<String, Object>>read(after, "$").keySet())
			.containsExactly("localityCode", "areaName", "from", "to", "models", "coverage", "lastEvaluatedYear", "years",
					"gaps");
		assertThat(JsonPath.<java.util.Map<String, Object>>read(after, "$.models").keySet())
			.containsExactlyInAnyOrder("from", "to", "running", "runningOnEnd", "started", "closed", "byStatus", "byType",
					"levelYear", "byLevel", "byCommune", "otherCommunes", "byYear");
		assertThat(JsonPath.<String>read(after, "$.localityCode")).isEqualTo("964");
		assertThat(JsonPath.<String>read(after, "$.areaName")).isEqualTo("Thành phố Cà Mau");
		assertThat(JsonPath.<String>read(after, "$.from")).isEqualTo("2021-01-01");
		assertThat(JsonPath.<String>read(after, "$.to")).isEqualTo("2022-12-31");
		assertThat(delta(before, after, "$.models.running")).isEqualTo(3);
		assertThat(delta(before, after, "$.models.runningOnEnd")).isEqualTo(2);
		assertThat(delta(before, after, "$.models.started")).isEqualTo(2);
		assertThat(delta(before, after, "$.models.closed")).isZero();
		assertThat(delta(before, after, "$.models.byStatus[?(@.status == 'ACTIVE')].count")).isEqualTo(3);
		assertThat(delta(before, after, "$.models.byType[?(@.typeName == '" + green + "')].count")).isEqualTo(2);
		assertThat(delta(before, after, "$.models.byType[?(@.typeName == '" + culture + "')].count")).isEqualTo(1);
		assertThat(number(after, "$.models.levelYear")).isEqualTo(2022);
		assertThat(delta(before, after, "$.models.byLevel[?(@.level == 'DIEM_CAP_HUYEN')].count")).isEqualTo(1);
		assertThat(delta(before, after, "$.models.byLevel[?(@.level == 'NONE')].count")).isEqualTo(2);
		// Only Phường 9 of the city holds models (these tests' own).
		assertThat(JsonPath.<List<String>>read(after, "$.models.byCommune[*].communeName")).containsExactly("Phường 9");
		assertThat(number(after, "$.models.byCommune[0].count")).isEqualTo(number(after, "$.models.running"));
		assertThat(JsonPath.<List<Integer>>read(after, "$.years[*].year")).containsExactly(2021, 2022);
		assertThat(delta(before, after, "$.years[0].started")).isEqualTo(1);
		assertThat(delta(before, after, "$.years[0].running")).isEqualTo(2);
		assertThat(delta(before, after, "$.years[1].started")).isEqualTo(1);
		assertThat(delta(before, after, "$.years[1].running")).isEqualTo(2);
		assertThat(delta(before, after, "$.years[0].evaluated")).isEqualTo(1);
		assertThat(delta(before, after, "$.years[0].effective")).isEqualTo(1);
		assertThat(delta(before, after, "$.years[1].evaluated")).isEqualTo(1);
		assertThat(delta(before, after, "$.years[1].effective")).isZero();
		// The card's year: the latest of the period with an evaluation.
		assertThat(number(after, "$.lastEvaluatedYear.year")).isEqualTo(2022);
		assertThat(number(after, "$.lastEvaluatedYear.evaluated")).isEqualTo(number(after, "$.years[1].evaluated"));

		// The commune itself gives the same figures as its city.
		String commune = fixtures.stats("admin", "?locality=31999" + PERIOD);
		assertThat(number(commune, "$.models.running")).isEqualTo(number(after, "$.models.running"));
	}

	/** A figure after minus before; a JSONPath filter answers a list of one number (or none: 0). */
	static long delta(String before, String after, String path) {
		return value(after, path) - value(before, path);
	}

	private static long value(String json, String path) {
		Object found = JsonPath.read(json, path);
		if (found instanceof List<?> list) {
			return list.isEmpty() ? 0 : ((Number) list.get(0)).longValue();
		}
		return ((Number) found).longValue();
	}

	@Test
	void aCommuneUserIsRefusedTheDistrictAndTanLapAndNeverCountsTanLapModels() throws Exception {
		for (String code : List.of("614", "23497")) {
			mvc.perform(get("/api/v1/stats").param("locality", code).with(fixtures.as("dakruong")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		String communeBefore = fixtures.stats("dakruong", "");
		String districtBefore = fixtures.stats("huyen", "");
		fixtures.model("huyen", "Khu dân cư phòng, chống ma túy", "23497", "2", "2024-03-01", null);
		String communeAfter = fixtures.stats("dakruong", "");
		String districtAfter = fixtures.stats("huyen", "");
		assertThat(delta(districtBefore, districtAfter, "$.models.running")).isEqualTo(1);
		assertThat(delta(communeBefore, communeAfter, "$.models.running")).isZero();
		// Never inspected since 1/3/2024 (twelve months): overdue today, for the district only.
		assertThat(delta(districtBefore, districtAfter, "$.coverage.running")).isEqualTo(1);
		assertThat(delta(districtBefore, districtAfter, "$.coverage.overdue")).isEqualTo(1);
		assertThat(delta(communeBefore, communeAfter, "$.coverage.running")).isZero();
		assertThat(delta(communeBefore, communeAfter, "$.coverage.overdue")).isZero();
		assertThat(JsonPath.<List<String>>read(communeAfter, "$.models.byCommune[*].communeName")).isNotEmpty()
			.allSatisfy(name -> assertThat(name).doesNotContain("Tân Lập"));
		assertThat(JsonPath.<List<String>>read(districtAfter, "$.models.byCommune[*].communeName"))
			.anySatisfy(name -> assertThat(name).contains("Tân Lập"));
		assertThat(JsonPath.<String>read(communeAfter, "$.areaName")).contains("Ruồng");
	}

	@Test
	void theDistrictReadsTanLapByItsCodeBeforeTheReformAndTheViewerReadsToo() throws Exception {
		// 23497 is xã Kon Braih since 1/7/2025 (outside huyện Kon Rẫy's scope): the district gets xã Tân Lập.
		String tanLap = fixtures.stats("huyen", "?locality=23497");
		assertThat(JsonPath.<String>read(tanLap, "$.areaName")).isEqualTo("Xã Tân Lập");
		assertThat(JsonPath.<List<String>>read(tanLap, "$.models.byCommune[*].communeName")).containsOnly("Xã Tân Lập");
		mvc.perform(get("/api/v1/stats").param("locality", "614").with(fixtures.as("lanhdao"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.areaName").value("Huyện Kon Rẫy"));
		// The national administrator may ask for the whole country.
		mvc.perform(get("/api/v1/stats").with(fixtures.as("admin"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.areaName").doesNotExist());
	}

	@Test
	void badInputIsAnsweredWithAProblem() throws Exception {
		mvc.perform(get("/api/v1/stats").param("locality", "99999").with(fixtures.as("admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/stats").param("from", "01/01/2023").with(fixtures.as("huyen")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("from")));
		mvc.perform(get("/api/v1/stats").param("from", "2023-02-31").with(fixtures.as("huyen")))
			.andExpect(status().isBadRequest());
		mvc.perform(get(URI.create("/api/v1/stats?from=2024-01-01&to=2023-12-31&lang=en")).with(fixtures.as("huyen")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The end date must be on or after the start date."));
		mvc.perform(get("/api/v1/stats").param("from", "1900-01-01").with(fixtures.as("huyen")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/stats")).andExpect(status().isUnauthorized());
	}

	@Test
	void theOpenApiDescriptionListsTheCall() throws Exception {
		mvc.perform(get("/api/v1/openapi").with(fixtures.as("admin"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/stats'].get.parameters[*].name")
				.value(org.hamcrest.Matchers.containsInAnyOrder("locality", "from", "to")));
	}

}
