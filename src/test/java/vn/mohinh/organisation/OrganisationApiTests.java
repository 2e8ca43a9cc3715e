package vn.mohinh.organisation;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;

/** The JSON API: lists in the shared page shape, make-up figures, filters. */
@MoHinhTest
class OrganisationApiTests {

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
	@WithUserDetails("lanhdao")
	void aPartyCellCarriesItsMakeUpAndEveryOrganisationItsStaff() throws Exception {
		mvc.perform(get("/api/v1/organisations").param("locality", "614").param("on", "2021-06-30")
				.param("q", "chi bo mat tran"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value(OrganisationDemoData.CELL))
			.andExpect(jsonPath("$.items[0].kind").value("PARTY_CELL"))
			.andExpect(jsonPath("$.items[0].localityCode").value("614"))
			.andExpect(jsonPath("$.items[0].validTo").value("2025-06-30"))
			.andExpect(jsonPath("$.items[0].partyMembers").value(5))
			.andExpect(jsonPath("$.items[0].women").value(4))
			.andExpect(jsonPath("$.items[0].ethnicMinority").value(1))
			.andExpect(jsonPath("$.items[0].staff").value(0));

		mvc.perform(get("/api/v1/organisations").param("locality", "614").param("kind", "FRONT_OFFICE"))
			.andExpect(jsonPath("$.items[*].name", hasItem(OrganisationDemoData.OFFICE)))
			.andExpect(jsonPath("$.items[?(@.name == '" + OrganisationDemoData.OFFICE + "')].staff", hasItem(7)))
			.andExpect(jsonPath("$.items[?(@.name == '" + OrganisationDemoData.OFFICE + "')].partyMembers").isEmpty());
	}

	@Test
	@WithUserDetails("huyen")
	void theLocalityFilterKeepsItsSubtreeAndTheDay() throws Exception {
		mvc.perform(get("/api/v1/organisations").param("locality", "23497").param("on", "2021-06-30"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem(OrganisationDemoData.TAN_LAP_BOARD)))
			.andExpect(jsonPath("$.items[*].localityCode", everyItem(is("23497"))));
		// the district and its communes, all valid that day
		mvc.perform(get("/api/v1/organisations").param("locality", "614").param("on", "2021-06-30").param("size", "200"))
			.andExpect(jsonPath("$.items[*].name", hasItem(OrganisationDemoData.TAN_LAP_BOARD)))
			.andExpect(jsonPath("$.items[*].name", hasItem("Ban Thường vụ Huyện ủy Kon Rẫy")));
		// after the reform these bodies no longer exist
		mvc.perform(get("/api/v1/organisations").param("locality", "614").param("on", "2025-07-01"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisations").param("locality", "99999").param("on", "2021-06-30"))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("huyen")
	void oneOrganisationWithItsFigures() throws Exception {
		long office = fixtures.organisation(OrganisationDemoData.OFFICE);
		mvc.perform(get("/api/v1/organisations/{id}", office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisation.name").value(OrganisationDemoData.OFFICE))
			.andExpect(jsonPath("$.staff.staff").value(7))
			.andExpect(jsonPath("$.staff.women").value(5))
			.andExpect(jsonPath("$.staff.partyMembers").value(5))
			.andExpect(jsonPath("$.address", equalToIgnoringCase("huyện Kon Rẫy, tỉnh Kon Tum")))
			.andExpect(jsonPath("$.parent.name").value("Ủy ban MTTQ Việt Nam huyện Kon Rẫy"));
		long cell = fixtures.organisation(OrganisationDemoData.CELL);
		mvc.perform(get("/api/v1/organisations/{id}", cell))
			.andExpect(jsonPath("$.makeUp.partyMembers").value(5))
			.andExpect(jsonPath("$.makeUp.women").value(4))
			.andExpect(jsonPath("$.makeUp.ethnicMinority").value(1));
		mvc.perform(get("/api/v1/organisations/{id}", 987654321L)).andExpect(status().isNotFound());
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/organisations'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people/{id}'].get").exists());
	}

	@Test
	@WithUserDetails("huyen")
	void peopleOfAnOrganisation() throws Exception {
		long office = fixtures.organisation(OrganisationDemoData.OFFICE);
		long cell = fixtures.organisation(OrganisationDemoData.CELL);
		mvc.perform(get("/api/v1/people").param("organisation", String.valueOf(office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(7))
			.andExpect(jsonPath("$.items[?(@.partyMember == true)].partyCellId", containsInAnyOrder(
					(int) cell, (int) cell, (int) cell, (int) cell, (int) cell)))
			.andExpect(jsonPath("$.items[?(@.ethnicMinority == true)].fullName", containsInAnyOrder("Y Liên")));
		mvc.perform(get("/api/v1/people").param("q", "y lien"))
			.andExpect(jsonPath("$.items[0].ethnicity").value("Xơ Đăng"))
			.andExpect(jsonPath("$.items[0].organisationName").value(OrganisationDemoData.OFFICE))
			.andExpect(jsonPath("$.items[0].partyCellName").value(OrganisationDemoData.CELL));
	}

}
