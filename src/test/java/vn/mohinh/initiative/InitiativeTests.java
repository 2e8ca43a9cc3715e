package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.mohinh.locality.LocalityKind;
import vn.mohinh.shared.files.FileType;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.organisation.Gender;
import vn.mohinh.organisation.PersonView;

/** The rules of the aggregate: places, dates, types, overlaps, registration and lifecycle. */
class InitiativeTests {

	static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
	static final LocalityView COMMUNE = new LocalityView(10, LocalityKind.XA, "23488", "Đắk Ruồng", "Xã Đắk Ruồng", null, 5L,
			"/1/5/10/", null, null, 0);
	static final LocalityView OTHER = new LocalityView(11, LocalityKind.XA, "23497", "Tân Lập", "Xã Tân Lập", null, 5L,
			"/1/5/11/", null, null, 0);
	static final LocalityView THON_9 = village(100, "Thôn 9", 10);
	static final LocalityView THON_12 = village(101, "Thôn 12", 10);
	static final LocalityView THON_3_TAN_LAP = village(200, "Thôn 3", 11);
	static final InitiativeTypeView TYPE = new InitiativeTypeView(1, "Khu dân cư đảm bảo an toàn giao thông",
			InitiativeField.AN_NINH_TRAT_TU, null, false, null, 0);
	static final InitiativeTypeView OTHER_TYPE = new InitiativeTypeView(2, "Xanh, sạch, đẹp", InitiativeField.MOI_TRUONG,
			null, false, null, 0);
	static final InitiativeTypeView RETIRED = new InitiativeTypeView(3, "Cũ", InitiativeField.KINH_TE, null, true,
			LocalDate.of(2020, 1, 1), 0);

	static LocalityView village(long id, String name, long parent) {
		return new LocalityView(id, LocalityKind.THON, null, name, name, null, parent, "/1/5/" + parent + "/" + id + "/", null,
				null, 0);
	}

	static InitiativeDetails details(LocalDate start, LocalDate end, String overlapReason) {
		return new InitiativeDetails("Khu dân cư an toàn giao thông", null, start, end, false, PilotLevel.DIEM_CAP_XA, null,
				null, null, List.of(), Set.of(), List.of(), overlapReason);
	}

	static Initiative started() {
		return Initiative.start(details(LocalDate.of(2019, 11, 1), null, null), TYPE, COMMUNE, "Xã Đắk Ruồng",
				List.of(THON_9, THON_12), List.of(), NOW);
	}

	@Test
	void startsInTwoVillagesWithADraftRegistrationAndItsLevel() {
		Initiative i = started();
		assertThat(i.sites()).extracting(Site::villageName).containsExactlyInAnyOrder("Thôn 9", "Thôn 12");
		assertThat(i.registration(2019)).get().extracting(Registration::status).isEqualTo(RegistrationStatus.DRAFT);
		assertThat(i.currentLevel()).isEqualTo(PilotLevel.DIEM_CAP_XA);
		assertThat(i.scopePath()).isEqualTo("/1/5/10/");
		assertThat(i.status()).isEqualTo(InitiativeStatus.ACTIVE);
	}

	@Test
	void refusesAVillageOutsideTheCommune() {
		assertThatThrownBy(() -> Initiative.start(details(LocalDate.of(2019, 11, 1), null, null), TYPE, COMMUNE, "x",
				List.of(THON_9, THON_3_TAN_LAP), List.of(), NOW))
			.isInstanceOf(InitiativeRuleException.class).hasMessage("initiative.error.villages.outside");
	}

	@Test
	void refusesAVillageAsCommuneAndNoVillages() {
		assertThatThrownBy(() -> Initiative.start(details(LocalDate.of(2019, 11, 1), null, null), TYPE, THON_9, "x",
				List.of(THON_12), List.of(), NOW)).hasMessage("initiative.error.commune.notCommune");
		assertThatThrownBy(() -> Initiative.start(details(LocalDate.of(2019, 11, 1), null, null), TYPE, COMMUNE, "x",
				List.of(), List.of(), NOW)).hasMessage("initiative.error.villages.required");
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatThrownBy(() -> Initiative.start(details(LocalDate.of(2019, 11, 1), LocalDate.of(2019, 10, 31), null), TYPE,
				COMMUNE, "x", List.of(THON_9), List.of(), NOW))
			.isInstanceOf(InitiativeRuleException.class)
			.satisfies(e -> assertThat(((InitiativeRuleException) e).field()).isEqualTo("endDate"));
	}

