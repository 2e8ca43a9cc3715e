package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The aggregate's rules, without Spring. */
class GuidingDocumentTests {

	private static final Function<DocumentKind, String> NAMES = kind -> kind == DocumentKind.CHI_THI ? "Chỉ thị" : "Kế hoạch";
	private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

	private static DocumentDetails details(String number, LocalDate issuedOn, Integer year) {
		return new DocumentDetails(DocumentKind.CHI_THI, number, issuedOn, year, " Bộ  Chính trị ",
				"về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", null);
	}

	private static String fieldOf(Runnable action) {
		try {
			action.run();
		}
		catch (DocumentRuleException ex) {
			return ex.field() + ":" + ex.messageKey();
		}
		return "no error";
	}

	@Test
	void yearIsRequired() {
		assertThat(fieldOf(() -> details("05-CT/TW", null, null))).isEqualTo("year:document.error.year.required");
	}

	@Test
	void yearMustMatchTheDayOfIssue() {
		assertThat(fieldOf(() -> details("05-CT/TW", LocalDate.of(2016, 5, 15), 2017)))
			.isEqualTo("year:document.error.year.mismatch");
		assertThat(details("05-CT/TW", LocalDate.of(2016, 5, 15), 2016).year()).isEqualTo(2016);
	}

	@Test
	void aYearWithoutADayIsEnough() {
		DocumentDetails campaign = details(null, null, 2021);
		assertThat(campaign.issuedOn()).isNull();
		assertThat(campaign.referenceDay()).isEqualTo(LocalDate.of(2021, 1, 1));
	}

	@Test
	void yearOutsideTheRangeIsRefused() {
		assertThat(fieldOf(() -> details(null, null, 1800))).isEqualTo("year:document.error.year.range");
		assertThat(fieldOf(() -> details(null, null, 3000))).isEqualTo("year:document.error.year.range");
	}

	@Test
	void titleIssuerAndKindAreRequired() {
		assertThat(fieldOf(() -> new DocumentDetails(DocumentKind.CHI_THI, null, null, 2020, "Bộ Chính trị", "  ", null)))
			.isEqualTo("title:document.error.title.required");
		assertThat(fieldOf(() -> new DocumentDetails(DocumentKind.CHI_THI, null, null, 2020, null, "x", null)))
			.isEqualTo("issuer:document.error.issuer.required");
		assertThat(fieldOf(() -> new DocumentDetails(null, null, null, 2020, "Bộ Chính trị", "x", null)))
			.isEqualTo("kind:document.error.kind.required");
	}

	@Test
	void numberAndIssuerAreComparedWithoutCaseSpacesOrAccents() {
		DocumentDetails a = details("05-CT/TW", null, 2016);
		DocumentDetails b = new DocumentDetails(DocumentKind.CHI_THI, " 05 - ct/tw ", null, 2016, "bo chinh tri", "x", null);
		assertThat(a.numberKey()).isEqualTo(b.numberKey()).isEqualTo("05-ct/tw");
		assertThat(a.issuerKey()).isEqualTo(b.issuerKey()).isEqualTo("bo chinh tri");
		assertThat(a.issuer()).isEqualTo("Bộ Chính trị");
		assertThat(details("  ", null, 2016).number()).isNull();
	}

	@Test
	void searchKeyHoldsKindNumberTitleAndIssuerFolded() {
		GuidingDocument document = GuidingDocument.register(details("05-CT/TW", LocalDate.of(2016, 5, 15), 2016),
				Placement.NATIONAL, NAMES, NOW);
		assertThat(document.searchKey()).startsWith("chi thi 05-ct/tw ve day manh").endsWith("bo chinh tri");
		assertThat(document.national()).isTrue();
	}

	@Test
	void withdrawnOnceAndRestoredOnce() {
		GuidingDocument document = GuidingDocument.register(details(null, null, 2021), Placement.NATIONAL, NAMES, NOW);
		assertThat(fieldOf(() -> document.restore(NOW))).isEqualTo("withdrawn:document.error.notWithdrawn");
		document.withdraw(NOW);
		assertThat(document.withdrawn()).isTrue();
		assertThat(document.withdrawnAt()).isEqualTo(NOW);
		assertThat(fieldOf(() -> document.withdraw(NOW))).isEqualTo("withdrawn:document.error.alreadyWithdrawn");
		document.restore(NOW);
		assertThat(document.withdrawn()).isFalse();
		assertThat(document.withdrawnAt()).isNull();
	}

	@Test
	void revisingMovesTheDocumentAndItsScope() {
		GuidingDocument document = GuidingDocument.register(details(null, null, 2021), Placement.NATIONAL, NAMES, NOW);
		document.revise(details("43-KH/HU", LocalDate.of(2017, 1, 24), 2017),
				new Placement(7L, "huyện Kon Rẫy, tỉnh Kon Tum", "/1/7/"), NAMES, NOW);
		assertThat(document.scopePath()).isEqualTo("/1/7/");
		assertThat(document.localityName()).isEqualTo("huyện Kon Rẫy, tỉnh Kon Tum");
		assertThat(document.national()).isFalse();
		assertThat(document.number()).isEqualTo("43-KH/HU");
	}

	@Test
	void aLocalityAlwaysComesWithItsScopePath() {
		assertThatThrownBy(() -> new Placement(7L, "x", null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Placement(null, null, "/1/")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theFormDerivesTheYearFromTheDay() {
		DocumentForm form = new DocumentForm();
		form.setKind(DocumentKind.KE_HOACH);
		form.setIssuedOn("24/1/2017");
		form.setIssuer("Ban Chấp hành Đảng bộ huyện Kon Rẫy");
		form.setTitle("thực hiện Chỉ thị số 05-CT/TW");
		assertThat(form.toDetails().year()).isEqualTo(2017);
		assertThat(form.toDetails().issuedOn()).isEqualTo(LocalDate.of(2017, 1, 24));
	}

	@Test
	void theFormRefusesDaysThatDoNotExist() {
		DocumentForm form = new DocumentForm();
		form.setKind(DocumentKind.KE_HOACH);
		form.setIssuer("Ban Chấp hành Đảng bộ huyện Kon Rẫy");
		form.setTitle("x");
		form.setIssuedOn("31/02/2021");
		assertThat(fieldOf(form::toDetails)).isEqualTo("issuedOn:document.error.issuedOn.invalid");
		form.setIssuedOn("2021-02-01");
		assertThat(fieldOf(form::toDetails)).isEqualTo("issuedOn:document.error.issuedOn.invalid");
	}

}
