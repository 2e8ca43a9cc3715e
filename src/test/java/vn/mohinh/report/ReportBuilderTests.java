package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

@MoHinhTest
class ReportBuilderTests {

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
	void theArticle() throws Exception {
		long id = f.draft("huyen", PeriodicFixtures.CELL, "24/01/2017", "30/06/2021", null);
		for (String c : new String[] { "title", "situation", "leadership", "results", "weaknesses", "tasks", "proposals" }) {
			System.out.println("=== " + c + "\n" + f.section(id, c));
		}
		assertThat(f.section(id, "results")).isNotBlank();
	}

}