	@Test
	void refusesARetiredTypeForANewModelButAModelKeepsItsOwn() {
		assertThatThrownBy(() -> Initiative.start(details(LocalDate.of(2019, 11, 1), null, null), RETIRED, COMMUNE, "x",
				List.of(THON_9), List.of(), NOW)).hasMessage("initiative.error.type.retired");
	}

	@Test
	void refusesAPersonInChargeWhoIsNoPartyMember() {
		PersonView notMember = new PersonView(7, "Hoàng Văn Nam", Gender.MALE, 1992, "Kinh", false, false, null, "Chuyên viên",
				1, "/1/5/", true);
		InitiativeDetails d = new InitiativeDetails("Mô hình", null, LocalDate.of(2020, 1, 1), null, false, null, null,
				new Ref(1, "Cơ quan"), notMember, List.of(), Set.of(), List.of(), null);
		assertThatThrownBy(() -> Initiative.start(d, TYPE, COMMUNE, "x", List.of(THON_9), List.of(), NOW))
			.hasMessage("initiative.error.personInCharge.notPartyMember");
	}

	@Test
	void warnsOfTheSameTypeInTheVillageUntilAReasonIsGiven() {
		List<String> overlaps = List.of("Khu dân cư an toàn giao thông (Thôn 9)");
		assertThatThrownBy(() -> Initiative.start(details(LocalDate.of(2020, 1, 1), null, " "), TYPE, COMMUNE, "x",
				List.of(THON_9), overlaps, NOW))
			.isInstanceOf(InitiativeRuleException.class)
			.satisfies(e -> assertThat(((InitiativeRuleException) e).field()).isEqualTo("overlapReason"))
			.hasMessage("initiative.warning.overlap");
		Initiative kept = Initiative.start(details(LocalDate.of(2020, 1, 1), null, "Thôn 9 rộng, hai nhóm hộ"), TYPE, COMMUNE,
				"x", List.of(THON_9), overlaps, NOW);
		assertThat(kept.overlapReason()).isEqualTo("Thôn 9 rộng, hai nhóm hộ");
	}

	@Test
	void registrationIsSubmittedByTheCommuneAndRegisteredOnlyFromAbove() {
		Initiative i = started();
		assertThatThrownBy(() -> i.register(2019, true, new Ref(9, "Ban Tuyên giáo"), LocalDate.of(2019, 11, 20), "1", "huyen", NOW))
			.hasMessage("initiative.error.registration.notSubmitted");
		i.submit(2019, "dakruong", NOW);
		assertThatThrownBy(() -> i.submit(2019, "dakruong", NOW)).hasMessage("initiative.error.registration.alreadySubmitted");
		assertThatThrownBy(() -> i.register(2019, false, new Ref(9, "Ban Tuyên giáo"), LocalDate.of(2019, 11, 20), "1",
				"dakruong", NOW)).hasMessage("initiative.error.registration.notAbove");
		i.register(2019, true, new Ref(9, "Ban Tuyên giáo Huyện ủy Kon Rẫy"), LocalDate.of(2019, 11, 20), "12/ĐK", "huyen", NOW);
		Registration r = i.registration(2019).orElseThrow();
		assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(r.organisationName()).isEqualTo("Ban Tuyên giáo Huyện ủy Kon Rẫy");
		assertThat(r.referenceNumber()).isEqualTo("12/ĐK");
		assertThat(r.submittedBy()).isEqualTo("dakruong");
	}

	@Test
	void aReturnedRegistrationCarriesItsReasonAndMayBeSubmittedAgain() {
		Initiative i = started();
		i.submit(2019, "dakruong", NOW);
		assertThatThrownBy(() -> i.returnRegistration(2019, true, " ", "huyen", NOW))
			.hasMessage("initiative.error.registration.reasonRequired");
		i.returnRegistration(2019, true, "Thiếu chỉ tiêu", "huyen", NOW);
		assertThat(i.registration(2019).orElseThrow().reason()).isEqualTo("Thiếu chỉ tiêu");
		i.submit(2019, "dakruong", NOW);
		assertThat(i.registration(2019).orElseThrow().status()).isEqualTo(RegistrationStatus.SUBMITTED);
	}

