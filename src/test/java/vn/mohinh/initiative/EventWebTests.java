package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/** The event pages: list, search and year in scope, record and edit with stale edits, scope denials. */
@MoHinhTest
class EventWebTests {

	static final String FORUM = "Diễn đàn Nhân dân tố giác tội phạm";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	long forum() {
		return jdbc.sql("select id from initiative_event where name = ?").param(FORUM).query(Long.class).single();
	}

	long dakRuong() {
		return jdbc.sql("select id from locality where code = '23488' and valid_to is not null").query(Long.class).single();
	}

	long dakRuongModel() {
		return jdbc.sql("select min(id) from initiative where commune_code = '23488'").query(Long.class).single();
	}

	String fingerprint(long id) {
		return jdbc.sql("select name || '|' || held_on || '|' || version from initiative_event where id = ?").param(id)
			.query(String.class).single();
	}

	MockHttpServletRequestBuilder form(String url, String... fields) {
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	long create(String user, String name, String... more) throws Exception {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", name);
		fields.put("heldOn", "12/03/2024");
		fields.put("localityId", String.valueOf(dakRuong()));
		for (int i = 0; i < more.length; i += 2) {
			fields.put(more[i], more[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/events").with(csrf());
		fields.forEach(request::param);
		String location = mvc.perform(request.with(as(user))).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void theDistrictListsSearchesAndFiltersTheForumByYear() throws Exception {
		mvc.perform(get("/events").param("q", "dien dan to giac").with(as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows(FORUM)).andExpect(Html.shows("20/05/2019"));
		mvc.perform(get("/events").param("q", "dien dan to giac").param("year", "2019").with(as("huyen")))
			.andExpect(Html.shows(FORUM));
		mvc.perform(get("/events").param("q", "dien dan to giac").param("year", "2020").with(as("huyen")))
			.andExpect(Html.doesNotShow(FORUM)).andExpect(Html.shows("Không có sự kiện nào phù hợp."));
		mvc.perform(get("/events").param("q", "to giac").header("HX-Request", "true").with(as("huyen")))
			.andExpect(Html.shows(FORUM)).andExpect(Html.doesNotShow("<html")).andExpect(Html.doesNotShow("role=\"search\""));
		mvc.perform(get("/events/{id}", forum()).with(as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows("xã Tân Lập")).andExpect(Html.shows(InitiativeDemoData.MARKER));
	}

	@Test
	void theModelPageStillShowsItsEventWithALink() throws Exception {
		long model = jdbc.sql("select initiative_id from initiative_event where id = ?").param(forum()).query(Long.class).single();
		mvc.perform(get("/initiatives/{id}", model).with(as("huyen")))
			.andExpect(Html.shows(FORUM)).andExpect(Html.shows("/events/" + forum()));
	}

	@Test
	void newestFirst() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		create("dakruong", "Hội nghị cũ " + tag, "heldOn", "02/01/2023");
		create("dakruong", "Hội nghị mới " + tag, "heldOn", "02/01/2024");
		String html = mvc.perform(get("/events").param("q", tag).with(as("dakruong"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(html.indexOf("Hội nghị mới")).isPositive().isLessThan(html.indexOf("Hội nghị cũ"));
	}

	@Test
	void dakruongCannotSeeOrChangeTheTanLapForum() throws Exception {
		long id = forum();
		String before = fingerprint(id);
		mvc.perform(get("/events/{id}", id).with(as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/events").param("q", "dien dan").with(as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow(FORUM));
		mvc.perform(get("/events").param("year", "2019").with(as("dakruong"))).andExpect(Html.doesNotShow(FORUM));
		mvc.perform(get("/events/{id}/edit", id).with(as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(form("/events/" + id + "/edit", "name", "Đổi tên", "heldOn", "20/05/2019", "localityId",
				String.valueOf(dakRuong()), "version", "0").with(as("dakruong"))).andExpect(status().isNotFound());
		assertThat(fingerprint(id)).isEqualTo(before);
		// Nor link an event of its own to a Tân Lập model.
		long tanLapModel = jdbc.sql("select initiative_id from initiative_event where id = ?").param(id).query(Long.class).single();
		mvc.perform(form("/events", "name", "Lén gắn", "heldOn", "01/06/2024", "localityId", String.valueOf(dakRuong()),
				"initiativeId", String.valueOf(tanLapModel)).with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("Không tìm thấy mô hình này trong địa bàn của bạn."));
		assertThat(jdbc.sql("select count(*) from initiative_event where name = 'Lén gắn'").query(Long.class).single()).isZero();
	}

	@Test
	void theViewerMayReadButNotWrite() throws Exception {
		long id = forum();
		String before = fingerprint(id);
		mvc.perform(get("/events/{id}", id).with(as("lanhdao"))).andExpect(status().isOk()).andExpect(Html.doesNotShow("/edit"));
		mvc.perform(get("/events/new").with(as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(get("/events/{id}/edit", id).with(as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(form("/events", "name", "Không được", "heldOn", "01/01/2024").with(as("lanhdao")))
			.andExpect(status().isForbidden());
		mvc.perform(form("/events/" + id + "/edit", "name", "Không được", "heldOn", "20/05/2019", "version", "0")
			.with(as("lanhdao"))).andExpect(status().isForbidden());
		assertThat(fingerprint(id)).isEqualTo(before);
	}

	@Test
	void theCommuneRecordsAnEventOfItsModelAndBothPagesShowIt() throws Exception {
		String name = "Ra quân tổng vệ sinh " + UUID.randomUUID().toString().substring(0, 6);
		long model = dakRuongModel();
		mvc.perform(get("/events/new").param("initiative", String.valueOf(model)).with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("Xã Đắk Ruồng"));
		long id = create("dakruong", name, "initiativeId", String.valueOf(model), "description", "Cả thôn tham gia");
		mvc.perform(get("/events/{id}", id).with(as("dakruong"))).andExpect(Html.shows(name))
			.andExpect(Html.shows("12/03/2024")).andExpect(Html.shows("Cả thôn tham gia"))
			.andExpect(Html.shows("/initiatives/" + model));
		mvc.perform(get("/initiatives/{id}", model).with(as("dakruong"))).andExpect(Html.shows(name));
	}

	@Test
	void badInputShowsEveryProblemByItsFieldAndKeepsTheInput() throws Exception {
		mvc.perform(form("/events", "name", "", "heldOn", "tháng ba", "description", "Giữ lại chữ này").with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("Xin nhập tên sự kiện."))
			.andExpect(Html.shows("Ngày diễn ra không hợp lệ")).andExpect(Html.shows("Xin chọn địa bàn tổ chức."))
			.andExpect(Html.shows("Giữ lại chữ này")).andExpect(Html.shows("aria-describedby=\"heldOn-hint heldOn-error\""));
		long tanLap = jdbc.sql("select id from locality where code = '23497' and valid_to is not null").query(Long.class).single();
		mvc.perform(form("/events", "name", "Ngoài địa bàn", "heldOn", "01/01/2024", "localityId", String.valueOf(tanLap))
			.with(as("dakruong"))).andExpect(status().isOk()).andExpect(Html.shows("nằm ngoài địa bàn của bạn"));
	}

	@Test
	void aStaleEditKeepsTheInputAndShowsWhatIsSaved() throws Exception {
		long id = create("dakruong", "Họp dân " + UUID.randomUUID().toString().substring(0, 6));
		mvc.perform(form("/events/" + id + "/edit", "name", "Bản của huyện", "heldOn", "12/03/2024", "localityId",
				String.valueOf(dakRuong()), "version", "0").with(as("huyen"))).andExpect(status().is3xxRedirection());
		mvc.perform(form("/events/" + id + "/edit", "name", "Bản cũ của xã", "heldOn", "12/03/2024", "localityId",
				String.valueOf(dakRuong()), "version", "0").with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("vừa được người khác sửa"))
			.andExpect(Html.shows("Bản cũ của xã")).andExpect(Html.shows("Bản của huyện"));
		assertThat(jdbc.sql("select name from initiative_event where id = ?").param(id).query(String.class).single())
			.isEqualTo("Bản của huyện");
	}

}
