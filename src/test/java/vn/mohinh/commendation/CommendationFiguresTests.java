package vn.mohinh.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/** The facade for the dashboard and the reports: figures in an area, refused outside the user's scope. */
@MoHinhTest
class CommendationFiguresTests {

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
	@WithUserDetails("admin")
	void theModuleKeepsEveryEvaluationFromTheEvents() {
		// Demo evaluations are saved after the migration ran: the event put each into the module's copy.
		long evaluations = jdbc.sql("select count(*) from evaluation").query(Long.class).single();
		long copies = jdbc.sql("""
				select count(*) from commendation_effective_model m join evaluation e on e.id = m.evaluation_id
				and e.effective = m.effective and e.eval_year = m.eval_year and e.scope_path = m.scope_path""")
			.query(Long.class).single();
		assertThat(copies).isEqualTo(evaluations).isPositive();
	}

	@Test
	@WithUserDetails("huyen")
	void theDistrictSeesItsGapsAndRecognitions() {
		long gaps = figures.effectiveModelsWithoutRecognition(scope.current(), 2020);
		long effective = jdbc.sql("select count(*) from evaluation where eval_year = 2020 and effective = true")
			.query(Long.class).single();
		assertThat(gaps).isPositive().isLessThanOrEqualTo(effective);
		Recognitions all = figures.recognitions(scope.current(), LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31));
		assertThat(all.formal() + all.praise())
			.isEqualTo(figures.commendations(scope.current(), LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31),
					PageRequest.of(0, 50)).getTotalElements());
	}

	@Autowired
	CommendationService commendations;

	@Test
	@WithUserDetails("huyen")
	void recordingACommendationOfAnEffectiveModelClosesItsGapAndCountsInTheReports() {
		var area = scope.current();
		long gaps = figures.effectiveModelsWithoutRecognition(area, 2021);
		Long model = jdbc.sql("""
				select min(m.initiative_id) from commendation_effective_model m where m.eval_year = 2021 and m.effective = true
				and not exists (select 1 from commendation_recipient r where r.kind = 'MODEL' and r.ref_id = m.initiative_id)""")
			.query(Long.class).single();
		assertThat(model).isNotNull();
		LocalDate from = LocalDate.of(2022, 3, 1);
		LocalDate to = LocalDate.of(2022, 3, 31);
		Recognitions before = figures.recognitions(area, from, to);
		commendations.create(new Commendation.Details(CommendationKind.PRAISE, null, null, null, "Ban Thường trực thử",
				BodyLevel.DISTRICT, null, LocalDate.of(2022, 3, 10), 2021, null, "Hội nghị sơ kết thử", "Thành tích"),
				java.util.List.of("MODEL:" + model));
		assertThat(figures.effectiveModelsWithoutRecognition(area, 2021)).isEqualTo(gaps - 1);
		Recognitions after = figures.recognitions(area, from, to);
		assertThat(after.praise()).isEqualTo(before.praise() + 1);
		assertThat(after.models()).isEqualTo(before.models() + 1);
		assertThat(after.formal()).isEqualTo(before.formal());
		assertThat(figures.commendations(area, from, to, PageRequest.of(0, 50)).getContent())
			.anyMatch(e -> e.occasion().equals("Hội nghị sơ kết thử") && !e.recipientNames().isEmpty());
		// Outside the window (two years later) it would not have counted for 2021.
		assertThat(Gaps.windowEnd(2021)).isEqualTo(LocalDate.of(2022, 12, 31));
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneUserMayNotAskAboutTheDistrictOrAnotherCommune() {
		var district = scope.scopeOfRoot(localityId("614"));
		var tanLap = scope.scopeOfRoot(localityId("23497"));
		assertThatThrownBy(() -> figures.effectiveModelsWithoutRecognition(district, 2020)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> figures.recognitions(tanLap, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> figures.commendations(tanLap, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
				PageRequest.of(0, 10))).isInstanceOf(NotFoundException.class);
		assertThat(figures.effectiveModelsWithoutRecognition(scope.current(), 2020)).isNotNegative();
	}

}
