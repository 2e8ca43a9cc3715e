package vn.mohinh.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;

/**
 * Terms (nhiệm kỳ) of Party bodies, by which their documents are numbered: set on the organisation
 * form, a later day opens a new term and keeps the earlier ones; a Front body has none; the demo cell
 * has its two terms; a commune user cannot change the district cell's term.
 */
@MoHinhTest
class OrganisationTermTests {

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

	long terms(long organisationId) {
		return jdbc.sql("select count(*) from organisation_term where organisation_id = ?").param(organisationId)
			.query(Long.class).single();
	}

	@Test
	@WithUserDetails("huyen")
	void theDemoCellHasTheTerms2020To2025And2025To2030() {
		long cell = fixtures.organisation(OrganisationDemoData.CELL);
		assertThat(directory.termStartOn(cell, LocalDate.of(2021, 12, 31))).contains(LocalDate.of(2020, 4, 15));
		assertThat(directory.termStartOn(cell, LocalDate.of(2025, 4, 9))).contains(LocalDate.of(2020, 4, 15));
		assertThat(directory.termStartOn(cell, LocalDate.of(2025, 4, 10))).contains(LocalDate.of(2025, 4, 10));
		assertThat(directory.termStartOn(cell, LocalDate.of(2019, 12, 31))).isEmpty();
	}

	@Test
	@WithUserDetails("huyen")
	void aNewTermIsOpenedOnTheFormAndTheEarlierOnesAreKept() throws Exception {
		String name = Fixtures.unique("Chi bộ nhiệm kỳ thử");
		long district = fixtures.locality("614");
		long committee = fixtures.organisation("Ban Chấp hành Đảng bộ huyện Kon Rẫy");
		mvc.perform(post("/organisations").with(csrf()).param("name", name).param("kind", "PARTY_CELL")
				.param("localityId", String.valueOf(district)).param("parentId", String.valueOf(committee))
				.param("validTo", "30/06/2025").param("termFrom", "20/05/2015"))
			.andExpect(status().is3xxRedirection());
		long id = fixtures.organisation(name);
		mvc.perform(get("/organisations/{id}/edit", id)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nhiệm kỳ hiện tại bắt đầu từ ngày"),
					containsString("value=\"20/05/2015\""))));

		// The congress of 2020 opens a new term.
		edit(id, name, "12/05/2020").andExpect(status().is3xxRedirection());
		assertThat(directory.termStartOn(id, LocalDate.of(2019, 1, 1))).contains(LocalDate.of(2015, 5, 20));
		assertThat(directory.termStartOn(id, LocalDate.of(2021, 1, 1))).contains(LocalDate.of(2020, 5, 12));
		// A typing error in the current term is corrected, not added.
		edit(id, name, "10/05/2020").andExpect(status().is3xxRedirection());
		assertThat(terms(id)).isEqualTo(2);
		assertThat(directory.termStartOn(id, LocalDate.of(2021, 1, 1))).contains(LocalDate.of(2020, 5, 10));

		// Before the previous term, after the body ended: refused beside the field, input kept, nothing saved.
		long version = fixtures.versionOf(id);
		edit(id, name, "01/01/2015").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ngày bắt đầu nhiệm kỳ phải sau ngày bắt đầu nhiệm kỳ trước."),
					containsString("value=\"01/01/2015\""))));
		edit(id, name, "01/07/2025").andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhiệm kỳ không thể bắt đầu sau ngày tổ chức kết thúc hoạt động.")));
		assertThat(fixtures.versionOf(id)).isEqualTo(version);
		assertThat(terms(id)).isEqualTo(2);
	}

	@Test
	@WithUserDetails("huyen")
	void aFrontBodyHasNoTerm() throws Exception {
		String name = Fixtures.unique("Ban Thường trực nhiệm kỳ thử");
		mvc.perform(post("/organisations").with(csrf()).param("name", name).param("kind", "FRONT_STANDING_BOARD")
				.param("localityId", String.valueOf(fixtures.locality("614"))).param("validTo", "30/06/2025")
				.param("termFrom", "01/10/2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chỉ tổ chức Đảng mới có nhiệm kỳ"),
					containsString("value=\"01/10/2019\""))));
		assertThat(fixtures.countOrganisationsNamed(name)).isZero();
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneUserCannotChangeTheDistrictCellsTerm() throws Exception {
		long cell = fixtures.organisation(OrganisationDemoData.CELL);
		long before = terms(cell);
		mvc.perform(post("/organisations/{id}", cell).with(csrf()).param("version", String.valueOf(fixtures.versionOf(cell)))
				.param("name", OrganisationDemoData.CELL).param("kind", "PARTY_CELL")
				.param("localityId", String.valueOf(fixtures.locality("614"))).param("validTo", "30/06/2025")
				.param("termFrom", "01/06/2025"))
			.andExpect(status().isNotFound());
		assertThat(terms(cell)).isEqualTo(before);
		Optional<LocalDate> current = directory.termStartOn(cell, LocalDate.of(2025, 6, 30));
		assertThat(current).contains(LocalDate.of(2025, 4, 10));
	}

	org.springframework.test.web.servlet.ResultActions edit(long id, String name, String termFrom) throws Exception {
		return mvc.perform(post("/organisations/{id}", id).with(csrf())
			.param("version", String.valueOf(fixtures.versionOf(id))).param("name", name).param("kind", "PARTY_CELL")
			.param("localityId", String.valueOf(fixtures.locality("614")))
			.param("parentId", String.valueOf(fixtures.organisation("Ban Chấp hành Đảng bộ huyện Kon Rẫy")))
			.param("validTo", "30/06/2025").param("termFrom", termFrom));
	}

}
