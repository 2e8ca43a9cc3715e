package vn.mohinh.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The exemplars of a period for the reports: the demo data's drug-free village of xã Tân Lập, held up
 * through its praise of 18/11/2020, belongs to the periods that include that day and not to the others;
 * a commune user may not ask about another commune.
 */
@MoHinhTest
class ExemplarFiguresTests {

	static final String TITLE = "Điển hình tự quản phòng, chống ma túy ở khu dân cư";

	@Autowired
	CommendationFigures figures;

	@Autowired
	ScopeGuard scope;

	@Autowired
	JdbcClient jdbc;

	long localityId(String code) {
		return jdbc.sql("select id from locality where code = ? and valid_to is not null").param(code).query(Long.class)
			.single();
	}

	@Test
	@WithUserDetails("huyen")
	void theDemoExemplarBelongsToThePeriodsOfItsPraise() {
		var tanLap = scope.scopeOfRoot(localityId("23497"));
		List<ExemplarEntry> found = figures.exemplars(tanLap, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
		assertThat(found).anySatisfy(e -> {
			assertThat(e.title()).isEqualTo(TITLE);
			assertThat(e.kind()).isEqualTo("COLLECTIVE");
			assertThat(e.subjectName()).containsIgnoringCase("thôn 2");
		});
		// The day before the praise, and a later year: not of those periods.
		assertThat(figures.exemplars(tanLap, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 11, 17)))
			.noneMatch(e -> e.title().equals(TITLE));
		assertThat(figures.exemplars(tanLap, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
			.noneMatch(e -> e.title().equals(TITLE));
		// Another commune's area does not hold it.
		var dakRuong = scope.scopeOfRoot(localityId("23488"));
		assertThat(figures.exemplars(dakRuong, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
			.noneMatch(e -> e.title().equals(TITLE));
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneUserMayNotAskForTheExemplarsOfAnotherCommune() {
		var tanLap = scope.scopeOfRoot(localityId("23497"));
		assertThatThrownBy(() -> figures.exemplars(tanLap, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
			.isInstanceOf(NotFoundException.class);
		assertThat(figures.exemplars(scope.current(), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
			.noneMatch(e -> e.title().equals(TITLE));
	}

}
