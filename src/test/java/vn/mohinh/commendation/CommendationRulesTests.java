package vn.mohinh.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of the aggregate, without the application. */
class CommendationRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
	static final List<Recipient> ONE = List.of(new Recipient(RecipientKind.MODEL, 1, "Mô hình", "/1/2/3/"));

	static Commendation.Details formal(AwardCategory category, Award award, String number) {
		return new Commendation.Details(CommendationKind.FORMAL, category, award, null, "Ủy ban MTTQ Việt Nam huyện Kon Rẫy",
				BodyLevel.DISTRICT, number, LocalDate.of(2021, 12, 20), 2021, null, null, null);
	}

	static List<String> fields(Runnable r) {
		try {
			r.run();
			return List.of();
		}
		catch (CommendationRuleException ex) {
			return ex.violations().stream().map(CommendationRuleException.Violation::field).toList();
		}
	}

	@Test
	void aFormOfRewardAndATitleAreNeverMixed() {
		assertThat(fields(() -> Commendation.check(formal(AwardCategory.FORM, Award.LAO_DONG_TIEN_TIEN, "1/QĐ"), ONE, TODAY)))
			.containsExactly("award");
		assertThat(fields(() -> Commendation.check(formal(AwardCategory.TITLE, Award.BANG_KHEN, "1/QĐ"), ONE, TODAY)))
			.containsExactly("award");
		assertThat(fields(() -> Commendation.check(formal(AwardCategory.TITLE, Award.LAO_DONG_TIEN_TIEN, "1/QĐ"), ONE, TODAY)))
			.isEmpty();
		assertThat(Award.of(AwardCategory.FORM)).doesNotContainAnyElementsOf(Award.of(AwardCategory.TITLE));
	}

	@Test
	void aCommendationNeedsANumberAndPraiseAnOccasionButNoNumber() {
		assertThat(fields(() -> Commendation.check(formal(AwardCategory.FORM, Award.GIAY_KHEN, " "), ONE, TODAY)))
			.containsExactly("decisionNumber");
		Commendation.Details praise = new Commendation.Details(CommendationKind.PRAISE, AwardCategory.FORM, Award.GIAY_KHEN,
				null, "Ban Thường trực", BodyLevel.COMMUNE, "99/QĐ", LocalDate.of(2020, 11, 18), null, null, null, null);
		assertThat(fields(() -> Commendation.check(praise, ONE, TODAY))).containsExactly("occasion");
		Commendation.Details withOccasion = new Commendation.Details(CommendationKind.PRAISE, AwardCategory.FORM,
				Award.GIAY_KHEN, null, "Ban Thường trực", BodyLevel.COMMUNE, "99/QĐ", LocalDate.of(2020, 11, 18), null, null,
				"Ngày hội Đại đoàn kết", null);
		Commendation c = Commendation.record(withOccasion, ONE, "/1/", TODAY, "huyen", Instant.now());
		// Praise keeps no number, no award: it is not a decision.
		assertThat(c.decisionNumber()).isNull();
		assertThat(c.award()).isNull();
		assertThat(c.year()).isEqualTo(2020);
	}

	@Test
	void datesYearsAndRecipientsAreChecked() {
		Commendation.Details future = new Commendation.Details(CommendationKind.FORMAL, AwardCategory.FORM, Award.GIAY_KHEN,
				null, "Cơ quan", BodyLevel.DISTRICT, "1/QĐ", TODAY.plusDays(1), 2027, null, null, null);
		assertThat(fields(() -> Commendation.check(future, List.of(), TODAY))).contains("recognisedOn", "recipients");
		Commendation.Details wrongYear = new Commendation.Details(CommendationKind.FORMAL, AwardCategory.FORM, Award.GIAY_KHEN,
				null, "Cơ quan", BodyLevel.DISTRICT, "1/QĐ", LocalDate.of(2021, 1, 10), 2018, null, null, null);
		assertThat(fields(() -> Commendation.check(wrongYear, ONE, TODAY))).containsExactly("year");
	}

	@Test
	void numbersAndBodiesCompareIgnoringAccentsCaseAndSpaces() {
		assertThat(Commendation.numberKey("Số: 12 /QĐ-MTTQ")).isEqualTo(Commendation.numberKey("12/qđ-mttq"));
		assertThat(Commendation.key("Ủy ban  MTTQ Việt Nam huyện Kon Rẫy")).isEqualTo(Commendation.key("uy ban mttq viet nam huyen kon ray"));
	}

	@Test
	void aWithdrawalNeedsAReasonAndHappensOnce() {
		Commendation c = Commendation.record(formal(AwardCategory.FORM, Award.GIAY_KHEN, "1/QĐ"), ONE, "/1/", TODAY, "huyen",
				Instant.now());
		assertThat(fields(() -> c.withdraw(" ", Instant.now()))).containsExactly("reason");
		c.withdraw("Ghi nhầm", Instant.now());
		assertThat(c.withdrawn()).isTrue();
		assertThatThrownBy(() -> c.withdraw("Lần nữa", Instant.now())).isInstanceOf(CommendationRuleException.class);
	}

	@Test
	void theCommonPlaceOfRecipientsIsTheirDeepestSharedUnit() {
		assertThat(CommendationService.commonPlace(List.of("/1/22/333/", "/1/22/334/"))).isEqualTo("/1/22/");
		assertThat(CommendationService.commonPlace(List.of("/1/22/333/4444/", "/1/22/333/"))).isEqualTo("/1/22/333/");
		assertThat(CommendationService.residents("Thôn 12")).isEqualTo("Nhân dân thôn 12");
	}

	@Test
	void aNominationIsDecidedOrDeclinedOnce() {
		Nomination n = Nomination.propose(1, "Mô hình", null, 2021, "Thành tích", "/1/", 2026, "huyen", Instant.now());
		assertThat(fields(() -> n.decline(" ", "huyen", Instant.now()))).containsExactly("declinedReason");
		n.decided(5, "huyen", Instant.now());
		assertThat(n.status()).isEqualTo(NominationStatus.DECIDED);
		assertThatThrownBy(() -> n.decline("Muộn", "huyen", Instant.now())).isInstanceOf(CommendationRuleException.class);
		assertThat(fields(() -> Nomination.propose(1, "Mô hình", null, 2030, "", "/1/", 2026, "huyen", Instant.now())))
			.containsExactly("year", "reason");
	}

}
