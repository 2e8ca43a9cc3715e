package vn.mohinh.shared.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The shared page and header helpers of official Word documents, without the application. */
class OfficialDocxTests {

	@Test
	void aPartyDocumentIsA4WithTheOfficialMarginsAndHeader() throws Exception {
		byte[] bytes;
		try (XWPFDocument document = new XWPFDocument()) {
			OfficialDocx.page(document);
			OfficialDocx.header(document, new OfficialDocx.Issuer(true, "Ban Chấp hành Đảng bộ huyện Kon Rẫy",
					"Chi bộ Mặt trận huyện Kon Rẫy"), new OfficialDocx.Title("ĐẢNG CỘNG SẢN VIỆT NAM", null),
					"Kon Rẫy, ngày 05 tháng 02 năm 2021");
			OfficialDocx.text(document, "Nội dung.");
			bytes = OfficialDocx.bytes(document);
		}
		try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			var section = read.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(((BigInteger) section.getPgMar().getTop()).intValue()).isEqualTo(1134);
			assertThat(((BigInteger) section.getPgMar().getLeft()).intValue()).isEqualTo(1701);
			assertThat(((BigInteger) section.getPgMar().getRight()).intValue()).isEqualTo(850);
			XWPFTable header = read.getTables().get(0);
			assertThat(header.getRow(0).getCell(0).getText()).contains("BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KON RẪY",
					"CHI BỘ MẶT TRẬN HUYỆN KON RẪY", "*");
			assertThat(header.getRow(0).getCell(1).getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM",
					"Kon Rẫy, ngày 05 tháng 02 năm 2021");
			var party = header.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
			assertThat(party.isBold()).isTrue();
			assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
			assertThat(party.getFontFamily()).isEqualTo("Times New Roman");
		}
	}

	@Test
	void numbersAreWrittenAsOfficialDocumentsWriteThem() {
		assertThat(OfficialDocx.two(5)).isEqualTo("05");
		assertThat(OfficialDocx.dateLineMonth(2)).isEqualTo("02");
		assertThat(OfficialDocx.dateLineMonth(9)).isEqualTo("9");
		assertThat(OfficialDocx.roman(4)).isEqualTo("IV");
		assertThat(OfficialDocx.mm(15)).isEqualTo(850);
	}

}
