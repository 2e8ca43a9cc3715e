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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/** The model form's pickers: the commune's villages (htmx and without JavaScript), organisations and party members in scope. */
@MoHinhTest
class InitiativePickerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	long id(String sql, Object... params) {
		var spec = jdbc.sql(sql);
		for (Object p : params) {
			spec = spec.param(p);
		}
		return spec.query(Long.class).single();
	}

	long village(String communeCode, String name) {
		return id("""
				select v.id from locality v join locality c on c.id = v.parent_id
				where c.code = ? and c.valid_to is not null and v.name = ?""", communeCode, name);
	}

	/** The village's box is ticked. */
	static org.springframework.test.web.servlet.ResultMatcher checked(long villageId) {
		return result -> assertThat(result.getResponse().getContentAsString())
			.containsPattern("value=\"" + villageId + "\"\\s+checked=\"checked\"");
	}

	@Test
	void theDistrictChoosesACommuneAndHtmxBringsItsVillages() throws Exception {
		mvc.perform(get("/initiatives/new").with(as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows("Xã Tân Lập")).andExpect(Html.shows("Chọn xã để hiện các thôn của xã."));
		mvc.perform(get("/initiatives/form/villages").param("communeCode", "23497").param("startDate", "01/03/2024")
			.param("villageIds", String.valueOf(village("23497", "Thôn 2"))).header("HX-Request", "true").with(as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"villages-fieldset\""))
			.andExpect(Html.shows("Thôn 3")).andExpect(Html.doesNotShow("<html"))
			.andExpect(checked(village("23497", "Thôn 2")));
		// Out of scope: no villages offered.
		mvc.perform(get("/initiatives/form/villages").param("communeCode", "23497").with(as("dakruong")))
			.andExpect(Html.doesNotShow("Thôn 3"));
		mvc.perform(get("/initiatives/form/villages").param("communeCode", "23497").with(as("lanhdao")))
			.andExpect(status().isForbidden());
	}

	@Test
	void withoutJavaScriptChooseCommuneReloadsTheFormKeepingTheInput() throws Exception {
		mvc.perform(post("/initiatives").with(csrf()).with(as("huyen")).param("refresh", "commune")
			.param("name", "Giữ tên này").param("communeCode", "23497").param("startDate", "01/03/2024")
			.param("description", "Giữ mô tả"))
			.andExpect(status().isOk()).andExpect(Html.shows("Giữ tên này")).andExpect(Html.shows("Giữ mô tả"))
			.andExpect(Html.shows("id=\"village-" + village("23497", "Thôn 3") + "\""))
			.andExpect(Html.doesNotShow("Xin kiểm tra lại"));
		assertThat(jdbc.sql("select count(*) from initiative where name = 'Giữ tên này'").query(Long.class).single()).isZero();
	}

	@Test
	void organisationsAndPartyMembersAreOfferedInScopeOnly() throws Exception {
		mvc.perform(get("/initiatives/form/organisations").param("leadQuery", "ban tuyen giao").with(as("huyen")))
			.andExpect(Html.shows("Ban Tuyên giáo Huyện ủy Kon Rẫy")).andExpect(Html.doesNotShow("Tòa án"));
		mvc.perform(get("/initiatives/form/organisations").param("leadQuery", "ban").with(as("dakruong")))
			.andExpect(Html.shows("Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng"))
			.andExpect(Html.doesNotShow("Tân Lập")).andExpect(Html.doesNotShow("Ban Tuyên giáo"));
		mvc.perform(get("/initiatives/form/people").param("personQuery", "dinh thi hoa").with(as("dakruong")))
			.andExpect(Html.shows("Đinh Thị Hoa"));
		mvc.perform(get("/initiatives/form/people").param("personQuery", "").with(as("huyen")))
			.andExpect(Html.shows("Phạm Văn Đức")).andExpect(Html.doesNotShow("Hoàng Văn Nam"));
		// Without JavaScript the "Lọc" button narrows the select, keeping the rest.
		mvc.perform(post("/initiatives").with(csrf()).with(as("huyen")).param("refresh", "lead")
			.param("leadQuery", "toa an").param("name", "Giữ tên"))
			.andExpect(Html.shows("Tòa án nhân dân huyện Kon Rẫy")).andExpect(Html.shows("Giữ tên"));
	}

	@Test
	void aModelIsSavedWithPickedVillagesLeadAndPartyMember() throws Exception {
		String name = "Chọn bằng danh sách " + UUID.randomUUID().toString().substring(0, 6);
		long board = id("select id from organisation where name = 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng'");
		long hoa = id("select id from person where full_name = 'Đinh Thị Hoa'");
		long type = id("select id from initiative_type where name = 'Xanh, sạch, đẹp'");
		String location = mvc.perform(post("/initiatives").with(csrf()).with(as("dakruong")).param("name", name)
			.param("typeId", String.valueOf(type)).param("communeCode", "23488").param("startDate", "01/04/2024")
			.param("villageIds", String.valueOf(village("23488", "Thôn 10")), String.valueOf(village("23488", "Thôn 11")))
			.param("leadOrganisationId", String.valueOf(board)).param("personInChargeId", String.valueOf(hoa))
			.param("partners[0].organisationId", String.valueOf(board)).param("partners[0].role", "Phối hợp")
			.param("overlapReason", "Thử"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(as("dakruong"))).andExpect(Html.shows("Thôn 10, Thôn 11"))
			.andExpect(Html.shows("Đinh Thị Hoa")).andExpect(Html.shows("Phối hợp"));
		// The edit form ticks the villages and selects the lead.
		mvc.perform(get(location + "/edit").with(as("dakruong")))
			.andExpect(checked(village("23488", "Thôn 10")))
			.andExpect(Html.shows("value=\"" + board + "\" selected=\"selected\""));
	}

	@Test
	void aPickedOrganisationOrPersonOutsideTheScopeIsRefusedByItsField() throws Exception {
		long court = id("select id from organisation where name = 'Tòa án nhân dân huyện Kon Rẫy'");
		long duc = id("select id from person where full_name = 'Phạm Văn Đức'");
		long type = id("select id from initiative_type where name = 'Xanh, sạch, đẹp'");
		mvc.perform(post("/initiatives").with(csrf()).with(as("dakruong")).param("name", "Lén chọn")
			.param("typeId", String.valueOf(type)).param("communeCode", "23488").param("startDate", "01/04/2024")
			.param("villageIds", String.valueOf(village("23488", "Thôn 10")))
			.param("leadOrganisationId", String.valueOf(court)).param("personInChargeId", String.valueOf(duc)))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Không tìm thấy cơ quan này trong địa bàn của bạn"))
			.andExpect(Html.shows("Không tìm thấy đảng viên này trong địa bàn của bạn"));
		assertThat(jdbc.sql("select count(*) from initiative where name = 'Lén chọn'").query(Long.class).single()).isZero();
	}

}
