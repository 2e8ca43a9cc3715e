package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import vn.mohinh.MoHinhTest;
import vn.mohinh.shared.files.FileStore;

/**
 * The cleanup of report files: a draft's annex made in the background goes once older than the kept
 * days, with its bytes; a fresh one stays; an issued report's frozen files stay however old.
 */
@MoHinhTest
class ReportFileCleanupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportFileJob jobs;

	@Autowired
	ReportFileCleanup cleanup;

	@Autowired
	FileStore store;

	@Autowired
	List<RecurringTask<?>> recurring;

	PeriodicFixtures f;

	@BeforeEach
	void fixtures() {
		f = new PeriodicFixtures(mvc, users, jdbc);
	}

	/** A draft's annex asked in the background (limit lowered) and run as the scheduler would; its row id. */
	long backgroundAnnex(long reportId) throws Exception {
		long previous = jobs.inlineLimit(0);
		try {
			String page = mvc.perform(get("/reports/{id}/annex.xlsx", reportId).with(f.as("dakruong")))
				.andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
			long fileId = PeriodicFixtures.idIn(page);
			jobs.run(fileId);
			return fileId;
		}
		finally {
			jobs.inlineLimit(previous);
		}
	}

	String hash(long fileId) {
		return jdbc.sql("select file_hash from report_file where id = ?").param(fileId).query(String.class).single();
	}

	void age(long fileId, Duration by) {
		jdbc.sql("update report_file set requested_at = ?, finished_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(by)), Timestamp.from(Instant.now().minus(by)), fileId).update();
	}

	long rows(long fileId) {
		return f.count("select count(*) from report_file where id = ?", fileId);
	}

	@Test
	void oldFilesOfDraftsGoAndIssuedReportsFrozenFilesStay() throws Exception {
		assertThat(recurring).anySatisfy(t -> assertThat(t.getName()).isEqualTo(ReportFileCleanup.TASK));
		assertThat(cleanup.keep()).isEqualTo(Duration.ofDays(7));

		// A model of the period, so that the annexes have a row.
		f.model(PeriodicFixtures.unique("Mô hình dọn tệp"), "Xanh, sạch, đẹp", "01/02/2019", "Thôn 13");
		long oldDraft = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2019", "31/12/2019", null);
		long old = backgroundAnnex(oldDraft);
		long freshDraft = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2019", "30/06/2019", null);
		long fresh = backgroundAnnex(freshDraft);
		long issued = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/07/2019", "31/12/2019", null);
		mvc.perform(post("/reports/{id}/issue", issued).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(f.version(issued))).param("issuedOn", "10/01/2020").param("signerName", ""))
			.andExpect(status().is3xxRedirection());
		List<Long> frozen = jdbc.sql("select id from report_file where report_id = ? and frozen = true").param(issued)
			.query(Long.class).list();
		assertThat(frozen).hasSize(3);
		String oldHash = hash(old);
		assertThat(store.find(oldHash)).isPresent();

		age(old, Duration.ofDays(8));
		age(fresh, Duration.ofDays(6));
		frozen.forEach(id -> age(id, Duration.ofDays(400)));
		cleanup.removeOld(Instant.now());

		assertThat(rows(old)).isZero();
		assertThat(Files.exists(store.pathOf(oldHash))).isFalse();
		assertThat(rows(fresh)).isOne();
		assertThat(store.find(hash(fresh))).isPresent();
		for (long id : frozen) {
			assertThat(rows(id)).isOne();
			assertThat(store.find(hash(id))).isPresent();
		}
		// The issued report's files are still served.
		mvc.perform(get("/reports/{id}/annex.xlsx", issued).with(f.as("dakruong"))).andExpect(status().isOk());
		assertThat(f.count("select count(*) from report_file where report_id = ? and frozen = true", issued)).isEqualTo(3);
	}

}
