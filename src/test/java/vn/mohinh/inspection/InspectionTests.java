package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.mohinh.evaluation.Rating;
import vn.mohinh.shared.files.FileType;

/** The rules of an inspection, without Spring: dates, team, rating, actions, photos, location, withdrawal. */
class InspectionTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
	static final InspectedModel MODEL = new InspectedModel(7, "Khu dân cư văn hóa kiểu mẫu", 3, "Khu dân cư văn hóa kiểu mẫu",
			11, "Xã Đắk Ruồng", "Thôn 10, Xã Đắk Ruồng, Huyện Kon Rẫy, Tỉnh Kon Tum", "/1/2/3/", LocalDate.of(2019, 11, 1), null);

	static InspectionDetails details(LocalDate on, Rating rating, List<FollowUp> actions) {
		return new InspectionDetails(on, InspectionKind.KIEM_TRA, null, "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng",
				List.of(new TeamMember(null, "Đinh Thị Hoa", "Trưởng đoàn")), List.of(), rating, "Tốt", null, actions, null,
				null, null);
	}

	static Inspection recorded() {
		return Inspection.record(MODEL, details(LocalDate.of(2020, 10, 15), Rating.KHA, List.of()), List.of(), TODAY,
				"dakruong", Instant.now());
	}

	static List<String> fields(InspectionRuleException ex) {
		return ex.violations().stream().map(InspectionRuleException.Violation::field).toList();
	}

	@Test
	void aValidInspectionFreezesTheModelAndFoldsItsSearchKey() {
		Inspection inspection = recorded();
		assertThat(inspection.initiativeId()).isEqualTo(7L);
		assertThat(inspection.scopePath()).isEqualTo("/1/2/3/");
		assertThat(inspection.placeText()).startsWith("Thôn 10");
		assertThat(inspection.status()).isEqualTo(InspectionStatus.RECORDED);
		assertThat(inspection.standing()).isTrue();
		assertThat(Inspection.searchKeyOf("Khu dân cư văn hóa", "Xã Đắk Ruồng")).isEqualTo("khu dan cu van hoa xa dak ruong");
	}

	@Test
	void aDayAfterTodayIsRefusedByItsField() {
		assertThatThrownBy(() -> Inspection.record(MODEL, details(TODAY.plusDays(1), Rating.TOT, List.of()), List.of(),
				TODAY, "dakruong", Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("inspectedOn");
				assertThat(ex.messageKey()).isEqualTo("inspection.error.date.future");
				assertThat(ex.args()).containsExactly("26/11/2026");
			});
		// Today itself is fine.
		assertThat(Inspection.record(MODEL, details(TODAY, Rating.TOT, List.of()), List.of(), TODAY, "x", Instant.now())
			.inspectedOn()).isEqualTo(TODAY);
	}

	@Test
	void aDayBeforeTheModelStartedOrAfterItEndedIsRefused() {
		assertThatThrownBy(() -> Inspection.record(MODEL, details(LocalDate.of(2019, 10, 31), Rating.TOT, List.of()),
				List.of(), TODAY, "x", Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("inspection.error.date.beforeStart");
				assertThat(ex.args()).containsExactly("01/11/2019");
			});
		InspectedModel ended = new InspectedModel(7, "M", 3, "T", 11, "Xã", "Thôn", "/1/", LocalDate.of(2019, 11, 1),
				LocalDate.of(2021, 12, 31));
		assertThatThrownBy(() -> Inspection.record(ended, details(LocalDate.of(2022, 1, 5), Rating.TOT, List.of()),
				List.of(), TODAY, "x", Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("inspection.error.date.afterEnd"));
	}

	@Test
	void aDueDateBeforeTheInspectionIsRefusedByItsRow() {
		List<FollowUp> actions = List.of(
				new FollowUp("Sửa nhà văn hóa", null, null, LocalDate.of(2020, 12, 31), ActionStatus.OPEN),
				new FollowUp("Mua thùng rác", null, null, LocalDate.of(2020, 10, 14), ActionStatus.OPEN));
		assertThatThrownBy(() -> Inspection.record(MODEL, details(LocalDate.of(2020, 10, 15), Rating.KHA, actions),
				List.of(), TODAY, "x", Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class, ex -> {
				assertThat(fields(ex)).containsExactly("actions[1].dueOn");
				assertThat(ex.messageKey()).isEqualTo("inspection.error.action.dueBeforeInspection");
			});
		// The same day is fine, and an action starts open.
		Inspection inspection = Inspection.record(MODEL, details(LocalDate.of(2020, 10, 15), Rating.KHA,
				List.of(new FollowUp("Họp thôn", null, null, LocalDate.of(2020, 10, 15), null))), List.of(), TODAY, "x",
				Instant.now());
		assertThat(inspection.actions()).singleElement().extracting(FollowUp::status).isEqualTo(ActionStatus.OPEN);
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		InspectionDetails empty = new InspectionDetails(null, null, null, " ", List.of(), List.of(), null, null, null,
				List.of(new FollowUp(" ", null, null, null, null)), BigDecimal.valueOf(91), BigDecimal.valueOf(200), -3);
		assertThatThrownBy(() -> Inspection.record(MODEL, empty, List.of(), TODAY, "x", Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class, ex -> assertThat(fields(ex)).containsExactlyInAnyOrder(
					"inspectedOn", "kind", "organisationId", "team", "rating", "actions[0].description", "latitude",
					"longitude", "locationAccuracy"));
	}

	@Test
	void aSurveyNeedNotBeRatedButAnInspectionMust() {
		InspectionDetails survey = new InspectionDetails(LocalDate.of(2021, 10, 7), InspectionKind.KHAO_SAT, null, "Ban",
				List.of(new TeamMember(null, "Phạm Văn Đức", "Trưởng đoàn")), List.of(), null, "Ổn", null, List.of(), null,
				null, null);
		assertThat(Inspection.record(MODEL, survey, List.of(), TODAY, "x", Instant.now()).rating()).isNull();
		assertThatThrownBy(() -> Inspection.record(MODEL, details(LocalDate.of(2021, 10, 7), null, List.of()), List.of(),
				TODAY, "x", Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class, ex -> assertThat(ex.field()).isEqualTo("rating"));
	}

	@Test
	void aRoleWithoutANameIsRefused() {
		InspectionDetails d = new InspectionDetails(LocalDate.of(2021, 1, 5), InspectionKind.KIEM_TRA, null, "Ban",
				List.of(new TeamMember(null, "Đinh Thị Hoa", "Trưởng đoàn"), new TeamMember(null, " ", "Thư ký")), List.of(),
				Rating.TOT, null, null, List.of(), null, null, null);
		assertThatThrownBy(() -> Inspection.record(MODEL, d, List.of(), TODAY, "x", Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class, ex -> assertThat(fields(ex)).containsExactly("team[1].name"));
	}

	@Test
	void aLocationNeedsBothCoordinatesInRange() {
		InspectionRuleException.Rules rules = new InspectionRuleException.Rules();
		Inspection.checkLocation(new BigDecimal("14.585200"), null, null, rules);
		assertThat(rules.has("latitude")).isTrue();
		InspectionRuleException.Rules fine = new InspectionRuleException.Rules();
		Inspection.checkLocation(new BigDecimal("-90"), new BigDecimal("180"), 0, fine);
		assertThat(fine.any()).isFalse();
		InspectionRuleException.Rules outside = new InspectionRuleException.Rules();
		Inspection.checkLocation(new BigDecimal("-90.000001"), new BigDecimal("108.2"), 5, outside);
		assertThat(outside.has("latitude")).isTrue();
		assertThat(outside.has("longitude")).isFalse();
	}

	@Test
	void everyPhotoNeedsItsAlternativeText() {
		Photo described = new Photo("a".repeat(64), "anh.png", FileType.PNG, 100L, "Đường thôn sạch sẽ");
		Photo bare = new Photo("b".repeat(64), "anh2.png", FileType.PNG, 100L, " ");
		assertThatThrownBy(() -> Inspection.record(MODEL, details(LocalDate.of(2020, 10, 15), Rating.KHA, List.of()),
				List.of(described, bare), TODAY, "x", Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class, ex -> {
				assertThat(fields(ex)).containsExactly("photos[1].altText");
				assertThat(ex.messageKey()).isEqualTo("inspection.error.photo.altRequired");
			});
	}

	@Test
	void aRevisionKeepsTheSnapshotReplacesTheDetailsAndDropsChosenPhotos() {
		Photo one = new Photo("a".repeat(64), "1.png", FileType.PNG, 100L, "Một");
		Photo two = new Photo("b".repeat(64), "2.png", FileType.PNG, 100L, "Hai");
		Inspection inspection = Inspection.record(MODEL, details(LocalDate.of(2020, 10, 15), Rating.KHA, List.of()),
				List.of(one, two), TODAY, "x", Instant.now());
		Photo three = new Photo("c".repeat(64), "3.png", FileType.PNG, 100L, "Ba");
		inspection.revise(MODEL, details(LocalDate.of(2020, 10, 16), Rating.TOT, List.of()), Set.of(0), List.of(three),
				TODAY, Instant.now());
		assertThat(inspection.rating()).isEqualTo(Rating.TOT);
		assertThat(inspection.inspectedOn()).isEqualTo(LocalDate.of(2020, 10, 16));
		assertThat(inspection.photos()).extracting(Photo::altText).containsExactly("Hai", "Ba");
		assertThat(inspection.initiativeName()).isEqualTo(MODEL.name());
	}

	@Test
	void withdrawalNeedsAReasonHappensOnceAndEndsCorrections() {
		Inspection inspection = recorded();
		assertThatThrownBy(() -> inspection.withdraw("  ", TODAY, "huyen", Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("reason");
				assertThat(ex.messageKey()).isEqualTo("inspection.error.withdraw.reasonRequired");
			});
		assertThat(inspection.standing()).isTrue();
		inspection.withdraw(" Ghi trùng với biên bản ngày 15/10 ", TODAY, "huyen", Instant.now());
		assertThat(inspection.status()).isEqualTo(InspectionStatus.WITHDRAWN);
		assertThat(inspection.withdrawnReason()).isEqualTo("Ghi trùng với biên bản ngày 15/10");
		assertThat(inspection.withdrawnBy()).isEqualTo("huyen");
		assertThatThrownBy(() -> inspection.withdraw("Lần nữa", TODAY, "huyen", Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("inspection.error.withdrawn"));
		assertThatThrownBy(() -> inspection.revise(MODEL, details(LocalDate.of(2020, 10, 15), Rating.TOT, List.of()),
				Set.of(), List.of(), TODAY, Instant.now()))
			.isInstanceOfSatisfying(InspectionRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("inspection.error.withdrawn"));
	}

	@Test
	void theTeamLeaderSignsTheMinutes() {
		assertThat(new TeamMember(null, "A", "Trưởng đoàn giám sát").leads()).isTrue();
		assertThat(new TeamMember(null, "B", "trưởng đoàn").leads()).isTrue();
		assertThat(new TeamMember(null, "C", "Phó Trưởng đoàn").leads()).isFalse();
		assertThat(new TeamMember(null, "D", null).leads()).isFalse();
	}

	@Test
	void theMinutesNameThePlaceWithoutTheUnitKind() {
		assertThat(InspectionMinutes.placeName("Xã Đắk Ruồng")).isEqualTo("Đắk Ruồng");
		assertThat(InspectionMinutes.placeName("Thị trấn Đăk Rve")).isEqualTo("Đăk Rve");
		assertThat(InspectionMinutes.placeName("Kon Rẫy")).isEqualTo("Kon Rẫy");
		assertThat(vn.mohinh.shared.docx.OfficialDocx.mm(20)).isEqualTo(1134);
		assertThat(vn.mohinh.shared.docx.OfficialDocx.mm(30)).isEqualTo(1701);
	}

}
