package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/** The Excel round trip: what the export writes, the import reads, with the form's rules, all or nothing. */
@MoHinhTest
class InitiativeImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long models() {
		return jdbc.sql("select count(*) from initiative").query(Long.class).single();
	}

	byte[] exportOf(String query) throws Exception {
		return mvc.perform(get(URI.create("/initiatives/export.xlsx" + query))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
	}

	ResultActions upload(byte[] workbook) throws Exception {
		return mvc.perform(multipart("/initiatives/import").file(new MockMultipartFile("file", "mo-hinh.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook)).with(csrf()));
	}

	/**
	 * The exported rows as a person edits them in Excel: every model renamed and, when given, a column
	 * with a reason for running twice. Copied into a new workbook (cells rewritten in place keep their
	 * streamed inline text).
	 */
	static byte[] edited(byte[] exported, String suffix, String reason) throws Exception {
		try (XSSFWorkbook source = new XSSFWorkbook(new ByteArrayInputStream(exported));
				XSSFWorkbook copy = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet from = source.getSheetAt(0);
			Sheet to = copy.createSheet("Mô hình");
			boolean afterHeader = false;
			int target = 0;
			for (Row row : from) {
				Row copied = to.createRow(target++);
				for (int c = 0; c < row.getLastCellNum(); c++) {
					String text = row.getCell(c) == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(c));
					if (afterHeader && c == 0) {
						text = text + suffix;
					}
					copied.createCell(c).setCellValue(text);
				}
				if (reason != null && (afterHeader || "Tên mô hình".equals(copied.getCell(0).getStringCellValue()))) {
					copied.createCell(row.getLastCellNum()).setCellValue(afterHeader ? reason : "Lý do nếu trùng");
				}
				afterHeader = afterHeader || "Tên mô hình".equals(copied.getCell(0).getStringCellValue());
			}
			copy.write(out);
			return out.toByteArray();
		}
	}

	@Test
	@WithUserDetails("dakruong")
	void anExportedListComesBackInWithTheFormsRules() throws Exception {
		byte[] exported = exportOf("?q=ha%20mon");
		long before = models();
		String suffix = " " + UUID.randomUUID().toString().substring(0, 5);

		// The same type already runs in those villages: refused until a reason is given, nothing kept.
		upload(edited(exported, suffix, null)).andExpect(status().isOk())
			.andExpect(Html.shows("Chưa nhập dòng nào"));
		assertThat(models()).isEqualTo(before);

		upload(edited(exported, suffix, "Nhân rộng sang nhóm hộ mới")).andExpect(status().is3xxRedirection());
		assertThat(models()).isGreaterThan(before);
		assertThat(jdbc.sql("select count(*) from initiative where name like ?").param("%" + suffix).query(Long.class).single())
			.isEqualTo(models() - before);
	}

	@Test
	@WithUserDetails("dakruong")
	void rowsOutsideTheCommuneAndBadCellsAreListedAndNothingIsKept() throws Exception {
		byte[] exported = exportOf("?q=ha%20mon");
		long before = models();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(edited(exported, " X", "lý do")));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			Row bad = sheet.createRow(sheet.getLastRowNum() + 1);
			bad.createCell(0).setCellValue("Mô hình ở xã khác");
			bad.createCell(1).setCellValue("Khu dân cư phòng, chống ma túy");
			bad.createCell(2).setCellValue("23497");
			bad.createCell(4).setCellValue("Thôn 3");
			bad.createCell(7).setCellValue("32/13/2020");
			workbook.write(out);
			upload(out.toByteArray()).andExpect(status().isOk())
				.andExpect(Html.shows("Chưa nhập dòng nào"))
				.andExpect(Html.shows("không hợp lệ"));
		}
		assertThat(models()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("huyen")
	void aFileThatIsNotAWorkbookIsExplained() throws Exception {
		long before = models();
		upload("ma_xa,ten\n".getBytes()).andExpect(status().isOk()).andExpect(Html.shows("không phải bảng tính Excel"));
		assertThat(models()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("lanhdao")
	void viewersCannotImport() throws Exception {
		upload(new byte[] { 1 }).andExpect(status().isForbidden());
	}

}
