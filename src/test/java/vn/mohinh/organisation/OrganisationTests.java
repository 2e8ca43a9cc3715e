package vn.mohinh.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.mohinh.locality.LocalityKind;
import vn.mohinh.locality.LocalityView;

/** The organisation aggregate's rules, without Spring. */
class OrganisationTests {

	static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	static final LocalityView PROVINCE = new LocalityView(1, LocalityKind.TINH, "62", "Kon Tum", "tỉnh Kon Tum", null, null,
			"/1/", null, LAST_DAY, 0);
	static final LocalityView DISTRICT = new LocalityView(2, LocalityKind.HUYEN, "614", "Kon Rẫy", "huyện Kon Rẫy", null, 1L,
			"/1/2/", null, LAST_DAY, 0);
	static final LocalityView TAN_LAP = new LocalityView(3, LocalityKind.XA, "23497", "Tân Lập", "xã Tân Lập", null, 2L,
			"/1/2/3/", null, LAST_DAY, 0);
	static final LocalityView DAK_RUONG = new LocalityView(4, LocalityKind.XA, "23488", "Đắk Ruồng", "xã Đắk Ruồng", null,
			2L, "/1/2/4/", null, LAST_DAY, 0);
	static final LocalityView NEW_COMMUNE = new LocalityView(5, LocalityKind.XA, "23500", "Kon Braih", "xã Kon Braih", null,
			null, "/9/5/", LocalDate.of(2025, 7, 1), null, 0);

	static Organisation saved(Organisation organisation, long id) {
		ReflectionTestUtils.setField(organisation, "id", id);
		return organisation;
	}

