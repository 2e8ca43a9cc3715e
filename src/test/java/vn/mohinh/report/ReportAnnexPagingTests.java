package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;
import vn.mohinh.initiative.InitiativeStatistics;
import vn.mohinh.initiative.InitiativeStatistics.StartedModel;

/**
 * The annex reads the models by keyset pages (after the last start date and id): small pages give the
 * same models in the same registration order as offset pages, with models sharing a start date split
 * across pages, and none twice or lost.
 */
@MoHinhTest
class ReportAnnexPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeStatistics statistics;

	@Autowired
	ReportService service;

	PeriodicFixtures f;

	@BeforeEach
	void fixtures() {
		f = new PeriodicFixtures(mvc, users, jdbc);
	}

	@Test
	void keysetPagesGiveTheModelsOfOffsetPagesInTheSameOrder() throws Exception {
		long report = f.draft("huyen", PeriodicFixtures.CELL, "24/01/2017", "30/06/2021", null);
		LocalDate from = LocalDate.of(2017, 1, 24);
		LocalDate to = LocalDate.of(2021, 6, 30);
		var context = SecurityContextHolder.getContext();
		var previous = context.getAuthentication();
		UserDetails user = users.loadUserByUsername("huyen");
		context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		try {
			var area = service.area(report);
			List<Long> byOffset = new ArrayList<>();
			int offset = 0;
			while (true) {
				List<StartedModel> page = statistics.runningIn(area, from, to, offset, 3);
				page.forEach(m -> byOffset.add(m.id()));
				if (page.size() < 3) {
					break;
				}
				offset += page.size();
			}
			List<Long> byKeyset = new ArrayList<>();
			LocalDate afterStart = null;
			Long afterId = null;
			while (true) {
				List<StartedModel> page = statistics.runningAfter(area, from, to, afterStart, afterId, 3);
				page.forEach(m -> byKeyset.add(m.id()));
				if (page.size() < 3) {
					break;
				}
				afterStart = page.get(2).startDate();
				afterId = page.get(2).id();
			}
			// The article's 16 models of 11/2019 share a start month; more than a page of three in all.
			assertThat(byOffset).hasSizeGreaterThan(20).doesNotHaveDuplicates();
			assertThat(byKeyset).isEqualTo(byOffset);
		}
		finally {
			context.setAuthentication(previous);
		}
	}

}
