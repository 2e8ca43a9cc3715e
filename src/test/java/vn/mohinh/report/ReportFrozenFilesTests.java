package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/**
 * An issued report's files are frozen: the DOCX, PDF and Excel annex written when it is issued are the
 * ones served afterwards, through the pages and the API, whatever changes in the data; a draft's follow
 * the data. A report issued before files were frozen is frozen at its first download.
 */
@MoHinhTest
class ReportFrozenFilesTests {

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

	byte[] download(String url, String username) throws Exception {
		return mvc.perform(get(url).with(f.as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}

	void issue(long id) throws Exception {
		mvc.perform(post("/reports/{id}/issue", id).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(f.version(id))).param("issuedOn", "15/01/2024").param("signerName", ""))
			.andExpect(status().is3xxRedirection());
	}

	static String annexText(byte[] xlsx) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			return ReportAnnexTests.rows(workbook.getSheetAt(0)).toString();
		}
	}

	@Test
	void theFilesOfAnIssuedReportStayAsTheyWereWhenItWasIssued() throws Exception {
		long issued = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2023", "31/12/2023", null);
		long draft = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2023", "31/12/2023", null);
		issue(issued);
		assertThat(f.count("select count(*) from report_file where report_id = ? and frozen = true and status = 'DONE'",
				issued)).isEqualTo(3);
		String base = "/reports/" + issued;
		byte[] docx = download(base + "/document.docx", "dakruong");
		byte[] pdf = download(base + "/document.pdf", "dakruong");
		byte[] xlsx = download(base + "/annex.xlsx", "dakruong");
		byte[] apiXlsx = download("/api/v1/reports/" + issued + "/annex.xlsx", "lanhdao");
		assertThat(apiXlsx).isEqualTo(xlsx);

		// The data change: a model of the period in the area, which the annex of a draft lists.
		String name = PeriodicFixtures.unique("Mô hình sau khi ban hành");
		f.model(name, "Xanh, sạch, đẹp", "01/06/2023", "Thôn 13");
		assertThat(annexText(download("/reports/" + draft + "/annex.xlsx", "dakruong"))).contains(name);

		assertThat(download(base + "/document.docx", "dakruong")).isEqualTo(docx);
		assertThat(download(base + "/document.pdf", "lanhdao")).isEqualTo(pdf);
		byte[] again = download(base + "/annex.xlsx", "dakruong");
		assertThat(again).isEqualTo(xlsx);
		assertThat(annexText(again)).doesNotContain(name);
		assertThat(download("/api/v1/reports/" + issued + "/document.docx", "dakruong")).isEqualTo(docx);
		assertThat(download("/api/v1/reports/" + issued + "/document.pdf", "dakruong")).isEqualTo(pdf);
		assertThat(download("/api/v1/reports/" + issued + "/annex.xlsx", "dakruong")).isEqualTo(xlsx);
		// Still three frozen files: nothing was written again.
		assertThat(f.count("select count(*) from report_file where report_id = ? and frozen = true", issued)).isEqualTo(3);
	}

	@Test
	void aReportIssuedBeforeFilesWereFrozenIsFrozenAtItsFirstDownload() throws Exception {
		long id = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2022", "31/12/2022", null);
		issue(id);
		jdbc.sql("delete from report_file where report_id = ?").param(id).update();

		byte[] xlsx = download("/reports/" + id + "/annex.xlsx", "lanhdao");
		byte[] docx = download("/reports/" + id + "/document.docx", "lanhdao");
		assertThat(f.count("select count(*) from report_file where report_id = ? and frozen = true", id)).isEqualTo(2);
		String name = PeriodicFixtures.unique("Mô hình sau lần tải đầu");
		f.model(name, "Xanh, sạch, đẹp", "01/06/2022", "Thôn 13");
		assertThat(download("/reports/" + id + "/annex.xlsx", "dakruong")).isEqualTo(xlsx);
		assertThat(download("/reports/" + id + "/document.docx", "dakruong")).isEqualTo(docx);
		assertThat(List.of(annexText(xlsx))).noneMatch(t -> t.contains(name));
	}

}
