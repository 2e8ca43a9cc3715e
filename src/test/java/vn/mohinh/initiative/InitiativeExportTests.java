package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/** The Excel export carries the list's filters and scope, every row, as a real workbook. */
@MoHinhTest
class InitiativeExportTests {

	@Autowired
	MockMvc mvc;

	List<List<String>> export(String query) throws Exception {
		byte[] body = mvc.perform(get(java.net.URI.create("/initiatives/export.xlsx" + query))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(cell.toString()));
				rows.add(cells);
			}
		}
		return rows;
	}

	@Test
	@WithUserDetails("huyen")
	void districtExportHasEveryDemoModelWithVillages() throws Exception {
		List<List<String>> rows = export("");
		assertThat(rows.get(1)).contains("Tên mô hình", "Khu dân cư");
		assertThat(rows.stream().filter(r -> r.contains("Khu dân cư đảm bảo an toàn giao thông") && r.contains("Thôn 9, Thôn 12, Thôn 13")))
			.isNotEmpty();
		assertThat(rows.size() - 2).isGreaterThanOrEqualTo(23);
	}

	@Test
	@WithUserDetails("huyen")
	void exportKeepsTheFilters() throws Exception {
		List<List<String>> rows = export("?locality=23488&q=ha%20mon");
		assertThat(rows.subList(2, rows.size())).isNotEmpty()
			.allSatisfy(r -> assertThat(String.join("|", r)).contains("Đắk Ruồng").containsIgnoringCase("Hà Mòn"));
	}

	@Test
	@WithUserDetails("dakruong")
	void communeExportLacksOtherCommunes() throws Exception {
		List<List<String>> rows = export("");
		assertThat(rows.subList(2, rows.size())).isNotEmpty()
			.noneSatisfy(r -> assertThat(String.join("|", r)).contains("Tân Lập"));
	}

	@Test
	@WithUserDetails("huyen")
	void theListLinksToTheExportWithItsFilters() throws Exception {
		mvc.perform(get(java.net.URI.create("/initiatives?q=ha%20mon"))).andExpect(status().isOk())
			.andExpect(vn.mohinh.Html.shows("/initiatives/export.xlsx?q=ha%20mon"));
	}

}
