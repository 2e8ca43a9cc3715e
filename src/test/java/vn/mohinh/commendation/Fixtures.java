package vn.mohinh.commendation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test data of the demo district: models, villages and bodies by commune, and a commendation post. */
final class Fixtures {

	static final String DAK_RUONG = "23488";
	static final String TAN_LAP = "23497";

	private final UserDetailsService users;
	private final JdbcClient jdbc;

	Fixtures(UserDetailsService users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A running model of the commune with an evaluation; the lowest id. */
	long model(String communeCode) {
		return jdbc.sql("select min(id) from initiative where commune_code = ? and end_date is null").param(communeCode)
			.query(Long.class).single();
	}

	String modelName(long id) {
		return jdbc.sql("select name from initiative where id = ?").param(id).query(String.class).single();
	}

	long villageOf(long modelId) {
		return jdbc.sql("select min(village_id) from initiative_site where initiative_id = ?").param(modelId).query(Long.class)
			.single();
	}

	long organisation(String name) {
		return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	long version(long commendationId) {
		return count("select version from commendation where id = ?", commendationId);
	}

	/** A formal Giấy khen posted to {@code url}, with a typed body name (not from the register) unless given. */
	MockHttpServletRequestBuilder formal(String url, String username, String number, String bodyName, String... recipients) {
		MockHttpServletRequestBuilder b = post(url).with(csrf()).with(as(username)).param("kind", "FORMAL")
			.param("category", "FORM").param("award", "GIAY_KHEN").param("bodyName", bodyName).param("bodyLevel", "DISTRICT")
			.param("decisionNumber", number).param("recognisedOn", "20/12/2021").param("year", "2021")
			.param("reason", "Thành tích thử nghiệm");
		for (String r : recipients) {
			b.param("recipients", r);
		}
		return b;
	}

	long latestCommendation() {
		return count("select max(id) from commendation");
	}

}
