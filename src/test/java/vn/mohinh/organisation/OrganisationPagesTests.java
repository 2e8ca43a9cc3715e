package vn.mohinh.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;

/** The organisation pages: make-up figures, search, htmx, forms, bad input and stale edits. */
@MoHinhTest
class OrganisationPagesTests {

	static final String CELL_MAKE_UP = "5 đảng viên (trong đó 4 nữ, 1 dân tộc thiểu số)";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	LocalityDirectory localities;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(directory, localities, jdbc);
	}

	@Test
	@WithUserDetails("huyen")
	void theCellPageShowsTheMakeUpOfTheArticle() throws Exception {
		long cell = fixtures.organisation(OrganisationDemoData.CELL);
		mvc.perform(get("/organisations/{id}", cell))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chi bộ Mặt trận huyện Kon Rẫy"),
					containsString(CELL_MAKE_UP), containsString("Y Liên"), containsString("Bí thư Chi bộ"),
					containsString("Ban Chấp hành Đảng bộ huyện Kon Rẫy"), containsString("Đến 30/06/2025"))));
	}

	@Test
	@WithUserDetails("huyen")
	void theOfficePageShowsItsSevenCadres() throws Exception {
		long office = fixtures.organisation(OrganisationDemoData.OFFICE);
		mvc.perform(get("/organisations/{id}", office))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("7 cán bộ, công chức"), containsString("Võ Thị Thanh Tâm"),
					containsString("Hoàng Văn Nam"), not(containsString(CELL_MAKE_UP)))));
	}

	@Test
	@WithUserDetails("lanhdao")
	void searchIgnoresAccents() throws Exception {
		mvc.perform(get("/organisations").param("q", "chi bo mat tran"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chi bộ Mặt trận huyện Kon Rẫy"),
					containsString(CELL_MAKE_UP), not(containsString("Tòa án nhân dân huyện Kon Rẫy")))));
		mvc.perform(get("/organisations").param("q", "TOA AN kon ray"))
			.andExpect(content().string(allOf(containsString("Tòa án nhân dân huyện Kon Rẫy"),
					not(containsString("Chi bộ Mặt trận huyện Kon Rẫy")))));
	}

	@Test
	@WithUserDetails("lanhdao")
	void filtersByKind() throws Exception {
		mvc.perform(get("/organisations").param("kind", "COURT"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tòa án nhân dân huyện Kon Rẫy"),
					not(containsString("Chi bộ Mặt trận huyện Kon Rẫy")))));
	}

	@Test
	@WithUserDetails("huyen")
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/organisations").param("q", "chi bo mat tran").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"results\""),
					containsString("Chi bộ Mặt trận huyện Kon Rẫy"), not(containsString("<html")),
					not(containsString("<header")), not(containsString("role=\"search\"")))));
		mvc.perform(get("/organisations").param("q", "chi bo mat tran"))
			.andExpect(content().string(allOf(containsString("<html"), containsString("role=\"search\""))));
	}

	@Test
	@WithUserDetails("huyen")
	void anEditorCreatesAnOrganisationAtACommuneInScope() throws Exception {
		String name = Fixtures.unique("Chi bộ thôn 3 xã Tân Lập");
		long tanLap = fixtures.locality("23497");
		long front = fixtures.organisation("Ủy ban MTTQ Việt Nam huyện Kon Rẫy");
		MvcResult result = mvc.perform(post("/organisations").with(csrf()).param("name", name)
				.param("kind", "PARTY_CELL").param("localityId", String.valueOf(tanLap))
				.param("parentId", String.valueOf(front)).param("validFrom", "01/01/2019")
				.param("validTo", "30/06/2025"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "organisation.created"))
			.andReturn();
		OrganisationView created = directory.findByName(name).orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + created.id());
		assertThat(created.kind()).isEqualTo(OrganisationKind.PARTY_CELL);
		assertThat(created.localityId()).isEqualTo(tanLap);
		assertThat(created.parentId()).isEqualTo(front);
		assertThat(created.validFrom()).hasToString("2019-01-01");
		mvc.perform(get("/organisations/{id}", created.id()))
			.andExpect(content().string(allOf(containsString(name), containsString("Từ 01/01/2019 đến 30/06/2025"),
					containsStringIgnoringCase("xã Tân Lập, huyện Kon Rẫy, tỉnh Kon Tum"),
					containsString("0 đảng viên (trong đó 0 nữ, 0 dân tộc thiểu số)"))));
	}

	@Test
	@WithUserDetails("huyen")
	void aLocalityCanBeGivenByItsOfficialCodeReadOnTheOrganisationsDates() throws Exception {
		String name = Fixtures.unique("Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Pne");
		mvc.perform(post("/organisations").with(csrf()).param("name", name).param("kind", "FRONT_STANDING_BOARD")
				.param("localityCode", "23491").param("validTo", "30/06/2025"))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.findByName(name).orElseThrow().localityId()).isEqualTo(fixtures.locality("23491"));
	}

	@Test
	@WithUserDetails("huyen")
	void invalidInputIsShownBesideTheFieldsAndKept() throws Exception {
		String name = Fixtures.unique("Ban thử");
		mvc.perform(post("/organisations").with(csrf()).param("name", "").param("kind", "COURT")
				.param("localityId", String.valueOf(fixtures.locality("614"))).param("validFrom", "hôm qua")
				.param("validTo", "30/06/2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Xin nhập tên cơ quan, tổ chức."),
					containsString("Ngày không hợp lệ. Xin nhập theo dạng ngày/tháng/năm"),
					containsString("value=\"" + htmlEscape("hôm qua") + "\""), containsString("value=\"30/06/2025\""),
					containsString("aria-describedby=\"name-error\""), containsString("id=\"name-error\""))));

		// a rule of the aggregate: the end before the start
		mvc.perform(post("/organisations").with(csrf()).param("name", name).param("kind", "COURT")
				.param("localityId", String.valueOf(fixtures.locality("614"))).param("validFrom", "01/01/2020")
				.param("validTo", "31/12/2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ngày kết thúc không được trước ngày bắt đầu."),
					containsString("value=\"" + htmlEscape(name) + "\""))));

		// a body of huyện Kon Rẫy cannot outlive the district (abolished on 1/7/2025)
		mvc.perform(post("/organisations").with(csrf()).param("name", name).param("kind", "COURT")
				.param("localityId", String.valueOf(fixtures.locality("614"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Địa bàn này đã kết thúc")));
		assertThat(fixtures.countOrganisationsNamed(name)).isZero();
	}

	@Test
	@WithUserDetails("huyen")
	void aStaleEditIsRefusedAndKeepsTheUsersInput() throws Exception {
		String name = Fixtures.unique("Ban Tuyên giáo thử");
		long district = fixtures.locality("614");
		mvc.perform(post("/organisations").with(csrf()).param("name", name).param("kind", "PROPAGANDA_BOARD")
				.param("localityId", String.valueOf(district)).param("validTo", "30/06/2025"))
			.andExpect(status().is3xxRedirection());
		long id = directory.findByName(name).orElseThrow().id();
		assertThat(fixtures.versionOf(id)).isZero();

		// someone else saves first
		String theirs = name + " (đã sửa)";
		mvc.perform(post("/organisations/{id}", id).with(csrf()).param("version", "0").param("name", theirs)
				.param("kind", "PROPAGANDA_BOARD").param("localityId", String.valueOf(district))
				.param("validTo", "30/06/2025"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "organisation.updated"));
		assertThat(fixtures.versionOf(id)).isEqualTo(1);

		// then this user saves the form they opened before
		String mine = name + " (bản của tôi)";
		mvc.perform(post("/organisations/{id}", id).with(csrf()).param("version", "0").param("name", mine)
				.param("kind", "PROPAGANDA_BOARD").param("localityId", String.valueOf(district))
				.param("validTo", "30/06/2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hồ sơ này vừa được người khác sửa."),
					containsString("value=\"" + htmlEscape(mine) + "\""), containsString(theirs),
					containsString("name=\"version\" value=\"1\""))));
		assertThat(fixtures.nameOf(id)).isEqualTo(theirs);
		assertThat(fixtures.versionOf(id)).isEqualTo(1);
	}

	@Test
	@WithUserDetails("huyen")
	void theEditFormShowsTheSavedValues() throws Exception {
		long cell = fixtures.organisation(OrganisationDemoData.CELL);
		mvc.perform(get("/organisations/{id}/edit", cell))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + htmlEscape(OrganisationDemoData.CELL) + "\""),
					containsString("value=\"30/06/2025\""), containsString("<label"))));
	}

	@Test
	@WithUserDetails("huyen")
	void aCellWithMembersCannotBecomeAnotherKind() throws Exception {
		long cell = fixtures.organisation(OrganisationDemoData.CELL);
		mvc.perform(post("/organisations/{id}", cell).with(csrf())
				.param("version", String.valueOf(fixtures.versionOf(cell))).param("name", OrganisationDemoData.CELL)
				.param("kind", "OTHER").param("localityId", String.valueOf(fixtures.locality("614")))
				.param("validTo", "30/06/2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ đang có đảng viên sinh hoạt")));
		assertThat(directory.find(cell).orElseThrow().kind()).isEqualTo(OrganisationKind.PARTY_CELL);
	}

	@Test
	@WithUserDetails("huyen")
	void unknownIdsAreNotFound() throws Exception {
		mvc.perform(get("/organisations/{id}", 987654321L)).andExpect(status().isNotFound());
		mvc.perform(get("/organisations/abc")).andExpect(status().isNotFound());
	}

}
