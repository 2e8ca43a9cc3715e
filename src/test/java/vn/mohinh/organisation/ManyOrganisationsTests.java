package vn.mohinh.organisation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.shared.text.VietnameseText;

/** A scope with more organisations than a select lists still keeps every current choice selected. */
@MoHinhTest
@Transactional
class ManyOrganisationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	LocalityDirectory localities;

	@Test
	@WithUserDetails("huyen")
	void editFormsKeepTheCurrentParentAndWorkplacePastTheCap() throws Exception {
		var district = localities.findByCode("614", OrganisationService.BEFORE_REFORM).orElseThrow();
		for (int i = 0; i < 510; i++) {
			String name = String.format("0 Tổ thử %04d", i);
			jdbc.sql("""
					insert into organisation (id, name, kind, locality_id, scope_path, valid_to, search_key, sort_key, version)
					values (?, ?, 'OTHER', ?, ?, ?, ?, ?, 0)""")
				.params(9_000_000L + i, name, district.id(), district.path(), OrganisationService.BEFORE_REFORM,
						VietnameseText.fold(name), VietnameseText.sortKey(name))
				.update();
		}
		OrganisationView cell = directory.findByName(OrganisationDemoData.CELL).orElseThrow();
		mvc.perform(get("/organisations/{id}/edit", cell.id())).andExpect(status().isOk())
			.andExpect(Html.shows("value=\"" + cell.parentId() + "\" selected=\"selected\""));
		long member = directory.membersOf(cell.id()).get(0).id();
		mvc.perform(get("/people/{id}/edit", member)).andExpect(status().isOk())
			.andExpect(Html.shows("value=\"" + cell.id() + "\" selected=\"selected\""));
	}

}
