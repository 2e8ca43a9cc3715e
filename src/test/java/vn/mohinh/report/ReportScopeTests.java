package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/**
 * Scope on every path of periodic reports: dakruong (editor of xã Đắk Ruồng) can neither report on
 * xã Tân Lập nor read, download, edit, refresh or issue a report of it, and every refused write leaves
 * the database as it was; lanhdao (viewer of the district) reads but may not write reports (403).
 */
@MoHinhTest
class ReportScopeTests {

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

	record Counts(long reports, long issued, long audited) {
	}

	Counts counts() {
		return new Counts(f.count("select count(*) from report"),
				f.count("select count(*) from report where status = 'ISSUED'"), f.count("select count(*) from report_aud"));
	}

	@Test
	void dakRuongCannotReportOnTanLap() throws Exception {
		Counts before = counts();
		mvc.perform(f.draftRequest("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2020", "31/12/2020",
				PeriodicFixtures.TAN_LAP))
			.andExpect(status().isOk()).andExpect(Html.shows("Không có địa bàn mã " + PeriodicFixtures.TAN_LAP));
		long tanLapBoard = f.organisation(PeriodicFixtures.TAN_LAP_BOARD);
		mvc.perform(post("/reports").with(csrf()).with(f.as("dakruong")).param("issuerId", String.valueOf(tanLapBoard))
				.param("kind", "YEARLY").param("from", "01/01/2020").param("to", "31/12/2020"))
			.andExpect(status().isOk()).andExpect(Html.shows("Không có cơ quan này trong địa bàn của bạn."));
		mvc.perform(get("/reports/new").with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow(PeriodicFixtures.TAN_LAP_BOARD));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void dakRuongNeitherSeesNorChangesATanLapReportOnAnyPath() throws Exception {
		long id = f.draft("huyen", PeriodicFixtures.TAN_LAP_BOARD, "01/01/2020", "31/12/2020", null);
		mvc.perform(get("/reports/{id}", id).with(f.as("huyen"))).andExpect(status().isOk());
		Counts before = counts();
		long version = f.version(id);
		String title = f.section(id, "title");

		mvc.perform(get("/reports/{id}", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/reports/{id}/document.docx", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/reports/{id}/edit", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(post("/reports/{id}/edit", id).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(version)).param("title", "Chiếm quyền"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/reports/{id}/refresh", id).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(version)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/reports/{id}/issue", id).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(version)).param("issuedOn", "10/01/2025"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports").with(f.as("dakruong")).param("size", "200")).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("/reports/" + id + "\""));

		byte[] xlsx = mvc.perform(get("/reports/export.xlsx").with(f.as("dakruong"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(ReportAnnexTests.rows(workbook.getSheetAt(0)))
				.noneSatisfy(r -> assertThat(r.get(0)).isEqualTo(title));
		}
		mvc.perform(get("/api/v1/reports").param("size", "200").with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("\"id\":" + id + ","))));

		assertThat(counts()).isEqualTo(before);
		assertThat(f.version(id)).isEqualTo(version);
		assertThat(f.section(id, "title")).isEqualTo(title);
	}

	@Test
	void aViewerReadsButMayNotWrite() throws Exception {
		long id = f.draft("huyen", PeriodicFixtures.TAN_LAP_BOARD, "01/01/2021", "31/12/2021", null);
		Counts before = counts();
		long version = f.version(id);
		mvc.perform(get("/reports/{id}", id).with(f.as("lanhdao"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("/reports/" + id + "/edit"));
		mvc.perform(get("/reports/{id}/document.docx", id).with(f.as("lanhdao"))).andExpect(status().isOk());
		mvc.perform(get("/reports/new").with(f.as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(f.draftRequest("lanhdao", PeriodicFixtures.CELL, "01/01/2020", "31/12/2020", null))
			.andExpect(status().isForbidden());
		mvc.perform(post("/reports/{id}/edit", id).with(csrf()).with(f.as("lanhdao"))
				.param("version", String.valueOf(version)).param("title", "Không được sửa"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/reports/{id}/issue", id).with(csrf()).with(f.as("lanhdao"))
				.param("version", String.valueOf(version)).param("issuedOn", "10/01/2025"))
			.andExpect(status().isForbidden());
		assertThat(counts()).isEqualTo(before);
		assertThat(f.version(id)).isEqualTo(version);
	}

}
