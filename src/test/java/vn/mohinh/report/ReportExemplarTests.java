package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/**
 * "Kết quả thực hiện" names the exemplars (tấm gương điển hình) of the period in the area: the demo
 * data's drug-free village of xã Tân Lập, praised on 18/11/2020, in the article's report, and not in a
 * report of a later year or of another commune.
 */
@MoHinhTest
class ReportExemplarTests {

	static final String EXEMPLAR = "(Điển hình tự quản phòng, chống ma túy ở khu dân cư)";

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

	@Test
	void theArticlesReportNamesTheExemplarsOfThePeriod() throws Exception {
		long id = f.draft("huyen", PeriodicFixtures.CELL, "24/01/2017", "30/06/2021", null);
		String results = f.section(id, "results");
		assertThat(results).containsPattern("Trong kỳ có \\d{2} tấm gương điển hình: [^\\n]*" + java.util.regex.Pattern.quote(EXEMPLAR));
		assertThat(results).containsIgnoringCase("thôn 2");
		// After the commendations, in the same section.
		assertThat(results.indexOf("tấm gương điển hình")).isGreaterThan(results.indexOf("Công tác thi đua, khen thưởng"));
		byte[] docx = mvc.perform(get("/reports/{id}/document.docx", id).with(f.as("huyen"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(PeriodicFixtures.text(docx)).contains(EXEMPLAR);

		long later = f.draft("huyen", PeriodicFixtures.CELL, "01/01/2022", "31/12/2022", null);
		assertThat(f.section(later, "results")).doesNotContain(EXEMPLAR);
		long otherCommune = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2020", "31/12/2020", null);
		assertThat(f.section(otherCommune, "results")).doesNotContain(EXEMPLAR);
	}

}
