package vn.mohinh.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;

/** The people pages: list, search, details, forms, bad input, stale edits and the figures they feed. */
@MoHinhTest
class PersonPagesTests {

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

	/** An office and a cell of this test's own, so that the demo figures stay as they are. */
	long[] newOfficeAndCell() throws Exception {
		String office = Fixtures.unique("Cơ quan thử");
		String cell = Fixtures.unique("Chi bộ thử");
		String district = String.valueOf(fixtures.locality("614"));
		mvc.perform(post("/organisations").with(csrf()).param("name", office).param("kind", "FRONT_OFFICE")
				.param("localityId", district).param("validTo", "30/06/2025")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/organisations").with(csrf()).param("name", cell).param("kind", "PARTY_CELL")
				.param("localityId", district).param("validTo", "30/06/2025")).andExpect(status().is3xxRedirection());
		return new long[] { fixtures.organisation(office), fixtures.organisation(cell) };
	}

	@Test
	@WithUserDetails("lanhdao")
	void listsAndFindsPeopleWithoutAccents() throws Exception {
		long office = fixtures.organisation(OrganisationDemoData.OFFICE);
		mvc.perform(get("/people").param("organisation", String.valueOf(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tổng số: 7"), containsString("Nguyễn Thị Hồng Nhung"),
					containsString("Phạm Văn Đức"), not(containsString("A Thuận")))));
		mvc.perform(get("/people").param("q", "bi thu chi bo"))
			.andExpect(content().string(containsString("Nguyễn Thị Hồng Nhung")));
		mvc.perform(get("/people").param("q", "nhung").header("HX-Request", "true"))
			.andExpect(content().string(allOf(containsString("Nguyễn Thị Hồng Nhung"), not(containsString("<html")))));
	}

