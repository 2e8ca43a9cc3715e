package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import vn.mohinh.MoHinhTest;

/**
 * A report over an area above the limits (ADR 0009), with the limits lowered so that the demo
 * district (a few dozen models) is "big": its results summarise by commune instead of enumerating
 * every model, and its annex is made by the background job, whose progress reaches 100 % and whose
 * file is offered only to users who may read the report.
 */
@MoHinhTest
class ReportScaleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportWriter writer;

	@Autowired
	ReportFileJob jobs;

	@Autowired
	DataSource dataSource;

	@Autowired
	OneTimeTask<Void> reportAnnexTask;

	PeriodicFixtures f;

	@BeforeEach
	void fixtures() {
		f = new PeriodicFixtures(mvc, users, jdbc);
	}

	@Test
	void aReportWithMoreModelsThanTheLimitSummarisesThemByCommuneAndPointsToTheAnnex() throws Exception {
		int previous = writer.listLimit(3);
		long big;
		try {
			big = f.draft("huyen", PeriodicFixtures.CELL, "24/01/2017", "30/06/2021", null);
		}
		finally {
			writer.listLimit(previous);
		}
		long small = f.draft("huyen", PeriodicFixtures.CELL, "24/01/2017", "30/06/2021", null);
		String summarised = f.section(big, "results");
		String listed = f.section(small, "results");
		// The article's enumeration by month, commune and village below the limit; counts above it.
		assertThat(listed).contains("Tháng 11/2019").contains("thôn 9, 12, 13");
		assertThat(summarised).doesNotContain("Tháng 11/2019").doesNotContain("thôn 9, 12, 13")
			.contains("thành lập mới").contains("Các xã, phường, đặc khu có nhiều mô hình hoạt động nhất: (1) ")
			.contains("tại Phụ lục kèm theo báo cáo")
			.contains("Tổng cộng:");
		assertThat(summarised.length()).isLessThan(listed.length());
		// The same totals either way.
		assertThat(line(summarised, "Tổng cộng:")).isEqualTo(line(listed, "Tổng cộng:"));
	}

	@Test
	void aBigAnnexIsMadeInTheBackgroundWithProgressAndOfferedOnlyInScope() throws Exception {
		long id = f.draft("huyen", PeriodicFixtures.CELL, "24/01/2017", "30/06/2021", null);
		long previous = jobs.inlineLimit(2);
		String page;
		String api;
		try {
			// Outside the scope: no job is made, 404 on the page and the API.
			long before = f.count("select count(*) from report_file where report_id = ?", id);
			mvc.perform(get("/reports/{id}/annex.xlsx", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/reports/{id}/annex.xlsx", id).with(f.as("dakruong")))
				.andExpect(status().isNotFound());
			assertThat(f.count("select count(*) from report_file where report_id = ?", id)).isEqualTo(before);

			page = mvc.perform(get("/reports/{id}/annex.xlsx", id).with(f.as("huyen")))
				.andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
			// The API answers 202 with the same job (the user's job under way is reused).
			api = mvc.perform(get("/api/v1/reports/{id}/annex.xlsx", id).with(f.as("huyen")))
				.andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("QUEUED"))
				.andReturn().getResponse().getHeader("Location");
		}
		finally {
			jobs.inlineLimit(previous);
		}
		long fileId = PeriodicFixtures.idIn(page);
		assertThat(page).isEqualTo("/reports/" + id + "/files/" + fileId);
		assertThat(api).isEqualTo("/api/v1/reports/" + id + "/files/" + fileId);
		mvc.perform(get(page).with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("hx-trigger=\"every 2s\"")));
		mvc.perform(get(page + "/annex.xlsx").with(f.as("huyen"))).andExpect(status().isNotFound());

		// A scheduler of another instance picks the job up from db-scheduler's table.
		Scheduler scheduler = Scheduler.create(dataSource, List.of(reportAnnexTask))
			.pollingInterval(Duration.ofMillis(100)).threads(1).build();
		scheduler.start();
		try {
			long deadline = System.currentTimeMillis() + Duration.ofSeconds(60).toMillis();
			while (System.currentTimeMillis() < deadline && !"DONE".equals(fileStatus(fileId))) {
				Thread.sleep(200);
			}
		}
		finally {
			scheduler.stop();
		}
		assertThat(fileStatus(fileId)).isEqualTo("DONE");
		long total = f.count("select total from report_file where id = ?", fileId);
		assertThat(total).isGreaterThanOrEqualTo(20);
		assertThat(f.count("select done from report_file where id = ?", fileId)).isEqualTo(total);

		mvc.perform(get(api).with(f.as("huyen"))).andExpect(status().isOk()).andExpect(jsonPath("$.percent").value(100))
			.andExpect(jsonPath("$.download").value(api + "/annex.xlsx"));
		mvc.perform(get(page).with(f.as("huyen")).header("HX-Request", "true")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("value=\"100\""),
						org.hamcrest.Matchers.containsString("<progress"),
						org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("hx-trigger")))));
		byte[] xlsx = mvc.perform(get(page + "/annex.xlsx").with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ReportAnnex.XLSX)).andReturn().getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			// Title and header, then one row per model.
			assertThat(workbook.getSheetAt(0).getLastRowNum() - 1).isEqualTo((int) total);
		}
		byte[] viaApi = mvc.perform(get(api + "/annex.xlsx").with(f.as("huyen"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(viaApi).isEqualTo(xlsx);

		// The commune's editor may not read the district's report: no status, no file.
		mvc.perform(get(page).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get(page + "/annex.xlsx").with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get(api).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get(api + "/annex.xlsx").with(f.as("dakruong"))).andExpect(status().isNotFound());
		// Nor through another report's address.
		long other = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2020", "31/12/2020", null);
		mvc.perform(get("/reports/{id}/files/{f}/annex.xlsx", other, fileId).with(f.as("dakruong")))
			.andExpect(status().isNotFound());
	}

	private String fileStatus(long fileId) {
		return jdbc.sql("select status from report_file where id = ?").param(fileId).query(String.class).single();
	}

	private static String line(String text, String start) {
		return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
	}

}
