package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
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

import vn.mohinh.MoHinhTest;

/** Inspections as JSON: the list envelope and its filters, one inspection, recording with field errors. */
@MoHinhTest
class InspectionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	InspectionFixtures f;

	@BeforeEach
	void fixtures() {
		f = new InspectionFixtures(mvc, jdbc, users);
	}

	@Test
	void theListIsAPageOfInspectionsInScopeFilteredByModelLocalityAndPeriod() throws Exception {
		mvc.perform(get("/api/v1/inspections").param("size", "5").with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(19)));
		mvc.perform(get("/api/v1/inspections").param("locality", "23488").param("from", "2020-01-01").param("to", "31/12/2021")
			.with(f.as("huyen")))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[*].communeName", everyItem(org.hamcrest.Matchers.is("Xã Đắk Ruồng"))))
			// Newest first.
			.andExpect(jsonPath("$.items[0].inspectedOn").value("2021-04-22"));
		mvc.perform(get("/api/v1/inspections").param("initiative", String.valueOf(f.tanLapModel())).param("to", "2019-12-31")
			.with(f.as("huyen")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].kind").value("KIEM_TRA"))
			.andExpect(jsonPath("$.items[0].rating").value("TOT"))
			.andExpect(jsonPath("$.items[0].organisationName").value("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy"));
		mvc.perform(get("/api/v1/inspections").param("kind", "GIAM_SAT").param("to", "2019-12-31").with(f.as("huyen")))
			.andExpect(jsonPath("$.total").value(5));
	}

	@Test
	void aMalformedDayIsA400ByItsParameter() throws Exception {
		mvc.perform(get("/api/v1/inspections").param("from", "31/02/2020").with(f.as("huyen")))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void oneInspectionCarriesItsParts() throws Exception {
		long id = jdbc.sql("select min(id) from inspection where kind = 'GIAM_SAT'").query(Long.class).single();
		mvc.perform(get("/api/v1/inspections/{id}", id).with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("GIAM_SAT"))
			.andExpect(jsonPath("$.organisationName").value("Ban Thường vụ Huyện ủy Kon Rẫy"))
			.andExpect(jsonPath("$.team[0].role", startsWith("Trưởng đoàn")))
			.andExpect(jsonPath("$.inspectedOn").value("2019-09-12"));
		mvc.perform(get("/api/v1/inspections/{id}", 99_999_999L).with(f.as("huyen"))).andExpect(status().isNotFound());
	}

	@Test
	void recordingAnswers201WithItsLocation() throws Exception {
		long model = f.dakRuongModel();
		String body = """
				{"initiativeId": %d, "inspectedOn": "2024-05-02", "kind": "GIAM_SAT",
				 "organisation": "Đoàn giám sát Ủy ban MTTQ Việt Nam xã Đắk Ruồng",
				 "team": [{"name": "Đinh Thị Hoa", "role": "Trưởng đoàn"}, {"name": "Rơ Châm Thu", "role": "Thành viên"}],
				 "rating": "TOT", "generalFindings": "Ghi qua API", "recommendations": "Duy trì",
				 "actions": [{"description": "Báo cáo kết quả", "dueOn": "2024-06-01"}],
				 "latitude": 14.58, "longitude": 108.19, "locationAccuracy": 30}""".formatted(model);
		String location = mvc.perform(post("/api/v1/inspections").with(csrf()).with(f.as("dakruong"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/inspections/")))
			.andExpect(jsonPath("$.generalFindings").value("Ghi qua API"))
			.andExpect(jsonPath("$.actions[0].status").value("OPEN"))
			.andExpect(jsonPath("$.team[*].fullName", hasItem("Rơ Châm Thu")))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location).with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.latitude").value(14.58));
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select recorded_by from inspection where id = ?").param(id).query(String.class).single())
			.isEqualTo("dakruong");
	}

	@Test
	void brokenRulesAre400WithEveryFieldAndNothingIsKept() throws Exception {
		long before = f.count();
		mvc.perform(post("/api/v1/inspections").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"initiativeId": %d, "inspectedOn": "2099-01-01", "kind": "KIEM_TRA",
					 "actions": [{"description": "Việc", "dueOn": "2024-01-01"}], "latitude": 91}""".formatted(f.dakRuongModel())))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("inspectedOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("organisationId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("team")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rating")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("latitude")));
		mvc.perform(post("/api/v1/inspections").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("initiativeId"));
		assertThat(f.count()).isEqualTo(before);
	}

	@Test
	void viewersMayNotRecord() throws Exception {
		long before = f.count();
		mvc.perform(post("/api/v1/inspections").with(csrf()).with(f.as("lanhdao")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"initiativeId\": %d}".formatted(f.tanLapModel())))
			.andExpect(status().isForbidden());
		assertThat(f.count()).isEqualTo(before);
	}

}
