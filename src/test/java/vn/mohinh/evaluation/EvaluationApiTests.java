package vn.mohinh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.mohinh.MoHinhTest;

/** The JSON API of evaluations: list with filters, one evaluation, create (201, Location), field errors (400). */
@MoHinhTest
class EvaluationApiTests {

	static final String TYPE = "Khu dân cư phòng, chống ma túy";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	Fixtures f;

	@BeforeEach
	void fixtures() {
		f = new Fixtures(mvc, users, jdbc);
	}

	String body(long model, int year, int mt1, String rating) {
		return """
				{"initiativeId": %d, "year": %d, "rating": "%s", "effective": true, "conclusion": "Qua API",
				 "scores": [{"code": "MT1", "score": %d}, {"code": "mt2", "score": 20}, {"code": "MT3", "score": 20},
				            {"code": "MT4", "score": 15}]}""".formatted(model, year, rating, mt1);
	}

	@Test
	void aClientCreatesAnEvaluationByCriterionCodesAndReadsItBack() throws Exception {
		String name = Fixtures.unique("Qua API");
		long model = f.model(name, TYPE, "Thôn 9");
		MvcResult created = mvc.perform(post("/api/v1/evaluations").with(csrf()).with(f.as("dakruong"))
			.contentType(MediaType.APPLICATION_JSON).content(body(model, 2024, 25, "KHA")))
			.andExpect(status().isCreated()).andExpect(header().string("Location", startsWith("/api/v1/evaluations/")))
			.andExpect(jsonPath("$.totalScore").value(80)).andExpect(jsonPath("$.maxTotal").value(100))
			.andExpect(jsonPath("$.rating").value("KHA")).andExpect(jsonPath("$.scores[0].code").value("MT1"))
			.andExpect(jsonPath("$.initiativeName").value(name)).andReturn();
		String location = created.getResponse().getHeader("Location");
		mvc.perform(get(location).with(f.as("huyen"))).andExpect(status().isOk()).andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.conclusion").value("Qua API"));
		mvc.perform(get("/api/v1/evaluations").param("initiative", String.valueOf(model)).param("year", "2024")
			.param("locality", Fixtures.DAK_RUONG).with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].initiative").value(name))
			.andExpect(jsonPath("$.items[0].effective").value(true)).andExpect(jsonPath("$.page").value(0));
	}

	@Test
	void brokenRulesAnswer400WithAMessagePerFieldAndATakenYearByTheYear() throws Exception {
		long model = f.model(Fixtures.unique("API lỗi"), TYPE, "Thôn 9");
		mvc.perform(post("/api/v1/evaluations").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content(body(model, 2024, 31, "KHA").replace("\"rating\": \"KHA\", ", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("scores.MT1")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rating")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Điểm là một số từ 0 đến 30.")));
		mvc.perform(post("/api/v1/evaluations").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content(body(model, 2024, 25, "TOT"))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/evaluations").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content(body(model, 2024, 20, "DAT"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("Mô hình đã có đánh giá năm 2024")));
		mvc.perform(post("/api/v1/evaluations").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2024}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("initiativeId"));
		assertThat(f.count("select count(*) from evaluation where initiative_id = ?", model)).isEqualTo(1);
	}

}
