package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

/** The reports API: a draft written from the data, read back with its sections, its DOCX; 400 and 404 as the rules say. */
@MoHinhTest
class ReportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	PeriodicFixtures f;

	@BeforeEach
	void fixtures() {
		f = new PeriodicFixtures(mvc, users, jdbc);
	}

	String body(String issuer, String from, String to, String locality) {
		return """
				{"issuerId": %d, "kind": "PRELIMINARY_REVIEW", "from": "%s", "to": "%s", "localityCode": "%s"}"""
			.formatted(f.organisation(issuer), from, to, locality);
	}

	@Test
	void draftsAReportAndReadsItBackWithItsSectionsAndDocument() throws Exception {
		MvcResult created = mvc.perform(post("/api/v1/reports").with(csrf()).with(f.as("huyen"))
				.contentType(MediaType.APPLICATION_JSON).content(body(PeriodicFixtures.CELL, "2017-01-24", "2021-06-30", "")))
			.andExpect(status().isCreated()).andExpect(header().string("Location", startsWith("/api/v1/reports/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.layout").value("36-HD/VPTW"))
			.andReturn();
		long id = PeriodicFixtures.idIn(created.getResponse().getHeader("Location"));

		mvc.perform(get("/api/v1/reports/{id}", id).with(f.as("lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.issuer").value(PeriodicFixtures.CELL))
			.andExpect(jsonPath("$.from").value("2017-01-24"))
			.andExpect(jsonPath("$.sections.situation", containsString("05 đồng chí đảng viên")))
			.andExpect(jsonPath("$.sections.results", containsString("(2) xã Đắk Ruồng: mô hình “Khu dân cư đảm bảo an toàn giao thông” tại thôn 9, 12, 13")));
		byte[] docx = mvc.perform(get("/api/v1/reports/{id}/document.docx", id).with(f.as("huyen")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(PeriodicFixtures.text(docx)).contains("T/M CHI BỘ");
		mvc.perform(get("/api/v1/reports").param("status", "DRAFT").param("size", "5").with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items").isArray());
	}

	@Test
	void badInputIs400ByFieldAndOutsideTheScopeIs404() throws Exception {
		long before = f.count("select count(*) from report");
		mvc.perform(post("/api/v1/reports").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
				.content(body(PeriodicFixtures.DAK_RUONG_BOARD, "2021-01-01", "2020-01-01", "")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(post("/api/v1/reports").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
				.content(body(PeriodicFixtures.DAK_RUONG_BOARD, "2020-01-01", "2020-12-31", PeriodicFixtures.TAN_LAP)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("localityCode"));
		assertThat(f.count("select count(*) from report")).isEqualTo(before);

		long tanLap = f.draft("huyen", PeriodicFixtures.TAN_LAP_BOARD, "01/01/2019", "31/12/2019", null);
		mvc.perform(get("/api/v1/reports/{id}", tanLap).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/{id}/document.docx", tanLap).with(f.as("dakruong")))
			.andExpect(status().isNotFound());
	}

}
