package vn.mohinh.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/** The facade's figures against the tables they count, and the areas they refuse. */
@MoHinhTest
class MeetingFiguresTests {

	@Autowired
	MeetingFigures figures;

	@Autowired
	ScopeGuard scope;

	@Autowired
	JdbcClient jdbc;

	long id(String code) {
		return jdbc.sql("select id from locality where code = ? and valid_to is not null").param(code).query(Long.class).single();
	}

	@Test
	@WithUserDetails("admin")
	void nationalFiguresMatchTheTables() {
		LocalDate today = LocalDate.now();
		assertThat(figures.overdueActionItems(Scope.EVERYWHERE, today)).isEqualTo(jdbc
			.sql("select count(*) from action_item where status = 'OPEN' and due_date < ?").param(java.sql.Date.valueOf(today))
			.query(Long.class).single());
		assertThat(figures.meetingsHeld(Scope.EVERYWHERE, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))).isEqualTo(jdbc
			.sql("select count(*) from meeting where withdrawn_at is null and meeting_date between '2020-01-01' and '2021-12-31'")
			.query(Long.class).single());
		long members = jdbc.sql("select count(*) from person where party_member = true and active = true").query(Long.class).single();
		long committed2021 = jdbc.sql("""
				select count(*) from person p where p.party_member = true and p.active = true
				and exists (select 1 from commitment c where c.person_id = p.id and c.commit_year = 2021)""")
			.query(Long.class).single();
		assertThat(figures.membersWithoutCommitment(Scope.EVERYWHERE, 2021)).isEqualTo(members - committed2021);
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneUserMayNotAskAboutTheDistrict() {
		Scope district = scope.scopeOfRoot(id("614"));
		assertThatThrownBy(() -> figures.overdueActionItems(district, LocalDate.now())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> figures.membersWithoutCommitment(district, 2021)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> figures.meetingsHeld(district, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
			.isInstanceOf(NotFoundException.class);
		long cell = jdbc.sql("select id from organisation where name = 'Chi bộ Mặt trận huyện Kon Rẫy'").query(Long.class).single();
		assertThatThrownBy(() -> figures.meetingsOf(cell, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
			.isInstanceOf(NotFoundException.class);
		assertThat(figures.overdueActionItems(scope.current(), LocalDate.now())).isGreaterThanOrEqualTo(0);
	}

}
