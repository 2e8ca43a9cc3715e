package vn.mohinh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.mohinh.shared.text.VietnameseText;

/** The generator writes villages as the locality module does and never writes them twice (small scale, H2). */
class VillagesTests {

	DriverManagerDataSource dataSource;
	JdbcTemplate jdbc;

	@BeforeEach
	void schema() {
		dataSource = new DriverManagerDataSource("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		jdbc = new JdbcTemplate(dataSource);
		// The columns of V1__locality.sql that the step writes.
		jdbc.execute("""
				create sequence locality_seq start with 1 increment by 50;
				create table locality (id bigint primary key, kind varchar(40) not null, code varchar(10),
				  name varchar(200) not null, full_name varchar(250) not null, alt_name varchar(200),
				  parent_id bigint references locality (id), path varchar(300) not null, depth integer not null,
				  valid_from date, valid_to date, search_key varchar(600) not null, sort_key varchar(500) not null,
				  version bigint not null default 0);
				insert into locality values (1, 'TINH', '51', 'Quảng Ngãi', 'Tỉnh Quảng Ngãi', null, null, '/1/', 0,
				  date '2025-07-01', null, 'tinh quang ngai 51', 'x', 0);
				insert into locality values (2, 'XA', '23497', 'Kon Braih', 'Xã Kon Braih', null, 1, '/1/2/', 1,
				  date '2025-07-01', null, 'xa kon braih 23497', 'x', 0);
				insert into locality values (3, 'PHUONG', '21100', 'Trương Quang Trọng', 'Phường Trương Quang Trọng',
				  null, 1, '/1/3/', 1, date '2025-07-01', null, 'phuong truong quang trong', 'x', 0);
				insert into locality values (4, 'XA', '23488', 'Đắk Ruồng', 'Xã Đắk Ruồng', null, 1, '/1/4/', 1,
				  date '2019-01-01', date '2025-06-30', 'xa dak ruong', 'x', 0);
				""");
	}

	@Test
	void villagesGoUnderTheCommunesOf2025WithPathsAndKeys() throws Exception {
		NationalDataGenerator.run(dataSource, List.of(new Villages()));
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select * from locality where depth = 2 order by parent_id, id");
		assertThat(rows).hasSizeBetween(20, 100);
		assertThat(rows).extracting(r -> ((Number) r.get("PARENT_ID")).longValue()).containsOnly(2L, 3L);
		Map<String, Object> first = rows.get(0);
		long id = ((Number) first.get("ID")).longValue();
		assertThat(first.get("KIND")).isEqualTo("THON");
		assertThat(first.get("NAME")).isEqualTo("Thôn 1");
		assertThat(first.get("PATH")).isEqualTo("/1/2/" + id + "/");
		assertThat(first.get("SEARCH_KEY")).isEqualTo("thon 1");
		assertThat(first.get("SORT_KEY")).isEqualTo(VietnameseText.sortKey("Thôn 1"));
		assertThat(rows).filteredOn(r -> ((Number) r.get("PARENT_ID")).longValue() == 3L)
			.extracting(r -> r.get("KIND")).containsOnly("TO_DAN_PHO");
		long maxId = jdbc.queryForObject("select max(id) from locality", Long.class);
		assertThat(jdbc.queryForObject("select next value for locality_seq", Long.class))
			.as("the sequence hands out no id the generator used").isGreaterThan(maxId + 49);
	}

	@Test
	void aSecondRunAddsNothing() throws Exception {
		NationalDataGenerator.run(dataSource, List.of(new Villages()));
		long count = jdbc.queryForObject("select count(*) from locality", Long.class);
		NationalDataGenerator.run(dataSource, List.of(new Villages()));
		assertThat(jdbc.queryForObject("select count(*) from locality", Long.class)).isEqualTo(count);
	}

	@Test
	void percentilesAreNearestRank() {
		double[] sorted = new double[100];
		for (int i = 0; i < 100; i++) {
			sorted[i] = i + 1;
		}
		assertThat(Benchmark.percentile(sorted, 50)).isEqualTo(50);
		assertThat(Benchmark.percentile(sorted, 95)).isEqualTo(95);
		assertThat(Benchmark.percentile(new double[] { 7 }, 95)).isEqualTo(7);
	}

}