	@Test
	void registrationIsRenewedPerYearWithinTheModelsPeriod() {
		Initiative i = started();
		i.renew(2020, NOW);
		assertThat(i.registration(2020)).get().extracting(Registration::status).isEqualTo(RegistrationStatus.DRAFT);
		assertThatThrownBy(() -> i.renew(2020, NOW)).hasMessage("initiative.error.registration.exists");
		assertThatThrownBy(() -> i.renew(2018, NOW)).hasMessage("initiative.error.registration.yearOutside");
	}

	@Test
	void aDiscontinuedModelIsClosed() {
		Initiative i = started();
		assertThatThrownBy(() -> i.discontinue(LocalDate.of(2022, 1, 1), "", NOW))
			.hasMessage("initiative.error.lifecycle.reasonRequired");
		i.discontinue(LocalDate.of(2022, 1, 1), "Không hiệu quả", NOW);
		assertThat(i.status()).isEqualTo(InitiativeStatus.DISCONTINUED);
		assertThat(i.endDate()).isEqualTo(LocalDate.of(2022, 1, 1));
		assertThatThrownBy(() -> i.maintain(LocalDate.of(2022, 2, 1), NOW)).hasMessage("initiative.error.lifecycle.closed");
		assertThatThrownBy(() -> i.submit(2022, "x", NOW)).hasMessage("initiative.error.lifecycle.closed");
	}

	@Test
	void aConversionNeedsAnotherTypeAndClosesTheOrigin() {
		Initiative origin = started();
		Initiative sameType = started();
		assertThatThrownBy(() -> sameType.descendFrom(origin, LineageRelation.CONVERSION))
			.hasMessage("initiative.error.lineage.sameType");
		Initiative successor = Initiative.start(details(LocalDate.of(2021, 3, 1), null, null), OTHER_TYPE, COMMUNE, "x",
				List.of(THON_9), List.of(), NOW);
		successor.descendFrom(origin, LineageRelation.CONVERSION);
		origin.convertTo(LocalDate.of(2021, 3, 1), "Chuyển sang vệ sinh môi trường", NOW);
		assertThat(successor.originRelation()).isEqualTo(LineageRelation.CONVERSION);
		assertThat(origin.status()).isEqualTo(InitiativeStatus.CONVERTED);
		assertThat(origin.endDate()).isEqualTo(LocalDate.of(2021, 3, 1));
	}

	@Test
	void aReplicatedOriginKeepsRunningAndMayBeMaintained() {
		Initiative origin = started();
		origin.spreadTo(LocalDate.of(2020, 6, 1), NOW);
		assertThat(origin.status()).isEqualTo(InitiativeStatus.REPLICATED);
		origin.maintain(LocalDate.of(2021, 1, 1), NOW);
		assertThat(origin.status()).isEqualTo(InitiativeStatus.MAINTAINED);
		assertThatThrownBy(() -> origin.maintain(LocalDate.of(2021, 1, 1), NOW))
			.hasMessage("initiative.error.lifecycle.alreadyMaintained");
	}

	@Test
	void theLevelChangesPerYearWithinThePeriod() {
		Initiative i = started();
		i.setLevel(2021, PilotLevel.DIEM_CAP_HUYEN);
		assertThat(i.currentLevel()).isEqualTo(PilotLevel.DIEM_CAP_HUYEN);
		assertThat(i.levels()).hasSize(2);
		assertThatThrownBy(() -> i.setLevel(2018, PilotLevel.DIEM_CAP_TINH)).hasMessage("initiative.error.level.yearOutside");
	}

	@Test
	void aPhotoNeedsItsAlternativeText() {
		Initiative i = started();
		assertThatThrownBy(() -> i.attach(new StoredFile(true, "a".repeat(64), "anh.jpg", FileType.JPEG, 10L, " "), NOW))
			.hasMessage("initiative.error.file.altRequired");
	}

}
