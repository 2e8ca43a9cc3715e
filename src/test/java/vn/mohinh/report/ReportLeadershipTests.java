package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/**
 * The leadership section (Công tác lãnh đạo, chỉ đạo) as the article writes it: the guiding documents
 * the issuer received, then the documents the issuer itself issued in the period.
 */
@MoHinhTest
class ReportLeadershipTests {

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

	/** Registers a document through the document page, as the district's editor would. */
	void document(String issuer, String number, String issuedOn, String title) throws Exception {
		mvc.perform(multipart("/documents").with(csrf()).with(f.as("huyen")).param("kind", "KE_HOACH")
				.param("number", number).param("issuedOn", issuedOn).param("year", issuedOn.substring(6))
				.param("issuer", issuer).param("title", title).param("localityCode", "614"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theDocumentsTheIssuerIssuedInThePeriodAreListedApartFromThoseItReceived() throws Exception {
		String inPeriod = PeriodicFixtures.unique("về xây dựng mô hình khu dân cư");
		String later = PeriodicFixtures.unique("về kiểm tra mô hình năm sau");
		String received = PeriodicFixtures.unique("của Huyện ủy về mô hình");
		String suffix = PeriodicFixtures.unique("").strip();
		// The issuer's name as typed on a document may differ in case and accents' spacing: it is still the issuer.
		document("CHI BỘ MẶT TRẬN HUYỆN KON RẪY", "01-KH/CB" + suffix, "10/03/2022", inPeriod);
		document(PeriodicFixtures.CELL, "02-KH/CB" + suffix, "10/03/2023", later);
		document("Ban Thường vụ Huyện ủy Kon Rẫy", "09-KH/HU" + suffix, "05/01/2022", received);

		long id = f.draft("huyen", PeriodicFixtures.CELL, "01/01/2022", "31/12/2022", null);
		String leadership = f.section(id, "leadership");
		String[] paragraphs = leadership.split("\n");
		assertThat(paragraphs[0]).startsWith("Thực hiện ").contains(received).doesNotContain(inPeriod, later);
		assertThat(paragraphs[1]).startsWith("Trong kỳ, Chi bộ Mặt trận huyện Kon Rẫy đã ban hành ")
			.contains("Kế hoạch số 01-KH/CB" + suffix + ", ngày 10/03/2022 của CHI BỘ MẶT TRẬN HUYỆN KON RẪY “" + inPeriod + "”")
			.doesNotContain(later, received);

		// A period without documents of its own says so.
		long earlier = f.draft("huyen", PeriodicFixtures.CELL, "01/01/2010", "31/12/2010", null);
		assertThat(f.section(earlier, "leadership"))
			.contains("Trong kỳ, Chi bộ Mặt trận huyện Kon Rẫy chưa ban hành văn bản riêng về xây dựng, thực hiện các mô hình.");
	}

}
