package vn.mohinh.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Records the public-side tests make for themselves, through the officials' own pages (so through
 * the services and their rules): models of xã Đăk Ruồng, published or not, and exemplars.
 */
final class PortalFixtures {

	static final String DAK_RUONG = "23488";

	/** Stored through every text field the public pages show; must come back inert. */
	static final String XSS = "<script>alert('xss')</script>\"><img src=x onerror=alert(1)>]]></title>&amp;";

	private final MockMvc mvc;
	private final UserDetailsService users;
	private final JdbcClient jdbc;

	PortalFixtures(MockMvc mvc, UserDetailsService users, JdbcClient jdbc) {
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

	/** A model of xã Đăk Ruồng, thôn 8, made by the district editor; returns its id. */
	long model(String name, String description, boolean published) throws Exception {
		MvcResult result = mvc.perform(post("/initiatives").with(csrf()).with(as("huyen"))
			.param("name", name).param("typeId", String.valueOf(typeId()))
			.param("communeCode", DAK_RUONG).param("startDate", "01/02/2024").param("overlapReason", "Thử nghiệm")
			.param("villageIds", String.valueOf(village("Thôn 8"))).param("description", description)
			.param("published", String.valueOf(published)))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** An exemplar of the model's village; publishable from {@code from} (dd/MM/yyyy) or not at all when null. */
	long exemplar(String title, String story, long modelId, String from) throws Exception {
		long village = jdbc.sql("select min(village_id) from initiative_site where initiative_id = ?").param(modelId)
			.query(Long.class).single();
		var request = post("/commendations/exemplars").with(csrf()).with(as("huyen")).param("subject", "VILLAGE:" + village)
			.param("title", title).param("story", story).param("modelIds", String.valueOf(modelId));
		if (from != null) {
			request.param("publishable", "true").param("publishableFrom", from);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from exemplar where title = ?").param(title).query(Long.class).single();
	}

	/**
	 * An article of the district written by {@code huyen} about the model (or none when null), then,
	 * step by step, submitted (when {@code stage} is at least IN_REVIEW) and published by {@code lanhdao}
	 * from {@code publishDate} (dd/MM/yyyy, today when null). Returns its slug.
	 */
	String article(String title, String summary, String body, Long modelId, Stage stage, String publishDate, boolean featured)
			throws Exception {
		String slug = "tin-thu-" + UUID.randomUUID().toString().substring(0, 8);
		var write = post("/articles").with(csrf()).with(as("huyen")).param("slug", slug).param("title", title)
			.param("summary", summary).param("body", body).param("author", title).param("categoryCode", "tin-tuc-su-kien")
			.param("tags", summary);
		if (modelId != null) {
			write.param("modelIds", String.valueOf(modelId));
		}
		MvcResult result = mvc.perform(write).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		if (stage.compareTo(Stage.IN_REVIEW) >= 0) {
			mvc.perform(post("/articles/{id}/submit", id).with(csrf()).with(as("huyen")).param("version", version(id)))
				.andExpect(status().is3xxRedirection());
		}
		if (stage.compareTo(Stage.PUBLISHED) >= 0) {
			var publish = post("/articles/{id}/publish", id).with(csrf()).with(as("lanhdao")).param("version", version(id))
				.param("featured", String.valueOf(featured));
			if (publishDate != null) {
				publish.param("publishDate", publishDate).param("publishTime", "08:00");
			}
			mvc.perform(publish).andExpect(status().is3xxRedirection());
		}
		if (stage == Stage.WITHDRAWN) {
			mvc.perform(post("/articles/{id}/withdraw", id).with(csrf()).with(as("lanhdao")).param("version", version(id))
				.param("reason", "Thu hồi thử")).andExpect(status().is3xxRedirection());
		}
		String status = jdbc.sql("select status from article where id = ?").param(id).query(String.class).single();
		if (!status.equals(stage.name())) {
			throw new AssertionError("article " + slug + " is " + status + ", expected " + stage);
		}
		return slug;
	}

	enum Stage {
		DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN
	}

	private String version(long articleId) {
		return String.valueOf(jdbc.sql("select version from article where id = ?").param(articleId).query(Long.class).single());
	}

	/** A published demo model that has a person in charge: (id, that person's name). */
	Object[] publishedModelWithPersonInCharge() {
		return jdbc.sql("""
				select id, person_in_charge_name from initiative where published = true and person_in_charge_name is not null
				order by id fetch first 1 rows only""")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).single();
	}

	long typeId() {
		return jdbc.sql("select min(id) from initiative_type where retired = false").query(Long.class).single();
	}

	long village(String name) {
		return jdbc.sql("""
				select v.id from locality v join locality c on c.id = v.parent_id
				where c.code = ? and c.valid_to is not null and v.name = ?""").param(DAK_RUONG).param(name)
			.query(Long.class).single();
	}

}
