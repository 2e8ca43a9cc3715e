package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.mohinh.MoHinhTest;

/** The facade other modules use answers within the signed-in user's scope only; demo data loads once. */
@MoHinhTest
class GuidingDocumentsTests {

	@Autowired
	GuidingDocuments guidingDocuments;

	@Autowired
	Documents documents;

	@Autowired
	DocumentDemoData demoData;

	long idOf(String number) {
		return documents.findAll().stream().filter(d -> number.equals(d.number())).findFirst().orElseThrow().id();
	}

	@Test
	@WithUserDetails("huyen")
	void huyenFindsTheDocumentsOfTheDistrictAndTheCentre() {
		long tanLap = idOf("08/KH-MTTQ-BTT");
		assertThat(guidingDocuments.find(tanLap)).hasValueSatisfying(d -> {
			assertThat(d.kind()).isEqualTo(DocumentKind.KE_HOACH);
			assertThat(d.localityName()).contains("Tân Lập");
			assertThat(d.national()).isFalse();
		});
		List<GuidingDocumentView> found = guidingDocuments.search("chi thi 05", 10);
		assertThat(found).extracting(GuidingDocumentView::number).contains("05-CT/TW", "43-KH/HU");
		assertThat(guidingDocuments.search("chi thi 05", 10)).filteredOn(d -> "05-CT/TW".equals(d.number()))
			.allSatisfy(d -> assertThat(d.national()).isTrue());
		assertThat(guidingDocuments.findAll(List.of(tanLap, idOf("05-CT/TW")))).hasSize(2);
	}

	@Test
	@WithUserDetails("dakruong")
	void dakruongFindsNothingOfTanLap() {
		long tanLap = idOf("08/KH-MTTQ-BTT");
		assertThat(guidingDocuments.find(tanLap)).isEmpty();
		assertThat(guidingDocuments.search("dien dan to giac toi pham", 10)).isEmpty();
		assertThat(guidingDocuments.findAll(List.of(tanLap, idOf("05-CT/TW")))).containsOnlyKeys(idOf("05-CT/TW"));
		assertThat(guidingDocuments.find(idOf("05-CT/TW"))).isPresent();
	}

	@Test
	void nobodySignedInFindsNothing() {
		assertThat(guidingDocuments.find(idOf("05-CT/TW"))).isEmpty();
		assertThat(guidingDocuments.search("chi thi", 10)).isEmpty();
	}

	@Test
	void demoDataLoadsOnce() throws Exception {
		long count = documents.count();
		demoData.run(new DefaultApplicationArguments());
		assertThat(documents.count()).isEqualTo(count);
		assertThat(documents.findAll()).filteredOn(d -> d.kind() == DocumentKind.CUOC_VAN_DONG).singleElement()
			.satisfies(campaign -> {
				assertThat(campaign.number()).isNull();
				assertThat(campaign.issuedOn()).isNull();
				assertThat(campaign.year()).isEqualTo(2021);
				assertThat(campaign.issuer()).isEqualTo("Ban Thường vụ Huyện ủy Kon Rẫy");
			});
	}

}
