package vn.mohinh.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.ScopeGuard;

/**
 * The demo data tells the article's story: one meeting a month of the district Front's cell in
 * 2020–2021 with its five members, most action items done and a few left open (overdue now), every
 * member's commitment reviewed at mid-year and year-end, one member without a 2021 commitment; and
 * the gaps the dashboard links to show them.
 */
@MoHinhTest
class MeetingDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeetingFigures figures;

	@Autowired
	ScopeGuard scope;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	long cell() {
		return new MeetingFixtures(mvc, users, jdbc).organisation(MeetingFixtures.CELL);
	}

	@Test
	@WithUserDetails("huyen")
	void theCellMetEveryMonthOf2020And2021() {
		List<MeetingSummary> meetings = figures.meetingsOf(cell(), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
		assertThat(meetings).hasSize(24);
		assertThat(meetings).extracting(m -> m.date().getMonthValue()).containsSequence(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(meetings).extracting(MeetingSummary::topic).anyMatch(t -> t.contains("43-KH/HU"))
			.anyMatch(t -> t.contains("Đoàn giám sát")).anyMatch(t -> t.contains("nuôi gà"));
		assertThat(meetings).filteredOn(m -> m.kind() == MeetingKind.THEMATIC).hasSize(2);
		assertThat(meetings.stream().mapToInt(MeetingSummary::modelsDiscussed).sum()).isGreaterThan(15);
		long konRay = jdbc.sql("select id from locality where code = '614' and valid_to is not null").query(Long.class).single();
		assertThat(figures.meetingsHeld(scope.scopeOfRoot(konRay), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
			.isGreaterThanOrEqualTo(12);
	}

	@Test
	@WithUserDetails("huyen")
	void mostActionItemsAreDoneAndAFewAreOverdue() {
		long cell = cell();
		long demoItems = jdbc.sql("""
				select count(*) from action_item a join meeting m on m.id = a.meeting_id
				where a.organisation_id = ? and m.meeting_date < '2022-01-01'""").param(cell).query(Long.class).single();
		long done = jdbc.sql("""
				select count(*) from action_item a join meeting m on m.id = a.meeting_id
				where a.organisation_id = ? and m.meeting_date < '2022-01-01' and a.status = 'DONE'""").param(cell)
			.query(Long.class).single();
		long open = jdbc.sql("""
				select count(*) from action_item a join meeting m on m.id = a.meeting_id
				where a.organisation_id = ? and m.meeting_date < '2022-01-01' and a.status = 'OPEN'""").param(cell)
			.query(Long.class).single();
		assertThat(done).isGreaterThan(demoItems * 3 / 4);
		assertThat(open).isEqualTo(3);
		assertThat(figures.overdueActionItems(scope.current(), LocalDate.now())).isGreaterThanOrEqualTo(3);
	}

	@Test
	void everyMemberCommittedAndWasReviewedButOneIsMissingFor2021() throws Exception {
		long cell = cell();
		assertThat(jdbc.sql("select count(*) from commitment where organisation_id = ? and commit_year = 2020").param(cell)
			.query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from commitment where organisation_id = ? and commit_year = 2021").param(cell)
			.query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("""
				select count(*) from commitment_review r join commitment c on c.id = r.commitment_id
				where c.organisation_id = ? and c.commit_year = 2020""").param(cell).query(Long.class).single()).isEqualTo(10);
		MeetingFixtures f = new MeetingFixtures(mvc, users, jdbc);
		mvc.perform(get("/commitments/gaps").param("year", "2021").param("locality", "614").with(f.as("lanhdao")))
			.andExpect(status().isOk()).andExpect(Html.shows(MeetingDemoData.WITHOUT_2021));
		mvc.perform(get("/action-items").param("overdue", "true").param("locality", "614").with(f.as("lanhdao")))
			.andExpect(status().isOk()).andExpect(Html.shows("Lập hồ sơ đề nghị khen thưởng các mô hình hiệu quả năm 2021"));
	}

	@Test
	void aModelsPageLinksToTheMeetingsThatDiscussedIt() throws Exception {
		long model = jdbc.sql("select initiative_id from meeting_model where initiative_name = 'Nuôi gà'").query(Long.class).list().get(0);
		MeetingFixtures f = new MeetingFixtures(mvc, users, jdbc);
		mvc.perform(get("/initiatives/{id}", model).with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows("/meetings?initiative=" + model));
		mvc.perform(get("/meetings").param("initiative", String.valueOf(model)).with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows("nuôi gà")).andExpect(Html.doesNotShow("Quán triệt Kế hoạch số 43-KH/HU"));
	}

}
