package vn.mohinh.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;

/**
 * Every denial of scope: the user of xã Đắk Ruồng cannot read or change anything of xã Tân Lập,
 * through pages or API, and nothing changes; the viewer of the district reads but never writes.
 */
@MoHinhTest
class ScopeDenialTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	LocalityDirectory localities;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;
	long tanLapBoard;
	long dakRuongBoard;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(directory, localities, jdbc);
		tanLapBoard = fixtures.organisation(OrganisationDemoData.TAN_LAP_BOARD);
		dakRuongBoard = fixtures.organisation(OrganisationDemoData.DAK_RUONG_BOARD);
	}

	long tanLapChair() {
		return directory.staffOf(tanLapBoard).get(0).id();
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneUserReadsTheirOwnCommune() throws Exception {
		mvc.perform(get("/organisations/{id}", dakRuongBoard))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(OrganisationDemoData.DAK_RUONG_BOARD),
					containsString("Đinh Thị Hoa"),
					// the district committee above lies outside the commune's scope
					not(containsString("Ủy ban MTTQ Việt Nam huyện Kon Rẫy")))));
		mvc.perform(get("/api/v1/organisations/{id}", dakRuongBoard)).andExpect(status().isOk());
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneUserEditsTheirBoardAndKeepsAParentTheyCannotSee() throws Exception {
		long districtFront = directory.find(dakRuongBoard).orElseThrow().parentId();
		mvc.perform(get("/organisations/{id}/edit", dakRuongBoard))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Giữ nguyên cấp trên hiện tại"),
					containsString("value=\"" + districtFront + "\" selected=\"selected\""),
					not(containsString("Ủy ban MTTQ Việt Nam huyện Kon Rẫy")))));
		long version = fixtures.versionOf(dakRuongBoard);
		mvc.perform(post("/organisations/{id}", dakRuongBoard).with(csrf()).param("version", String.valueOf(version))
				.param("name", OrganisationDemoData.DAK_RUONG_BOARD).param("kind", "FRONT_STANDING_BOARD")
				.param("localityId", String.valueOf(fixtures.locality("23488")))
				.param("parentId", String.valueOf(districtFront)).param("validFrom", "01/01/2016")
				.param("validTo", "30/06/2025"))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.versionOf(dakRuongBoard)).isEqualTo(version + 1);
		assertThat(directory.find(dakRuongBoard).orElseThrow().validFrom()).hasToString("2016-01-01");
		assertThat(directory.find(dakRuongBoard).orElseThrow().parentId()).isEqualTo(districtFront);
	}

	@Test
	@WithUserDetails("dakruong")
	void anotherCommunesOrganisationIsNotFoundOnPages() throws Exception {
		mvc.perform(get("/organisations/{id}", tanLapBoard)).andExpect(status().isNotFound());
		mvc.perform(get("/organisations/{id}/edit", tanLapBoard)).andExpect(status().isNotFound());
		mvc.perform(get("/people/{id}", tanLapChair())).andExpect(status().isNotFound());
		mvc.perform(get("/people/{id}/edit", tanLapChair())).andExpect(status().isNotFound());
		mvc.perform(get("/people").param("organisation", String.valueOf(tanLapBoard))).andExpect(status().isNotFound());
		mvc.perform(get("/organisations").param("locality", String.valueOf(fixtures.locality("23497"))))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("dakruong")
	void anotherCommunesOrganisationIsNotFoundInTheApi() throws Exception {
		mvc.perform(get("/api/v1/organisations/{id}", tanLapBoard))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/people/{id}", tanLapChair())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/people").param("organisation", String.valueOf(tanLapBoard)))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("dakruong")
	void anotherCommunesOrganisationsAreLeftOutOfListsAndSearches() throws Exception {
		mvc.perform(get("/organisations"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(OrganisationDemoData.DAK_RUONG_BOARD),
					not(containsString("xã Tân Lập")), not(containsString("Chi bộ Mặt trận")))));
		mvc.perform(get("/organisations").param("q", "tan lap"))
			.andExpect(content().string(not(containsString(OrganisationDemoData.TAN_LAP_BOARD))));
		mvc.perform(get("/organisations").param("q", "tan lap").header("HX-Request", "true"))
			.andExpect(content().string(not(containsString(OrganisationDemoData.TAN_LAP_BOARD))));
		mvc.perform(get("/people").param("q", "a thuan"))
			.andExpect(content().string(not(containsString("A Thuận"))));

		mvc.perform(get("/api/v1/organisations"))
			.andExpect(jsonPath("$.items[*].name", hasItem(OrganisationDemoData.DAK_RUONG_BOARD)))
			.andExpect(jsonPath("$.items[*].name", not(hasItem(OrganisationDemoData.TAN_LAP_BOARD))));
		mvc.perform(get("/api/v1/organisations").param("q", "tan lap")).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/organisations").param("locality", "23497").param("on", "2021-06-30"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/organisations").param("locality", "614").param("on", "2021-06-30"))
			.andExpect(jsonPath("$.items[*].name", not(hasItem(OrganisationDemoData.TAN_LAP_BOARD))))
			.andExpect(jsonPath("$.items[*].name", not(hasItem(OrganisationDemoData.CELL))));
		mvc.perform(get("/api/v1/people").param("q", "a thuan")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneUserCannotCreateAnythingInAnotherCommune() throws Exception {
		String name = Fixtures.unique("Chi bộ thôn 2 xã Tân Lập");
		mvc.perform(post("/organisations").with(csrf()).param("name", name).param("kind", "PARTY_CELL")
				.param("localityId", String.valueOf(fixtures.locality("23497"))).param("validTo", "30/06/2025"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/organisations").with(csrf()).param("name", name).param("kind", "PARTY_CELL")
				.param("localityCode", "23497").param("validTo", "30/06/2025"))
			.andExpect(status().isNotFound());
		// invalid input changes nothing in the answer: the place is refused first
		mvc.perform(post("/organisations").with(csrf()).param("name", "").param("kind", "PARTY_CELL")
				.param("localityId", String.valueOf(fixtures.locality("23497"))))
			.andExpect(status().isNotFound());
		// nor under a parent there, while working in their own commune
		mvc.perform(post("/organisations").with(csrf()).param("name", name).param("kind", "PARTY_CELL")
				.param("localityId", String.valueOf(fixtures.locality("23488")))
				.param("parentId", String.valueOf(tanLapBoard)).param("validTo", "30/06/2025"))
			.andExpect(status().isNotFound());
		assertThat(fixtures.countOrganisationsNamed(name)).isZero();

		String person = Fixtures.unique("Nguyễn Văn Thử");
		mvc.perform(post("/people").with(csrf()).param("fullName", person).param("gender", "MALE")
				.param("ethnicity", "Kinh").param("organisationId", String.valueOf(tanLapBoard)))
			.andExpect(status().isNotFound());
		assertThat(fixtures.countPeopleNamed(person)).isZero();
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneUserCannotChangeAnotherCommunesRecords() throws Exception {
		long version = fixtures.versionOf(tanLapBoard);
		mvc.perform(post("/organisations/{id}", tanLapBoard).with(csrf()).param("version", String.valueOf(version))
				.param("name", "Đã bị sửa").param("kind", "FRONT_STANDING_BOARD")
				.param("localityId", String.valueOf(fixtures.locality("23488"))).param("validTo", "30/06/2025"))
			.andExpect(status().isNotFound());
		assertThat(fixtures.nameOf(tanLapBoard)).isEqualTo(OrganisationDemoData.TAN_LAP_BOARD);
		assertThat(fixtures.versionOf(tanLapBoard)).isEqualTo(version);

		// nor move their own board into the other commune
		long own = fixtures.versionOf(dakRuongBoard);
		mvc.perform(post("/organisations/{id}", dakRuongBoard).with(csrf()).param("version", String.valueOf(own))
				.param("name", OrganisationDemoData.DAK_RUONG_BOARD).param("kind", "FRONT_STANDING_BOARD")
				.param("localityId", String.valueOf(fixtures.locality("23497"))).param("validTo", "30/06/2025"))
			.andExpect(status().isNotFound());
		assertThat(directory.find(dakRuongBoard).orElseThrow().localityId()).isEqualTo(fixtures.locality("23488"));

		long chair = tanLapChair();
		PersonView before = directory.findPerson(chair).orElseThrow();
		mvc.perform(post("/people/{id}", chair).with(csrf()).param("fullName", "Đã bị sửa").param("gender", "MALE")
				.param("ethnicity", "Kinh").param("organisationId", String.valueOf(dakRuongBoard)))
			.andExpect(status().isNotFound());
		assertThat(directory.findPerson(chair).orElseThrow()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("lanhdao")
	void aViewerReadsButNeverWrites() throws Exception {
		mvc.perform(get("/organisations/{id}", tanLapBoard))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/organisations/" + tanLapBoard + "/edit"))));
		mvc.perform(get("/organisations/new")).andExpect(status().isForbidden());
		mvc.perform(get("/people/new")).andExpect(status().isForbidden());
		mvc.perform(get("/organisations/{id}/edit", tanLapBoard)).andExpect(status().isForbidden());

		String name = Fixtures.unique("Ban do lãnh đạo lập");
		mvc.perform(post("/organisations").with(csrf()).param("name", name).param("kind", "OTHER")
				.param("localityId", String.valueOf(fixtures.locality("614"))).param("validTo", "30/06/2025"))
			.andExpect(status().isForbidden());
		assertThat(fixtures.countOrganisationsNamed(name)).isZero();

		long version = fixtures.versionOf(tanLapBoard);
		mvc.perform(post("/organisations/{id}", tanLapBoard).with(csrf()).param("version", String.valueOf(version))
				.param("name", "Đã bị sửa").param("kind", "FRONT_STANDING_BOARD")
				.param("localityId", String.valueOf(fixtures.locality("23497"))).param("validTo", "30/06/2025"))
			.andExpect(status().isForbidden());
		assertThat(fixtures.nameOf(tanLapBoard)).isEqualTo(OrganisationDemoData.TAN_LAP_BOARD);

		String person = Fixtures.unique("Trần Văn Thử");
		mvc.perform(post("/people").with(csrf()).param("fullName", person).param("gender", "MALE")
				.param("ethnicity", "Kinh").param("organisationId", String.valueOf(tanLapBoard)))
			.andExpect(status().isForbidden());
		assertThat(fixtures.countPeopleNamed(person)).isZero();
	}

}
