package vn.mohinh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Scope on every path of evaluations: dakruong (editor of xã Đăk Ruồng) neither sees nor changes an
 * evaluation of xã Tân Lập through the list, a page, the form, a comment, a decision, the export,
 * the API or the dashboard's figures, and the database is unchanged after each refused write;
 * lanhdao (viewer of the district) reads but may not evaluate, comment or decide (403).
 */
@MoHinhTest
class EvaluationScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvaluationFigures figures;

	@Autowired
	ScopeGuard scope;

	Fixtures f;

	@BeforeEach
	void fixtures() {
		f = new Fixtures(mvc, users, jdbc);
	}

	/** Everything a refused write could have changed. */
	record Counts(long evaluations, long comments, long decided, long models, long version) {
	}

	Counts counts(long evaluationId) {
		return new Counts(f.count("select count(*) from evaluation"), f.count("select count(*) from evaluation_comment"),
				f.count("select count(*) from evaluation where decision is not null"), f.count("select count(*) from initiative"),
				f.version(evaluationId));
	}

	String tanLapName() {
		return jdbc.sql("select initiative_name from evaluation where id = ?").param(f.tanLapEvaluation()).query(String.class)
			.single();
	}

	@Test
	void dakRuongNeitherSeesNorChangesAnEvaluationOfTanLapOnAnyPath() throws Exception {
		long id = f.tanLapEvaluation();
		Counts before = counts(id);
		List<Long> criteria = f.criteria(id);
		// Pages: 404 as if it did not exist.
		mvc.perform(get("/evaluations/{id}", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluations/{id}/edit", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		var edit = post("/evaluations/{id}/edit", id).with(csrf()).with(f.as("dakruong"))
			.param("version", String.valueOf(before.version())).param("rating", "CHUA_DAT").param("effective", "false");
		for (int i = 0; i < criteria.size(); i++) {
			edit.param("scores[" + i + "].criterionId", String.valueOf(criteria.get(i))).param("scores[" + i + "].score", "0");
		}
		mvc.perform(edit).andExpect(status().isNotFound());
		mvc.perform(post("/evaluations/{id}/comments", id).with(csrf()).with(f.as("dakruong")).param("body", "Xâm nhập"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/evaluations/{id}/decision", id).with(csrf()).with(f.as("dakruong"))
			.param("version", String.valueOf(before.version())).param("kind", "DISCONTINUE").param("decidedOn", "01/02/2022")
			.param("reason", "Xâm nhập")).andExpect(status().isNotFound());
		// Evaluating a model of Tân Lập: no form, no save.
		long model = f.tanLapModel();
		mvc.perform(get("/evaluations/new").param("initiative", String.valueOf(model)).with(f.as("dakruong")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/evaluations").with(csrf()).with(f.as("dakruong")).param("initiativeId", String.valueOf(model))
			.param("year", "2024").param("rating", "TOT").param("effective", "true")).andExpect(status().isNotFound());
		// The API: 404 for one, absent from the list, no create.
		mvc.perform(get("/api/v1/evaluations/{id}", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		// (23497 names xã Kon Braih since the 2025 merger, which holds Đăk Ruồng too: its evaluations only are listed.)
		for (String locality : new String[] { Fixtures.TAN_LAP, "" }) {
			String json = mvc.perform(get("/api/v1/evaluations").param("locality", locality).param("size", "200")
				.with(f.as("dakruong"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(json).contains("Đắk Ruồng").doesNotContain("Tân Lập").doesNotContain("\"id\":" + id + ",");
		}
		mvc.perform(post("/api/v1/evaluations").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"initiativeId\": " + model + ", \"year\": 2024, \"rating\": \"TOT\", \"effective\": true}"))
			.andExpect(status().isNotFound());
		assertThat(counts(id)).isEqualTo(before);
		// The list (with Tân Lập's code or without), the model picker and the export show nothing of Tân Lập.
		mvc.perform(get("/evaluations").param("locality", Fixtures.TAN_LAP).param("size", "200").with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.doesNotShow("Tân Lập"));
		mvc.perform(get("/evaluations").param("size", "200").with(f.as("dakruong"))).andExpect(Html.doesNotShow("Tân Lập"))
			.andExpect(Html.doesNotShow("/evaluations/" + id + "\""));
		assertThat(exportedPlaces("dakruong")).isNotEmpty().noneMatch(p -> p.contains("Tân Lập"));
		// The district sees both.
		mvc.perform(get("/evaluations/{id}", id).with(f.as("huyen"))).andExpect(status().isOk()).andExpect(Html.shows(tanLapName()));
		assertThat(exportedPlaces("huyen")).anyMatch(p -> p.contains("Tân Lập")).anyMatch(p -> p.contains("Đắk Ruồng"));
	}

	List<String> exportedPlaces(String username) throws Exception {
		byte[] xlsx = mvc.perform(get("/evaluations/export.xlsx").with(f.as(username))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		List<String> places = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() >= 2) {
					places.add(row.getCell(3).getStringCellValue());
				}
			}
		}
		return places;
	}

	@Test
	void theViewerReadsButMayNotEvaluateCommentOrDecide() throws Exception {
		long model = f.model(Fixtures.unique("Lãnh đạo chỉ xem"), "Khu dân cư phòng, chống ma túy", "Thôn 10");
		long id = f.evaluate(model, "Khu dân cư phòng, chống ma túy", 2024);
		Counts before = counts(id);
		mvc.perform(get("/evaluations/{id}", id).with(f.as("lanhdao"))).andExpect(status().isOk());
		mvc.perform(get("/evaluations").with(f.as("lanhdao"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("href=\"/evaluations/new\""));
		mvc.perform(get("/evaluations/new").with(f.as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(get("/evaluations/new").param("initiative", String.valueOf(model)).with(f.as("lanhdao")))
			.andExpect(status().isForbidden());
		mvc.perform(f.evaluation(model, "Khu dân cư phòng, chống ma túy", 2025, 0.9, "lanhdao")).andExpect(status().isForbidden());
		mvc.perform(get("/evaluations/{id}/edit", id).with(f.as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(post("/evaluations/{id}/comments", id).with(csrf()).with(f.as("lanhdao")).param("body", "Ý kiến"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/evaluations/{id}/decision", id).with(csrf()).with(f.as("lanhdao"))
			.param("version", String.valueOf(before.version())).param("kind", "MAINTAIN").param("decidedOn", "10/01/2025"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/evaluations").with(csrf()).with(f.as("lanhdao")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"initiativeId\": " + model + ", \"year\": 2025}")).andExpect(status().isForbidden());
		assertThat(counts(id)).isEqualTo(before);
		assertThat(f.modelStatus(model)).isEqualTo("ACTIVE");
	}

	@Test
	@WithUserDetails("dakruong")
	void theFiguresRefuseAnAreaOutsideTheUsersScope() {
		long tanLap = jdbc.sql("select id from locality where code = ? and valid_to is not null").param(Fixtures.TAN_LAP)
			.query(Long.class).single();
		long konRay = jdbc.sql("select id from locality where code = '614' and valid_to is not null").query(Long.class).single();
		assertThatThrownBy(() -> figures.effectivenessByYear(scope.scopeOfRoot(tanLap), 2019, 2021))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> figures.effectivenessByYear(scope.scopeOfRoot(konRay), 2019, 2021))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> figures.effectivenessByYear(vn.mohinh.locality.Scope.EVERYWHERE, 2019, 2021))
			.isInstanceOf(NotFoundException.class);
		assertThat(figures.effectivenessByYear(scope.current(), 2019, 2021)).hasSize(3);
	}

}
