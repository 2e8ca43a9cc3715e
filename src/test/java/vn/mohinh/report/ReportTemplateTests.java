package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mohinh.organisation.OrganisationKind;

/** Layouts by issuer and date, numbers as each layout writes them, and the article's way of listing villages. */
class ReportTemplateTests {

	@Test
	void partyBodiesWriteAsHd36AndOthersAsNd30FromTheDayTheyTookEffect() {
		assertThat(ReportTemplate.of(OrganisationKind.PARTY_CELL, LocalDate.of(2021, 7, 15))).isEqualTo(ReportTemplate.PARTY_HD36);
		assertThat(ReportTemplate.of(OrganisationKind.FRONT_STANDING_BOARD, LocalDate.of(2021, 7, 15)))
			.isEqualTo(ReportTemplate.STATE_ND30);
		// Before a family's first template took effect, its oldest one is used.
		assertThat(ReportTemplate.of(OrganisationKind.GOVERNMENT, LocalDate.of(2019, 1, 1))).isEqualTo(ReportTemplate.STATE_ND30);
		assertThat(ReportTemplate.PARTY_HD36.numberText(1, OrganisationKind.PARTY_CELL)).isEqualTo("01-BC/CB");
		assertThat(ReportTemplate.PARTY_HD36.numberLine("01-BC/CB")).isEqualTo("Số 01-BC/CB");
		assertThat(ReportTemplate.STATE_ND30.numberText(5, OrganisationKind.FRONT_STANDING_BOARD)).isEqualTo("05/BC-MTTQ-BTT");
		assertThat(ReportTemplate.STATE_ND30.numberLine("05/BC-MTTQ-BTT")).isEqualTo("Số: 05/BC-MTTQ-BTT");
		assertThat(ReportTemplate.signature(OrganisationKind.PARTY_CELL)).containsExactly("T/M CHI BỘ", "BÍ THƯ");
		assertThat(ReportTemplate.signature(OrganisationKind.FRONT_STANDING_BOARD))
			.containsExactly("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH");
	}

	@Test
	void villagesAndDatesAreWrittenAsOfficialDocumentsWriteThem() {
		assertThat(ReportWriter.villages(List.of("Thôn 9", "Thôn 12", "Thôn 13"))).isEqualTo("thôn 9, 12, 13");
		assertThat(ReportWriter.villages(List.of("Thôn 3", "Làng Kon Braih"))).isEqualTo("thôn 3, Làng Kon Braih");
		assertThat(ReportWriter.inText("Thị trấn Đắk Rve")).isEqualTo("thị trấn Đắk Rve");
		assertThat(ReportWriter.place("Huyện Kon Rẫy")).isEqualTo("Kon Rẫy");
		assertThat(ReportWriter.two(5)).isEqualTo("05");
		assertThat(ReportService.dateLine(LocalDate.of(2021, 6, 30), 2021)).isEqualTo("ngày 30 tháng 6 năm 2021");
		assertThat(ReportService.dateLine(LocalDate.of(2025, 1, 5), 2025)).isEqualTo("ngày 05 tháng 01 năm 2025");
	}

}
