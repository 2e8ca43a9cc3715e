package vn.mohinh.evaluation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the evaluation tests share: signing in as a demo user, models of xã Đắk Ruồng made through
 * the register's own form (each test its own, with a name of its own), and reading the database.
 */
final class Fixtures {

	static final String DAK_RUONG = "23488";
	static final String TAN_LAP = "23497";

	private final MockMvc mvc;
	private final UserDetailsService users;
	private final JdbcClient jdbc;

	Fixtures(MockMvc mvc, UserDetailsService users, JdbcClient jdbc) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long village(String commune, String name) {
		return jdbc.sql("""
				select v.id from locality v join locality c on c.id = v.parent_id
				where c.code = ? and c.valid_to is not null and v.name = ?""").param(commune).param(name).query(Long.class)
			.single();
	}

	long typeId(String name) {
		return jdbc.sql("select id from initiative_type where name = ?").param(name).query(Long.class).single();
	}

	/** A new model of xã Đắk Ruồng, started on 01/02/2024, made by the commune's editor. */
	long model(String name, String type, String... villages) throws Exception {
		MockHttpServletRequestBuilder request = post("/initiatives").with(csrf()).with(as("dakruong")).param("name", name)
			.param("typeId", String.valueOf(typeId(type))).param("communeCode", DAK_RUONG).param("startDate", "01/02/2024")
			.param("overlapReason", "Thử nghiệm");
		for (String v : villages) {
			request.param("villageIds", String.valueOf(village(DAK_RUONG, v)));
		}
		MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		return idIn(result.getResponse().getRedirectedUrl());
	}

	static long idIn(String location) {
		String path = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	List<Long> criteria(long evaluationId) {
		return jdbc.sql("select criterion_id from evaluation_score where evaluation_id = ? order by position")
			.param(evaluationId).query(Long.class).list();
	}

	/** The criteria ids a model of a type is scored on today (national sets: any path of Kon Tum). */
	List<Long> criteriaOfType(String type) {
		return jdbc.sql("""
				select c.id from evaluation_criterion c join criteria_set s on s.id = c.criteria_set_id
				where s.type_id = ? and s.area_path = '/' and s.valid_to is null order by c.position""")
			.param(typeId(type)).query(Long.class).list();
	}

	List<Integer> maxScores(String type) {
		return jdbc.sql("""
				select c.max_score from evaluation_criterion c join criteria_set s on s.id = c.criteria_set_id
				where s.type_id = ? and s.area_path = '/' and s.valid_to is null order by c.position""")
			.param(typeId(type)).query(Integer.class).list();
	}

	/** The evaluation form posted for a model and year, every criterion scored {@code share} of its highest score. */
	MockHttpServletRequestBuilder evaluation(long initiativeId, String type, int year, double share, String username) {
		MockHttpServletRequestBuilder request = post("/evaluations").with(csrf()).with(as(username))
			.param("initiativeId", String.valueOf(initiativeId)).param("year", String.valueOf(year))
			.param("rating", "KHA").param("effective", "true").param("conclusion", "Mô hình hoạt động ổn định.");
		List<Long> ids = criteriaOfType(type);
		List<Integer> max = maxScores(type);
		for (int i = 0; i < ids.size(); i++) {
			request.param("scores[" + i + "].criterionId", String.valueOf(ids.get(i)))
				.param("scores[" + i + "].score", String.valueOf((int) Math.round(max.get(i) * share)));
		}
		return request;
	}

	/** Evaluates a model for a year through the form; the new evaluation's id. */
	long evaluate(long initiativeId, String type, int year) throws Exception {
		MvcResult result = mvc.perform(evaluation(initiativeId, type, year, 0.8, "dakruong"))
			.andExpect(status().is3xxRedirection()).andReturn();
		return idIn(result.getResponse().getRedirectedUrl());
	}

	long version(long evaluationId) {
		return jdbc.sql("select version from evaluation where id = ?").param(evaluationId).query(Long.class).single();
	}

	long count(String sql, Object... params) {
		var spec = jdbc.sql(sql);
		for (Object p : params) {
			spec = spec.param(p);
		}
		return spec.query(Long.class).single();
	}

	String modelStatus(long initiativeId) {
		return jdbc.sql("select status from initiative where id = ?").param(initiativeId).query(String.class).single();
	}

	/** An evaluation of xã Tân Lập from the demo data: outside dakruong's scope. */
	long tanLapEvaluation() {
		return jdbc.sql("select min(id) from evaluation where commune_name like '%Tân Lập%'").query(Long.class).single();
	}

	long tanLapModel() {
		return jdbc.sql("select min(id) from initiative where commune_code = ?").param(TAN_LAP).query(Long.class).single();
	}

}
