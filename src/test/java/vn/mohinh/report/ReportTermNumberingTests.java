package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/**
 * Party bodies number their reports continuously within a term (nhiệm kỳ, Hướng dẫn 36-HD/VPTW):
 * two reports issued in different years of one term continue the numbering, a new term restarts it,
 * and two concurrent issues never share a number. Each test makes its own cell, so that the numbers
 * do not depend on what other tests issue.
 */
@MoHinhTest
class ReportTermNumberingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportService service;

	PeriodicFixtures f;

	@BeforeEach
	void fixtures() {
		f = new PeriodicFixtures(mvc, users, jdbc);
	}

	/** A new Party cell of the district, its term begun on {@code termFrom} (dd/MM/yyyy); its name. */
	String cell(String termFrom) throws Exception {
		String name = PeriodicFixtures.unique("Chi bộ đánh số thử");
		long district = jdbc.sql("select id from locality where code = '614' and valid_to is not null")
			.query(Long.class).single();
		mvc.perform(post("/organisations").with(csrf()).with(f.as("huyen")).param("name", name)
				.param("kind", "PARTY_CELL").param("localityId", String.valueOf(district))
				.param("parentId", String.valueOf(f.organisation("Ban Chấp hành Đảng bộ huyện Kon Rẫy")))
				.param("validTo", "30/06/2025").param("termFrom", termFrom))
			.andExpect(status().is3xxRedirection());
		return name;
	}

	void issue(long id, String on) throws Exception {
		mvc.perform(post("/reports/{id}/issue", id).with(csrf()).with(f.as("huyen"))
				.param("version", String.valueOf(f.version(id))).param("issuedOn", on).param("signerName", ""))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void reportsOfOneTermContinueTheNumberingAcrossYearsAndANewTermRestartsIt() throws Exception {
		String cell = cell("15/04/2020");
		long first = f.draft("huyen", cell, "01/01/2021", "30/06/2021", null);
		long second = f.draft("huyen", cell, "01/07/2021", "31/12/2021", null);
		long third = f.draft("huyen", cell, "01/01/2025", "31/03/2025", null);
		issue(first, "05/07/2021");
		issue(second, "10/01/2022");
		assertThat(f.section(first, "number_text")).isEqualTo("01-BC/CB");
		assertThat(f.section(second, "number_text")).isEqualTo("02-BC/CB");
		assertThat(f.section(second, "series_from")).isEqualTo("2020-04-15");

		// The congress of 2025 opens a new term: numbering restarts from 01.
		long cellId = f.organisation(cell);
		long version = f.count("select version from organisation where id = ?", cellId);
		long district = jdbc.sql("select locality_id from organisation where id = ?").param(cellId).query(Long.class).single();
		mvc.perform(post("/organisations/{id}", cellId).with(csrf()).with(f.as("huyen"))
				.param("version", String.valueOf(version)).param("name", cell).param("kind", "PARTY_CELL")
				.param("localityId", String.valueOf(district))
				.param("parentId", String.valueOf(f.organisation("Ban Chấp hành Đảng bộ huyện Kon Rẫy")))
				.param("validTo", "30/06/2025").param("termFrom", "10/04/2025"))
			.andExpect(status().is3xxRedirection());
		issue(third, "20/04/2025");
		assertThat(f.section(third, "number_text")).isEqualTo("01-BC/CB");
		assertThat(f.section(third, "series_from")).isEqualTo("2025-04-10");

		// Both terms are shown on the cell's page and in its API: the first ends the day before the second.
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/organisations/{id}", cellId)
				.with(f.as("lanhdao")))
			.andExpect(status().isOk())
			.andExpect(vn.mohinh.Html.shows("Nhiệm kỳ"))
			.andExpect(vn.mohinh.Html.shows("Từ 15/04/2020 đến 09/04/2025"))
			.andExpect(vn.mohinh.Html.shows("Từ 10/04/2025 đến 30/06/2025"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/organisations/{id}", cellId)
				.with(f.as("lanhdao")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.terms[0].from").value("2020-04-15"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.terms[0].to").value("2025-04-09"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.terms[1].from").value("2025-04-10"));
	}

	@Test
	void aFrontBodyStillNumbersPerYear() throws Exception {
		long first = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2019", "31/12/2019", null);
		mvc.perform(post("/reports/{id}/issue", first).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(f.version(first))).param("issuedOn", "15/01/2023").param("signerName", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(f.section(first, "series_from")).isEqualTo("2023-01-01");
		assertThat(f.count("select issue_number from report where id = ?", first))
			.isEqualTo(f.count("select count(*) from report where issuer_id = ? and issue_year = 2023",
					f.organisation(PeriodicFixtures.DAK_RUONG_BOARD)));
	}

	@Test
	void concurrentIssuesInOneTermNeverShareANumber() throws Exception {
		String cell = cell("15/04/2020");
		List<Long> drafts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			drafts.add(f.draft("huyen", cell, "01/01/2021", "30/06/2021", null));
		}
		UserDetails huyen = users.loadUserByUsername("huyen");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
		List<Future<Boolean>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < drafts.size(); i++) {
				long id = drafts.get(i);
				long version = f.version(id);
				// Two years of one term, so that a per-year key could not catch the clash.
				LocalDate on = i % 2 == 0 ? LocalDate.of(2021, 12, 30) : LocalDate.of(2022, 1, 5);
				Callable<Boolean> issue = () -> {
					SecurityContextHolder.getContext().setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(huyen, null, huyen.getAuthorities()));
					start.await();
					try {
						service.issue(id, version, on, null);
						return true;
					}
					catch (DataAccessException clash) {
						// the unique key (or, on H2, its lock) refused the second of two equal numbers
						return false;
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				};
				outcomes.add(pool.submit(issue));
			}
			start.countDown();
			int issued = 0;
			for (Future<Boolean> outcome : outcomes) {
				issued += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			long cellId = f.organisation(cell);
			assertThat(issued).isPositive();
			assertThat(f.count("select count(*) from report where issuer_id = ? and status = 'ISSUED'", cellId))
				.isEqualTo(issued);
			assertThat(f.count("select count(distinct issue_number) from report where issuer_id = ? and status = 'ISSUED'",
					cellId)).isEqualTo(issued);
			// A refused issue left its draft a draft, with no number.
			assertThat(f.count("select count(*) from report where issuer_id = ? and status = 'DRAFT' and issue_number is null",
					cellId)).isEqualTo(drafts.size() - issued);
		}
		finally {
			pool.shutdownNow();
		}

		// And the key itself: one number twice in one term is refused by the database, years apart or not.
		long cellId = f.organisation(cell);
		List<Long> issuedIds = jdbc.sql("select id from report where issuer_id = ? and status = 'ISSUED' order by id")
			.param(cellId).query(Long.class).list();
		if (issuedIds.size() >= 2) {
			assertThatThrownBy(() -> jdbc.sql("update report set issue_number = (select issue_number from report where id = ?) where id = ?")
				.param(issuedIds.get(0)).param(issuedIds.get(1)).update()).isInstanceOf(DataIntegrityViolationException.class);
		}
		else {
			long other = f.draft("huyen", cell, "01/01/2021", "30/06/2021", null);
			assertThatThrownBy(() -> jdbc.sql("""
					update report set status = 'ISSUED', issue_number = (select issue_number from report where id = ?),
					issue_year = 2022, series_from = date '2020-04-15' where id = ?""")
				.param(issuedIds.get(0)).param(other).update()).isInstanceOf(DataIntegrityViolationException.class);
		}
	}

}
