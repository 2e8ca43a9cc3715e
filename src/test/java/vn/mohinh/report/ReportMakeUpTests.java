package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/**
 * The issuer's make-up is counted as of the period's last day: a member who left after it still
 * counts in that report, not in a report ending on or after the day they left; reinstated, they count
 * again. (The article's figures for its period are checked by {@link ReportBuilderTests}.)
 */
@MoHinhTest
class ReportMakeUpTests {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	PeriodicFixtures f;

	@BeforeEach
	void fixtures() {
		f = new PeriodicFixtures(mvc, users, jdbc);
	}

	/** A new Party cell of the district, made through the organisation page; its id. */
	long cell(String name) throws Exception {
		long district = jdbc.sql("select id from locality where code = '614' and valid_to is not null")
			.query(Long.class).single();
		mvc.perform(post("/organisations").with(csrf()).with(f.as("huyen")).param("name", name)
				.param("kind", "PARTY_CELL").param("localityId", String.valueOf(district))
				.param("parentId", String.valueOf(f.organisation("Ban Chấp hành Đảng bộ huyện Kon Rẫy")))
				// The district was dissolved by the 2025 reform; its cell's records stay.
				.param("validTo", "30/06/2025"))
			.andExpect(status().is3xxRedirection());
		return f.organisation(name);
	}

	/** A party member of the cell working in it, through the person page; their id. */
	long member(long cell, String name, String gender, String ethnicity) throws Exception {
		String location = mvc.perform(post("/people").with(csrf()).with(f.as("huyen")).param("fullName", name)
				.param("gender", gender).param("ethnicity", ethnicity).param("partyMember", "true")
				.param("partyCellId", String.valueOf(cell)).param("organisationId", String.valueOf(cell))
				.param("active", "true"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return PeriodicFixtures.idIn(location);
	}

	void setActive(long cell, long person, String name, String gender, String ethnicity, boolean active)
			throws Exception {
		mvc.perform(post("/people/{id}", person).with(csrf()).with(f.as("huyen")).param("fullName", name)
				.param("gender", gender).param("ethnicity", ethnicity).param("partyMember", "true")
				.param("partyCellId", String.valueOf(cell)).param("organisationId", String.valueOf(cell))
				.param("active", String.valueOf(active))
				.param("version", String.valueOf(f.count("select version from person where id = ?", person))))
			.andExpect(status().is3xxRedirection());
	}

	String situation(String cell, LocalDate to) throws Exception {
		long id = f.draft("huyen", cell, "01/01/" + to.getYear(), DAY.format(to), null);
		return f.section(id, "situation");
	}

	@Test
	void aMemberWhoLeftAfterThePeriodStillCountsInItsReport() throws Exception {
		String name = PeriodicFixtures.unique("Chi bộ thành phần thử");
		long cell = cell(name);
		member(cell, PeriodicFixtures.unique("Y Hoa"), "FEMALE", "Kinh");
		String leaver = PeriodicFixtures.unique("A Thơm");
		long left = member(cell, leaver, "MALE", "Xơ Đăng");
		LocalDate today = LocalDate.now();
		LocalDate yesterday = today.minusDays(1);
		assertThat(situation(name, yesterday))
			.contains(name + " có 02 đồng chí đảng viên (trong đó có: 01 nữ; 01 dân tộc thiểu số)");

		// He leaves today: the report ending yesterday still counts him, one ending today does not.
		setActive(cell, left, leaver, "MALE", "Xơ Đăng", false);
		assertThat(f.count("select count(*) from person where id = ? and left_on is not null", left)).isOne();
		assertThat(situation(name, yesterday))
			.contains(name + " có 02 đồng chí đảng viên (trong đó có: 01 nữ; 01 dân tộc thiểu số)");
		assertThat(situation(name, today))
			.contains(name + " có 01 đồng chí đảng viên (trong đó có: 01 nữ; 00 dân tộc thiểu số)");

		// Reinstated: he counts again, and his leaving day is gone.
		setActive(cell, left, leaver, "MALE", "Xơ Đăng", true);
		assertThat(situation(name, today))
			.contains(name + " có 02 đồng chí đảng viên (trong đó có: 01 nữ; 01 dân tộc thiểu số)");
		assertThat(f.count("select count(*) from person where id = ? and left_on is null", left)).isOne();
	}

}