	@Test
	void keepsCleanNameAndSearchAndSortKeys() {
		Organisation cell = Organisation.found("  Chi bộ   Mặt trận huyện Kon Rẫy ", OrganisationKind.PARTY_CELL, DISTRICT,
				null, LAST_DAY);
		assertThat(cell.name()).isEqualTo("Chi bộ Mặt trận huyện Kon Rẫy");
		assertThat(ReflectionTestUtils.getField(cell, "searchKey")).isEqualTo("chi bo mat tran huyen kon ray");
		assertThat(ReflectionTestUtils.getField(cell, "sortKey")).isNotNull();
		assertThat(cell.scopePath()).isEqualTo("/1/2/");
		assertThat(cell.localityId()).isEqualTo(2L);
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatThrownBy(() -> Organisation.found("Chi bộ", OrganisationKind.PARTY_CELL, DISTRICT,
				LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
			.isInstanceOfSatisfying(OrganisationRuleException.class, e -> {
				assertThat(e.field()).isEqualTo("validTo");
				assertThat(e.messageKey()).isEqualTo("organisation.rule.endBeforeStart");
			});
	}

	@Test
	void aBodyOfAnAbolishedUnitEndsWithItAtTheLatest() {
		assertThatThrownBy(() -> Organisation.found("Ủy ban", OrganisationKind.FRONT_COMMITTEE, DISTRICT, null, null))
			.hasMessage("organisation.rule.outlivesLocality");
		assertThatThrownBy(() -> Organisation.found("Ủy ban", OrganisationKind.FRONT_COMMITTEE, DISTRICT, null,
				LAST_DAY.plusDays(1))).hasMessage("organisation.rule.outlivesLocality");
		assertThatNoException().isThrownBy(
				() -> Organisation.found("Ủy ban", OrganisationKind.FRONT_COMMITTEE, DISTRICT, null, LAST_DAY));
	}

	@Test
	void cannotStartBeforeItsLocality() {
		assertThatThrownBy(() -> Organisation.found("Ủy ban", OrganisationKind.FRONT_COMMITTEE, NEW_COMMUNE,
				LocalDate.of(2025, 6, 1), null)).hasMessage("organisation.rule.beforeLocality");
		assertThat(Organisation.found("Ủy ban", OrganisationKind.FRONT_COMMITTEE, NEW_COMMUNE, LocalDate.of(2025, 7, 1),
				null).validOn(LocalDate.of(2026, 1, 1))).isTrue();
	}

	@Test
	void needsANameAKindAndALocality() {
		assertThatThrownBy(() -> Organisation.found(" ", OrganisationKind.OTHER, DISTRICT, null, LAST_DAY))
			.hasMessage("organisation.rule.nameRequired");
		assertThatThrownBy(() -> Organisation.found("Ban", null, DISTRICT, null, LAST_DAY))
			.hasMessage("organisation.rule.kindRequired");
		assertThatThrownBy(() -> Organisation.found("Ban", OrganisationKind.OTHER, null, null, LAST_DAY))
			.hasMessage("organisation.rule.localityRequired");
	}

	@Test
	void parentMustBeAtTheSameOrAContainingLocality() {
		Organisation districtFront = saved(
				Organisation.found("Ủy ban MTTQ huyện", OrganisationKind.FRONT_COMMITTEE, DISTRICT, null, LAST_DAY), 10);
		Organisation tanLapBoard = saved(
				Organisation.found("Ban Thường trực xã Tân Lập", OrganisationKind.FRONT_STANDING_BOARD, TAN_LAP, null,
						LAST_DAY), 11);
		Organisation dakRuongBoard = saved(Organisation.found("Ban Thường trực xã Đắk Ruồng",
				OrganisationKind.FRONT_STANDING_BOARD, DAK_RUONG, null, LAST_DAY), 12);

		tanLapBoard.placeUnder(districtFront, Set.of());
		assertThat(tanLapBoard.parentId()).isEqualTo(10L);

		assertThatThrownBy(() -> districtFront.placeUnder(tanLapBoard, Set.of()))
			.hasMessage("organisation.rule.parentElsewhere");
		assertThatThrownBy(() -> dakRuongBoard.placeUnder(tanLapBoard, Set.of()))
			.hasMessage("organisation.rule.parentElsewhere");
		assertThat(dakRuongBoard.parentId()).isNull();
	}

	@Test
	void parentMustBeActiveDuringTheChildsPeriod() {
		Organisation old = saved(Organisation.found("Ban cũ", OrganisationKind.FRONT_BOARD, PROVINCE,
				LocalDate.of(2000, 1, 1), LocalDate.of(2010, 12, 31)), 20);
		Organisation later = saved(Organisation.found("Ban mới", OrganisationKind.FRONT_BOARD, DISTRICT,
				LocalDate.of(2015, 1, 1), LAST_DAY), 21);
		assertThatThrownBy(() -> later.placeUnder(old, Set.of())).hasMessage("organisation.rule.parentNotValid");

		Organisation overlapping = saved(Organisation.found("Ban giao thời", OrganisationKind.FRONT_BOARD, DISTRICT,
				LocalDate.of(2009, 1, 1), LAST_DAY), 22);
		overlapping.placeUnder(old, Set.of());
		assertThat(overlapping.parentId()).isEqualTo(20L);
	}

	@Test
	void refusesCycles() {
		Organisation a = saved(Organisation.found("A", OrganisationKind.OTHER, DISTRICT, null, LAST_DAY), 30);
		Organisation b = saved(Organisation.found("B", OrganisationKind.OTHER, DISTRICT, null, LAST_DAY), 31);
		assertThatThrownBy(() -> a.placeUnder(a, Set.of())).hasMessage("organisation.rule.parentCycle");
		// b sits under a; a may not then sit under b
		b.placeUnder(a, Set.of());
		assertThatThrownBy(() -> a.placeUnder(b, Set.of(30L))).hasMessage("organisation.rule.parentCycle");
		a.placeUnder(null, Set.of());
		assertThat(a.parentId()).isNull();
	}

	@Test
	void aCellWithMembersStaysACell() {
		Organisation cell = Organisation.found("Chi bộ", OrganisationKind.PARTY_CELL, DISTRICT, null, LAST_DAY);
		assertThatThrownBy(() -> cell.describe("Chi bộ", OrganisationKind.FRONT_OFFICE, true))
			.hasMessage("organisation.rule.cellHasMembers");
		assertThat(cell.kind()).isEqualTo(OrganisationKind.PARTY_CELL);
		cell.describe("Chi bộ cơ quan", OrganisationKind.OTHER, false);
		assertThat(cell.kind()).isEqualTo(OrganisationKind.OTHER);
		assertThat(cell.name()).isEqualTo("Chi bộ cơ quan");
	}

}
