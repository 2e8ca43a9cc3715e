package vn.mohinh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mohinh.MoHinhTest;

/**
 * The demo evaluations tell the article's story: the models evaluated every year 2019–2021, most
 * judged effective (Tốt, Khá), a few Đạt, two not effective; the good ones maintained in January
 * 2022; no replication or conversion invented; the provincial pilot left undecided.
 */
@MoHinhTest
class EvaluationDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	long count(String where) {
		return jdbc.sql("select count(*) from evaluation where created_by in ('huyen', 'demo-data') and eval_year between 2019 and 2021 and " + where)
			.query(Long.class).single();
	}

	@Test
	void mostModelsWorkAFewDoNotYetAndTheGoodOnesAreMaintained() {
		long all = count("eval_year between 2019 and 2021");
		assertThat(all).isGreaterThanOrEqualTo(50);
		assertThat(count("eval_year = 2019")).isEqualTo(6);
		assertThat(count("eval_year = 2021")).isEqualTo(24);
		assertThat(count("effective = true and rating in ('TOT', 'KHA')")).isGreaterThan(all * 3 / 4);
		assertThat(count("rating = 'DAT'")).isBetween(3L, 10L);
		assertThat(count("effective = false")).isEqualTo(2);
		assertThat(count("decision = 'MAINTAIN' and decided_on = date '2022-01-14'")).isGreaterThan(15);
		assertThat(count("decision in ('REPLICATE', 'CONVERT', 'DISCONTINUE') and eval_year <= 2021")).isZero();
		assertThat(jdbc.sql("select count(*) from evaluation where initiative_name = ? and decision is not null")
			.param(EvaluationDemoData.PROVINCIAL_PILOT).query(Long.class).single()).isZero();
		// Scores follow the rating; every total is the sum of its scores.
		assertThat(jdbc.sql("""
				select count(*) from evaluation e where e.total_score <> (select sum(s.score) from evaluation_score s
				where s.evaluation_id = e.id)""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select min(total_score) from evaluation where rating = 'TOT' and created_by = 'huyen'")
			.query(Integer.class).single()).isGreaterThanOrEqualTo(85);
		assertThat(jdbc.sql("select count(*) from evaluation_comment where author_username in ('huyen', 'dakruong')")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theScoresFollowTheRating() {
		assertThat(EvaluationDemoData.score(30, Rating.TOT, 0)).isEqualTo(28);
		assertThat(EvaluationDemoData.score(25, Rating.KHA, 1)).isEqualTo(19);
		assertThat(EvaluationDemoData.score(20, Rating.CHUA_DAT, 2)).isEqualTo(8);
		assertThat(EvaluationDemoData.score(1, Rating.TOT, 0)).isEqualTo(1);
	}

}
