package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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
import vn.mohinh.initiative.InitiativeLifecycle;
import vn.mohinh.initiative.InitiativeStatistics;
import vn.mohinh.initiative.InitiativeStatistics.Decisions;

/**
 * The report follows the data: the decisions of the period counted apart (replicated, converted,
 * stopped) by the day they were taken, whatever the model's status today; a model moved to another
 * commune, or added, changes the enumeration of the models by commune.
 */
@MoHinhTest
class ReportDataChangeTests {

	/** A type the article's models do not use in these villages, so that the models made here are easy to find. */
	static final String TYPE = "Xanh, sạch, đẹp";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeLifecycle lifecycle;

	@Autowired
	InitiativeStatistics statistics;

	@Autowired
	ReportService service;

	PeriodicFixtures f;

	@BeforeEach
	void fixtures() {
		f = new PeriodicFixtures(mvc, users, jdbc);
	}

	/** Runs an action signed in as a user, as a request of that user would (MockMvc clears the context after each request). */
	<T> T signedIn(String username, Supplier<T> action) {
		var context = SecurityContextHolder.getContext();
		var previous = context.getAuthentication();
		UserDetails user = users.loadUserByUsername(username);
		context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			context.setAuthentication(previous);
		}
	}

	long typeId(String name) {
		return jdbc.sql("select id from initiative_type where name = ?").param(name).query(Long.class).single();
	}

	@Test
	void theDecisionsOfThePeriodAreCountedApartByTheDayTheyWereTaken() throws Exception {
		long replicated = f.model(PeriodicFixtures.unique("Quyết định nhân rộng"), TYPE, "01/02/2022", "Thôn 13");
		long converted = f.model(PeriodicFixtures.unique("Quyết định chuyển đổi"), TYPE, "01/02/2022", "Thôn 13");
		long stopped = f.model(PeriodicFixtures.unique("Quyết định dừng"), TYPE, "01/02/2022", "Thôn 13");
		long report = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2023", "31/12/2023", null);
		LocalDate from = LocalDate.of(2023, 1, 1);
		LocalDate to = LocalDate.of(2023, 12, 31);
		LocalDate nextFrom = LocalDate.of(2024, 1, 1);
		LocalDate nextTo = LocalDate.of(2024, 12, 31);
		Decisions before = signedIn("dakruong", () -> statistics.decisions(service.area(report), from, to));
		Decisions nextBefore = signedIn("dakruong", () -> statistics.decisions(service.area(report), nextFrom, nextTo));

		signedIn("dakruong", () -> {
			// Villages 10 and 11 stay free of this type: InitiativeWebTests places one there without a reason.
			lifecycle.replicate(replicated, List.of(f.village(PeriodicFixtures.DAK_RUONG, "Thôn 9"),
					f.village(PeriodicFixtures.DAK_RUONG, "Thôn 12")), LocalDate.of(2023, 3, 1), "Nhân rộng thử nghiệm");
			lifecycle.convert(converted, typeId("Nuôi gà"), LocalDate.of(2023, 4, 1), "Chuyển sang chăn nuôi");
			lifecycle.discontinue(stopped, LocalDate.of(2023, 5, 1), "Hộ dân chuyển đi");
			// The replicated model is stopped the next year: its status today no longer says "replicated".
			lifecycle.discontinue(replicated, LocalDate.of(2024, 6, 1), "Hết kinh phí");
			return null;
		});

		Decisions after = signedIn("dakruong", () -> statistics.decisions(service.area(report), from, to));
		assertThat(after).isEqualTo(new Decisions(before.replicated() + 1, before.replicas() + 2,
				before.converted() + 1, before.discontinued() + 1));
		Decisions nextAfter = signedIn("dakruong", () -> statistics.decisions(service.area(report), nextFrom, nextTo));
		assertThat(nextAfter).isEqualTo(new Decisions(nextBefore.replicated(), nextBefore.replicas(),
				nextBefore.converted(), nextBefore.discontinued() + 1));

		mvc.perform(post("/reports/{id}/refresh", report).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(f.version(report))))
			.andExpect(status().is3xxRedirection());
		assertThat(f.section(report, "results")).contains("trong kỳ có %s mô hình được nhân rộng (thành %s mô hình mới), %s mô hình được chuyển đổi và %s mô hình dừng hoạt động."
			.formatted(ReportWriter.two(after.replicated()), ReportWriter.two(after.replicas()),
					ReportWriter.two(after.converted()), ReportWriter.two(after.discontinued())));
	}

	@Test
	void aModelMovedToAnotherCommuneMovesInTheEnumeration() throws Exception {
		String name = PeriodicFixtures.unique("Mô hình chuyển xã");
		long model = f.model(name, TYPE, "01/03/2024", "Thôn 13");
		long district = f.draft("huyen", PeriodicFixtures.CELL, "01/01/2024", "31/12/2024", null);
		long dakRuong = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2024", "31/12/2024", null);
		assertThat(f.section(district, "results")).containsPattern(under("xã Đắk Ruồng", name, "thôn 13"));
		assertThat(f.section(dakRuong, "results")).contains("mô hình “" + name + "” tại thôn 13");

		// The district's editor moves it to xã Tân Lập, thôn 3, through the model's edit page.
		mvc.perform(post("/initiatives/{id}/edit", model).with(csrf()).with(f.as("huyen")).param("name", name)
				.param("typeId", String.valueOf(typeId(TYPE))).param("communeCode", PeriodicFixtures.TAN_LAP)
				.param("villageIds", String.valueOf(f.village(PeriodicFixtures.TAN_LAP, "Thôn 3")))
				.param("startDate", "01/03/2024").param("overlapReason", "Thử nghiệm")
				.param("version", String.valueOf(f.count("select version from initiative where id = ?", model))))
			.andExpect(status().is3xxRedirection());

		long districtAfter = f.draft("huyen", PeriodicFixtures.CELL, "01/01/2024", "31/12/2024", null);
		assertThat(f.section(districtAfter, "results")).containsPattern(under("xã Tân Lập", name, "thôn 3"))
			.doesNotContainPattern(under("xã Đắk Ruồng", name, "thôn 13"));
		long dakRuongAfter = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2024", "31/12/2024", null);
		assertThat(f.section(dakRuongAfter, "results")).doesNotContain(name);
		long tanLap = f.draft("huyen", PeriodicFixtures.TAN_LAP_BOARD, "01/01/2024", "31/12/2024", null);
		assertThat(f.section(tanLap, "results")).contains("mô hình “" + name + "” tại thôn 3");
	}

	@Test
	void aModelAddedJoinsItsCommuneInTheEnumeration() throws Exception {
		long before = f.draft("huyen", PeriodicFixtures.CELL, "01/01/2024", "31/12/2024", null);
		String name = PeriodicFixtures.unique("Mô hình thêm mới");
		assertThat(f.section(before, "results")).doesNotContain(name);
		f.model(name, TYPE, "15/04/2024", "Thôn 12");
		long after = f.draft("huyen", PeriodicFixtures.CELL, "01/01/2024", "31/12/2024", null);
		assertThat(f.section(after, "results")).contains("Tháng 04/2024")
			.containsPattern(under("xã Đắk Ruồng", name, "thôn 12"));
	}

	/** The model listed under the commune, in that commune's part of a month (before the next "(n)"). */
	static Pattern under(String commune, String model, String villages) {
		return Pattern.compile(Pattern.quote(commune + ": ") + "(?:(?!\\(\\d+\\) ).)*"
				+ Pattern.quote("mô hình “" + model + "” tại " + villages));
	}

}
