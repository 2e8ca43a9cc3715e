package vn.mohinh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.ScopeGuard;

/**
 * The dashboard's yearly figures: every year of the range, zeros where nothing was evaluated,
 * counted within the area asked for (the demo data: the district's 2019–2021 story).
 */
@MoHinhTest
class EvaluationFiguresTests {

	@Autowired
	EvaluationFigures figures;

	@Autowired
	ScopeGuard scope;

	@Autowired
	JdbcClient jdbc;

	long count(String where, int year, String prefix) {
		return jdbc.sql("select count(*) from evaluation where eval_year = ? and scope_path like ? " + where)
			.param(year).param(prefix + "%").query(Long.class).single();
	}

	String path(String code) {
		return jdbc.sql("select path from locality where code = ? and valid_to is not null").param(code).query(String.class)
			.single();
	}

	long id(String code) {
		return jdbc.sql("select id from locality where code = ? and valid_to is not null").param(code).query(Long.class)
			.single();
	}

	@Test
	@WithUserDetails("huyen")
	void theDistrictCountsEvaluatedAndEffectiveModelsPerYear() {
		List<YearEffectiveness> years = figures.effectivenessByYear(scope.current(), 2018, 2021);
		assertThat(years).extracting(YearEffectiveness::year).containsExactly(2018, 2019, 2020, 2021);
		String konRay = path("614");
		assertThat(years.get(0)).isEqualTo(new YearEffectiveness(2018, count("", 2018, konRay), count("and effective = true", 2018, konRay)));
		for (YearEffectiveness y : years.subList(1, 4)) {
			assertThat(y.evaluated()).isEqualTo(count("", y.year(), konRay)).isPositive();
			assertThat(y.effective()).isEqualTo(count("and effective = true", y.year(), konRay));
			assertThat(y.effective()).isLessThanOrEqualTo(y.evaluated());
		}
		// Most models work (the article's story), some not yet.
		YearEffectiveness y2020 = years.get(2);
		assertThat(y2020.effective()).isGreaterThan(y2020.evaluated() / 2).isLessThan(y2020.evaluated());
		// A commune inside the district: only its models.
		List<YearEffectiveness> tanLap = figures.effectivenessByYear(scope.scopeOfRoot(id("23497")), 2019, 2021);
		assertThat(tanLap.get(0).evaluated()).isEqualTo(count("", 2019, path("23497")));
		assertThat(tanLap.get(0).evaluated()).isLessThan(years.get(1).evaluated());
	}

	@Test
	@WithUserDetails("admin")
	void nationallyEveryEvaluationCounts() {
		List<YearEffectiveness> years = figures.effectivenessByYear(vn.mohinh.locality.Scope.EVERYWHERE, 2021, 2021);
		assertThat(years.get(0).evaluated()).isEqualTo(
				jdbc.sql("select count(*) from evaluation where eval_year = 2021").query(Long.class).single());
	}

}
