package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.mohinh.MoHinhTest;

/** The facade later modules use: records only, within the signed-in user's scope. */
@MoHinhTest
class InitiativeDirectoryTests {

	@Autowired
	InitiativeDirectory directory;

	@Autowired
	JdbcClient jdbc;

	long tanLapPilot() {
		return jdbc.sql("select id from initiative where name = ? and commune_code = '23497'")
			.param(InitiativeDemoData.MARKER).query(Long.class).single();
	}

	long dakRuongTraffic() {
		return jdbc.sql("select id from initiative where name = 'Khu dân cư đảm bảo an toàn giao thông' and commune_code = '23488'")
			.query(Long.class).single();
	}

	@Test
	@WithUserDetails("huyen")
	void theDistrictReadsAModelWithItsVillagesAndLevelByYear() {
		InitiativeView pilot = directory.find(tanLapPilot()).orElseThrow();
		assertThat(pilot.villageNames()).containsExactly("Thôn 2");
		assertThat(pilot.typeName()).isEqualTo(InitiativeDemoData.MARKER);
		assertThat(pilot.levelIn(2019)).isEqualTo(PilotLevel.DIEM_CAP_TINH);
		assertThat(pilot.levelIn(2018)).isEqualTo(PilotLevel.NONE);
		assertThat(pilot.status()).isEqualTo(InitiativeStatus.ACTIVE);
		assertThat(directory.find(dakRuongTraffic()).orElseThrow().villageNames())
			.containsExactly("Thôn 9", "Thôn 12", "Thôn 13");
		assertThat(directory.inScope(PageRequest.of(0, 50)).getTotalElements()).isGreaterThanOrEqualTo(23);
	}

	@Test
	@WithUserDetails("dakruong")
	void theCommuneFindsNothingOfTanLap() {
		assertThat(directory.find(tanLapPilot())).isEmpty();
		assertThat(directory.findAll(List.of(tanLapPilot(), dakRuongTraffic()))).containsOnlyKeys(dakRuongTraffic());
		assertThat(directory.inScope(PageRequest.of(0, 200)).getContent())
			.allSatisfy(v -> assertThat(v.communeName()).doesNotContain("Tân Lập"));
	}

}