	@Test
	@WithUserDetails("lanhdao")
	void aPersonsPageShowsWorkplaceAndCell() throws Exception {
		long yLien = directory.staffOf(fixtures.organisation(OrganisationDemoData.OFFICE)).stream()
			.filter(p -> p.fullName().equals("Y Liên")).findFirst().orElseThrow().id();
		mvc.perform(get("/people/{id}", yLien))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Xơ Đăng"), containsString("(dân tộc thiểu số)"),
					containsString(OrganisationDemoData.OFFICE), containsString(OrganisationDemoData.CELL))));
	}

	@Test
	@WithUserDetails("huyen")
	void anEditorAddsPeopleAndTheFiguresFollow() throws Exception {
		long[] ids = newOfficeAndCell();
		String name = Fixtures.unique("Y Nhung");
		mvc.perform(post("/people").with(csrf()).param("fullName", name).param("gender", "FEMALE")
				.param("birthYear", "1990").param("ethnicity", "Ba Na").param("position", "Chuyên viên")
				.param("organisationId", String.valueOf(ids[0])).param("partyMember", "true")
				.param("partyCellId", String.valueOf(ids[1])).param("active", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "person.created"));
		mvc.perform(post("/people").with(csrf()).param("fullName", Fixtures.unique("Lê Văn Hùng"))
				.param("gender", "MALE").param("ethnicity", "Kinh").param("organisationId", String.valueOf(ids[0]))
				.param("active", "true"))
			.andExpect(status().is3xxRedirection());

		assertThat(directory.makeUpOf(ids[1])).isEqualTo(new PartyCellMakeUp(1, 1, 1));
		assertThat(directory.staffMakeUpOf(ids[0])).isEqualTo(new StaffMakeUp(2, 1, 1));
		mvc.perform(get("/organisations/{id}", ids[1]))
			.andExpect(content().string(containsString("1 đảng viên (trong đó 1 nữ, 1 dân tộc thiểu số)")));
		mvc.perform(get("/organisations/{id}", ids[0]))
			.andExpect(content().string(containsString("2 cán bộ, công chức (trong đó 1 nữ, 1 đảng viên)")));

		// a person who leaves is no longer counted, but is kept
		PersonView person = directory.staffOf(ids[0]).stream().filter(p -> p.fullName().equals(name)).findFirst()
			.orElseThrow();
		mvc.perform(post("/people/{id}", person.id()).with(csrf()).param("version", "0").param("fullName", name)
				.param("gender", "FEMALE").param("birthYear", "1990").param("ethnicity", "Ba Na")
				.param("organisationId", String.valueOf(ids[0])).param("partyMember", "true")
				.param("partyCellId", String.valueOf(ids[1])).param("_active", "on"))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.findPerson(person.id()).orElseThrow().active()).isFalse();
		assertThat(directory.makeUpOf(ids[1])).isEqualTo(PartyCellMakeUp.EMPTY);
	}

	@Test
	@WithUserDetails("huyen")
	void invalidInputIsShownBesideTheFieldsAndKept() throws Exception {
		long[] ids = newOfficeAndCell();
		String name = Fixtures.unique("Đinh Văn Sáu");
		mvc.perform(post("/people").with(csrf()).param("fullName", name).param("gender", "MALE")
				.param("birthYear", "1850").param("ethnicity", "Xơ Đăng").param("position", "Văn thư")
				.param("organisationId", String.valueOf(ids[0])))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Năm sinh phải từ 1900 đến năm nay."),
					containsString("value=\"1850\""), containsString("value=\"" + htmlEscape(name) + "\""),
					containsString("value=\"" + htmlEscape("Văn thư") + "\""), containsString("aria-describedby=\"birthYear-error\""))));
		mvc.perform(post("/people").with(csrf()).param("fullName", "").param("birthYear", "năm")
				.param("ethnicity", "").param("organisationId", String.valueOf(ids[0])))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Xin nhập họ và tên."), containsString("Xin chọn giới tính."),
					containsString("Năm sinh phải là số có bốn chữ số"), containsString("Xin nhập dân tộc"))));
		// a cell for someone who is not a party member, and a cell that is no cell
		mvc.perform(post("/people").with(csrf()).param("fullName", name).param("gender", "MALE")
				.param("ethnicity", "Kinh").param("organisationId", String.valueOf(ids[0]))
				.param("partyCellId", String.valueOf(ids[1])))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ đảng viên mới sinh hoạt tại chi bộ")));
		mvc.perform(post("/people").with(csrf()).param("fullName", name).param("gender", "MALE")
				.param("ethnicity", "Kinh").param("organisationId", String.valueOf(ids[0])).param("partyMember", "true")
				.param("partyCellId", String.valueOf(ids[0])))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổ chức được chọn không phải là chi bộ.")));
		assertThat(fixtures.countPeopleNamed(name)).isZero();
	}

	@Test
	@WithUserDetails("huyen")
	void aStaleEditIsRefusedAndKeepsTheUsersInput() throws Exception {
		long[] ids = newOfficeAndCell();
		String name = Fixtures.unique("Trần Văn Bảy");
		mvc.perform(post("/people").with(csrf()).param("fullName", name).param("gender", "MALE")
				.param("ethnicity", "Kinh").param("organisationId", String.valueOf(ids[0])).param("active", "true"))
			.andExpect(status().is3xxRedirection());
		long id = directory.staffOf(ids[0]).get(0).id();
		mvc.perform(post("/people/{id}", id).with(csrf()).param("version", "0").param("fullName", name)
				.param("gender", "MALE").param("ethnicity", "Kinh").param("position", "Phó Chủ tịch")
				.param("organisationId", String.valueOf(ids[0])).param("active", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/people/{id}", id).with(csrf()).param("version", "0").param("fullName", name)
				.param("gender", "MALE").param("ethnicity", "Kinh").param("position", "Chánh Văn phòng")
				.param("organisationId", String.valueOf(ids[0])).param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hồ sơ này vừa được người khác sửa."),
					containsString("value=\"" + htmlEscape("Chánh Văn phòng") + "\""), containsString("Phó Chủ tịch"))));
		assertThat(directory.findPerson(id).orElseThrow().position()).isEqualTo("Phó Chủ tịch");
	}

}
