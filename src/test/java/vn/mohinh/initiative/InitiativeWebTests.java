package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/**
 * The register through its pages and API as the demo users: every scope denial (dakruong and a
 * Tân Lập model), read-only viewers, stale edits, the htmx fragment, and the demo data.
 */
@MoHinhTest
class InitiativeWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	long tanLapPilot() {
		return jdbc.sql("select id from initiative where name = ? and commune_code = '23497'")
			.param(InitiativeDemoData.MARKER).query(Long.class).single();
	}

	long typeId(String name) {
		return jdbc.sql("select id from initiative_type where name = ?").param(name).query(Long.class).single();
	}

	/** The id of a village of a commune as it was before the 2025 reform: "Thôn 9" of 23488. */
	long village(String communeCode, String name) {
		return jdbc.sql("""
				select v.id from locality v join locality c on c.id = v.parent_id
				where c.code = ? and c.valid_to is not null and v.name = ?""").param(communeCode).param(name)
			.query(Long.class).single();
	}

	/** Village ids of Đắk Ruồng for the form, comma separated: "8, 9" means Thôn 8 and Thôn 9. */
	String villages(String numbers) {
		return java.util.Arrays.stream(numbers.split(",")).map(String::strip)
			.map(n -> String.valueOf(village("23488", "Thôn " + n))).collect(java.util.stream.Collectors.joining(","));
	}

	/** A valid form of a model of xã Đắk Ruồng; tests share one database, so a reason for overlaps is given. */
	MockHttpServletRequestBuilder form(String url, String name, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", name);
		fields.put("typeId", String.valueOf(typeId("Xanh, sạch, đẹp")));
		fields.put("communeCode", "23488");
		fields.put("villageIds", villages("8, 9"));
		fields.put("startDate", "01/02/2024");
		fields.put("level", "DIEM_CAP_XA");
		fields.put("overlapReason", "Thử nghiệm");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		fields.forEach((k, v) -> {
			if (k.equals("villageIds")) {
				request.param(k, v.split(","));
			}
			else {
				request.param(k, v);
			}
		});
		return request;
	}

	long create(String user, String name) throws Exception {
		String location = mvc.perform(form("/initiatives", name).with(as(user))).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String fingerprint(long id) {
		return jdbc.sql("select name || '|' || version from initiative where id = ?").param(id).query(String.class).single();
	}

	@Test
	void demoDataHoldsEveryModelOfTheArticleRegistered() {
		assertThat(jdbc.sql("select count(*) from initiative").query(Long.class).single()).isGreaterThanOrEqualTo(23);
		assertThat(jdbc.sql("select count(*) from initiative_type").query(Long.class).single()).isGreaterThanOrEqualTo(11);
		assertThat(jdbc.sql("""
				select count(*) from initiative i join initiative_site s on s.initiative_id = i.id
				where i.commune_code = '23488' and i.name = 'Khu dân cư đảm bảo an toàn giao thông'""").query(Long.class).single())
			.isEqualTo(3);
		assertThat(jdbc.sql("""
				select count(*) from initiative_registration r where r.status = 'REGISTERED'
				and r.organisation_name = 'Ban Tuyên giáo Huyện ủy Kon Rẫy'""").query(Long.class).single())
			.isGreaterThanOrEqualTo(23);
		assertThat(jdbc.sql("select count(*) from initiative_partner where organisation_name = 'Tòa án nhân dân huyện Kon Rẫy'")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from initiative_event where name = 'Diễn đàn Nhân dân tố giác tội phạm'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theDistrictSeesTheTanLapPilotWithItsPartnersEventAndHistory() throws Exception {
		mvc.perform(get("/initiatives/{id}", tanLapPilot()).with(as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows("Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Kon Tum"))
			.andExpect(Html.shows("Diễn đàn Nhân dân tố giác tội phạm"))
			.andExpect(Html.shows("Điểm cấp tỉnh"))
			.andExpect(Html.shows("demo-data"));
	}

	@Test
	void dakruongCannotSeeOrChangeATanLapModelAnywhere() throws Exception {
		long id = tanLapPilot();
		String before = fingerprint(id);
		mvc.perform(get("/initiatives/{id}", id).with(as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/initiatives/{id}/edit", id).with(as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(form("/initiatives/" + id + "/edit", "Đổi tên", "communeCode", "23497", "villageIds", String.valueOf(village("23497", "Thôn 2")), "version", "0")
			.with(as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(post("/initiatives/{id}/submit", id).param("year", "2019").param("version", "0").with(csrf())
			.with(as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/initiatives").param("q", "an ninh trat tu").with(as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("Xã Tân Lập"));
		mvc.perform(get("/initiatives").param("locality", "23497").with(as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("Xã Tân Lập"));
		mvc.perform(get("/api/v1/initiatives").param("q", "tan lap").with(as("dakruong"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/initiatives/{id}", id).with(as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/initiatives/{id}", id).with(csrf()).with(as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"X\",\"typeId\":1,\"communeCode\":\"23497\",\"villages\":[\"2\"],\"startDate\":\"2019-05-01\",\"version\":0}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/initiatives").with(csrf()).with(as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Lén\",\"typeId\":" + typeId("Xanh, sạch, đẹp") + ",\"communeCode\":\"23497\",\"villages\":[\"2\"],\"startDate\":\"2024-05-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("communeCode"));
		assertThat(fingerprint(id)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from initiative where name = 'Lén'").query(Long.class).single()).isZero();
	}

	@Test
	void theViewerMayReadButNotWrite() throws Exception {
		long id = tanLapPilot();
		mvc.perform(get("/initiatives/{id}", id).with(as("lanhdao"))).andExpect(status().isOk());
		mvc.perform(get("/initiatives/new").with(as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(form("/initiatives", "Không được").with(as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/{id}/maintain", id).param("version", "0").with(csrf()).with(as("lanhdao")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/initiatives").with(csrf()).with(as("lanhdao")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Không\"}")).andExpect(status().isForbidden());
	}

	@Test
	void theCommuneSubmitsAndTheDistrictRegisters() throws Exception {
		String name = "Mô hình thử " + UUID.randomUUID().toString().substring(0, 6);
		long id = create("dakruong", name);
		mvc.perform(post("/initiatives/{id}/submit", id).param("year", "2024").param("version", "0").with(csrf())
			.with(as("dakruong"))).andExpect(status().is3xxRedirection());
		long version = jdbc.sql("select version from initiative where id = ?").param(id).query(Long.class).single();
		// The commune cannot register its own model.
		mvc.perform(post("/initiatives/{id}/register", id).param("year", "2024").param("version", String.valueOf(version))
			.param("organisation", InitiativeDemoData.BOARD).param("registeredOn", "15/02/2024").with(csrf())
			.with(as("dakruong"))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from initiative_registration where initiative_id = ?").param(id).query(String.class)
			.single()).isEqualTo("SUBMITTED");
		mvc.perform(post("/initiatives/{id}/register", id).param("year", "2024").param("version", String.valueOf(version))
			.param("organisation", InitiativeDemoData.BOARD).param("registeredOn", "15/02/2024")
			.param("referenceNumber", "07/ĐK-BTG").with(csrf()).with(as("huyen"))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from initiative_registration where initiative_id = ?").param(id).query(String.class)
			.single()).isEqualTo("REGISTERED");
		mvc.perform(get("/initiatives").param("locality", "23488").param("q", name).with(as("huyen")))
			.andExpect(Html.shows(name)).andExpect(Html.shows("Thôn 8, Thôn 9")).andExpect(Html.shows("Đã đăng ký"));
		mvc.perform(get("/api/v1/initiatives/{id}", id).with(as("huyen"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.registrations[0].referenceNumber").value("07/ĐK-BTG"));
	}

	@Test
	void badInputKeepsWhatWasTypedWithFieldMessages() throws Exception {
		// Every broken rule at once, each by its field, the input kept.
		mvc.perform(form("/initiatives", "Sai ngày", "endDate", "01/01/2024", "villageIds",
				villages("8") + "," + village("23497", "Thôn 3"), "description", "Giữ lại mô tả").with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("xin đánh dấu trong danh sách"))
			.andExpect(Html.shows("Ngày kết thúc không được trước ngày bắt đầu."))
			.andExpect(Html.shows("aria-describedby=\"date-hint endDate-error\""))
			.andExpect(Html.shows("Sai ngày")).andExpect(Html.shows("Giữ lại mô tả"));
		// Bean Validation and business rules together: a blank name and a date out of order.
		mvc.perform(form("/initiatives", "", "endDate", "01/01/2024").with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("Ngày kết thúc không được trước ngày bắt đầu."))
			.andExpect(Html.shows("id=\"name-error\""));
	}

	@Test
	void theSameTypeInTheSameVillageWarnsUntilAReasonIsGiven() throws Exception {
		String name = "Trùng loại " + UUID.randomUUID().toString().substring(0, 6);
		String type = String.valueOf(typeId("Khu dân cư đảm bảo an toàn giao thông"));
		mvc.perform(form("/initiatives", name, "typeId", type, "villageIds", villages("12"), "overlapReason", "").with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("Đã có mô hình cùng loại tại khu dân cư này"));
		mvc.perform(form("/initiatives", name, "typeId", type, "villageIds", villages("12"), "overlapReason", "Nhóm hộ mới").with(as("dakruong")))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aStaleEditKeepsTheInputAndTheApiAnswers409() throws Exception {
		long id = create("huyen", "Cũ " + UUID.randomUUID().toString().substring(0, 6));
		mvc.perform(form("/initiatives/" + id + "/edit", "Bản của huyện", "version", "0").with(as("huyen")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form("/initiatives/" + id + "/edit", "Bản cũ của xã", "version", "0").with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("vừa được người khác sửa"))
			.andExpect(Html.shows("Bản cũ của xã")).andExpect(Html.shows("Bản của huyện"));
		mvc.perform(put("/api/v1/initiatives/{id}", id).with(csrf()).with(as("huyen")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"API\",\"typeId\":" + typeId("Xanh, sạch, đẹp")
					+ ",\"communeCode\":\"23488\",\"villages\":[\"8\"],\"startDate\":\"2024-02-01\",\"version\":0}"))
			.andExpect(status().isConflict());
	}

	@Test
	void theApiCreatesListsAndValidates() throws Exception {
		String name = "Qua API " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/api/v1/initiatives").with(csrf()).with(as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"typeId\":" + typeId("Xanh, sạch, đẹp")
					+ ",\"villages\":[\"10\",\"11\"],\"startDate\":\"2024-03-01\",\"endDate\":\"2024-01-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endDate"));
		mvc.perform(post("/api/v1/initiatives").with(csrf()).with(as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"typeId\":" + typeId("Xanh, sạch, đẹp")
					+ ",\"villages\":[\"10\",\"11\"],\"startDate\":\"2024-03-01\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.sites.length()").value(2));
		mvc.perform(get("/api/v1/initiatives").param("locality", "23488").param("q", name).with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].villages[0]").value("Thôn 10"))
			.andExpect(jsonPath("$.items[0].communeCode").value("23488"));
		mvc.perform(get("/api/v1/initiatives").param("locality", "614").param("level", "DIEM_CAP_TINH").param("year", "2019")
			.with(as("huyen"))).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/initiative-types").with(as("dakruong"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(11)));
	}

	@Test
	void theKonBraihCommuneFindsTheModelsOfTheCommunesMergedIntoIt() throws Exception {
		String konBraih = jdbc.sql("""
				select l.code from locality l join locality_merger m on m.successor_id = l.id
				join locality p on p.id = m.predecessor_id where p.code = '23497' and p.valid_to is not null""")
			.query(String.class).list().get(0);
		mvc.perform(get("/api/v1/initiatives").param("locality", konBraih).param("q", "an ninh trat tu").with(as("admin")))
			.andExpect(jsonPath("$.items[0].communeCode").value("23497"));
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/initiatives").param("q", "nuoi ga").header("HX-Request", "true").with(as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows("Nuôi gà")).andExpect(Html.doesNotShow("<html"))
			.andExpect(Html.doesNotShow("role=\"search\""));
	}

	@Test
	void administratorsKeepTheCatalogueOfTypes() throws Exception {
		String name = "Loại thử " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/admin/initiative-types").param("name", name).param("field", "KINH_TE").with(csrf()).with(as("admin")))
			.andExpect(status().is3xxRedirection());
		long id = typeId(name);
		mvc.perform(post("/admin/initiative-types/{id}/retire", id).param("version", "0").with(csrf()).with(as("admin")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form("/initiatives", "Loại đã ngừng", "typeId", String.valueOf(id)).with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("đã ngừng dùng"));
		mvc.perform(get("/admin/initiative-types").with(as("huyen"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/initiative-types").with(as("admin"))).andExpect(Html.shows(name));
	}

}
