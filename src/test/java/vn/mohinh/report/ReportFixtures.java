package vn.mohinh.report;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.mohinh.evaluation.CriteriaCatalogue;

/**
 * Models, inspections and evaluations made through the public pages and API, as users would, for the report
 * tests; figures read through the statistics API.
 */
final class ReportFixtures {

	private final MockMvc mvc;
	private final UserDetailsService users;
	private final JdbcClient jdbc;
	private final CriteriaCatalogue criteria;

	ReportFixtures(MockMvc mvc, UserDetailsService users, JdbcClient jdbc, CriteriaCatalogue criteria) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
		this.criteria = criteria;
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** The unit bearing a code before the 2025 reform. */
	long unitBeforeReform(String code) {
		return jdbc.sql("select id from locality where code = ? and valid_to is not null").param(code).query(Long.class)
			.single();
	}

	long typeId(String name) {
		return jdbc.sql("select id from initiative_type where name = ?").param(name).query(Long.class).single();
	}

	/** Adds a village to a commune (before the reform) through the locality page, unless it is there. */
	void village(String communeCode, String kind, String name) throws Exception {
		long commune = unitBeforeReform(communeCode);
		long there = jdbc.sql("select count(*) from locality where parent_id = ? and name = ?").param(commune).param(name)
			.query(Long.class).single();
		if (there == 0) {
			mvc.perform(post("/localities/{id}/villages", commune).with(csrf()).with(as("admin")).param("kind", kind)
				.param("name", name)).andExpect(status().is3xxRedirection());
		}
	}

	/** Starts a model through the API; {@code extra} is more JSON members, e.g. {@code "endDate": "2024-01-01"}. */
	long model(String username, String type, String communeCode, String village, String startDate, String extra)
			throws Exception {
		String body = """
				{"name": "%s", "typeId": %d, "communeCode": "%s", "villages": ["%s"], "startDate": "%s",
				 "overlapReason": "Thử nghiệm số liệu tổng quan"%s}""".formatted(type, typeId(type), communeCode, village,
				startDate, extra == null ? "" : ", " + extra);
		String json = mvc.perform(post("/api/v1/initiatives").with(csrf()).with(as(username))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	/**
	 * Evaluates a model for a year through the API, every criterion in force for its type scored in
	 * full when effective, at zero when not.
	 */
	void evaluate(String username, long model, String type, String communeCode, int year, boolean effective)
			throws Exception {
		String path = jdbc.sql("select path from locality where code = ? and valid_to is not null").param(communeCode)
			.query(String.class).single();
		String scores = criteria.criteriaFor(typeId(type), path, java.time.LocalDate.of(year, 12, 31)).stream()
			.map(c -> "{\"criterionId\": %d, \"score\": %d}".formatted(c.id(), effective ? c.maxScore() : 0))
			.collect(java.util.stream.Collectors.joining(", "));
		String body = """
				{"initiativeId": %d, "year": %d, "rating": "%s", "effective": %s, "conclusion": "Số liệu tổng quan",
				 "scores": [%s]}""".formatted(model, year, effective ? "TOT" : "CHUA_DAT", effective, scores);
		mvc.perform(post("/api/v1/evaluations").with(csrf()).with(as(username)).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
	}

	/** Records a standing inspection of a model through the API. */
	void inspect(String username, long model, String day) throws Exception {
		String body = """
				{"initiativeId": %d, "inspectedOn": "%s", "kind": "KIEM_TRA", "organisation": "Đoàn kiểm tra số liệu tổng quan",
				 "team": [{"name": "Nguyễn Văn Kiểm", "role": "Trưởng đoàn"}], "rating": "KHA"}""".formatted(model, day);
		mvc.perform(post("/api/v1/inspections").with(csrf()).with(as(username)).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
	}

	/** The statistics API's answer (200 expected). */
	String stats(String username, String query) throws Exception {
		return mvc.perform(get(URI.create("/api/v1/stats" + query)).with(as(username))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	static long number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

}
