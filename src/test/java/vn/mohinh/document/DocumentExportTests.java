package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.mohinh.MoHinhTest;

/** The list as Excel: the same rows as the list, real dates, and never a row outside the user's scope. */
@MoHinhTest
class DocumentExportTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** The export's rows under its title and header, as text. */
	List<List<String>> export(MockHttpServletRequestBuilder request) throws Exception {
		byte[] bytes = mvc.perform(request).andExpect(status().isOk())
			.andExpect(content().contentType(XLSX))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=")))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		DataFormatter text = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Số, ký hiệu");
			for (Row row : sheet) {
				if (row.getRowNum() < 2) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					Cell cell = row.getCell(i);
					cells.add(cell == null ? "" : text.formatCellValue(cell));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	@Test
	void exportsTheWholeFilteredListWithRealDates() throws Exception {
		List<List<String>> rows = export(get("/documents/export.xlsx").with(as("huyen")));
		String body = mvc.perform(get("/api/v1/documents").param("size", "200").with(as("huyen")))
			.andReturn().getResponse().getContentAsString();
		int total = JsonPath.read(body, "$.total");
		assertThat(rows).as("every document of the list, not one page").hasSize(total);
		assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("Chỉ thị", "05-CT/TW", "15/05/2016", "2016",
				DocumentWebTests.CHI_THI_05, "Bộ Chính trị", "Toàn quốc", ""));
		assertThat(rows).anySatisfy(r -> assertThat(r.get(4)).isEqualTo(DocumentWebTests.TAN_LAP));

		byte[] bytes = mvc.perform(get("/documents/export.xlsx").param("q", "chi thi 05").param("kind", "CHI_THI")
			.with(as("huyen")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).as("title, header, one document").isEqualTo(2);
			Cell issued = sheet.getRow(2).getCell(2);
			assertThat(DateUtil.isCellDateFormatted(issued)).isTrue();
			assertThat(issued.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2016, 5, 15));
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		}
	}

	@Test
	void filtersOfTheListApply() throws Exception {
		assertThat(export(get("/documents/export.xlsx").param("kind", "CUOC_VAN_DONG").param("year", "2021")
			.with(as("huyen")))).extracting(r -> r.get(0)).containsOnly("Cuộc vận động").isNotEmpty();
		assertThat(export(get("/documents/export.xlsx").param("q", "lam thay doi nep nghi").with(as("huyen"))))
			.extracting(r -> r.get(4)).singleElement().asString().startsWith(DocumentWebTests.CAMPAIGN);
	}

	@Test
	void dakruongsExportLacksTheDocumentOfTanLap() throws Exception {
		List<List<String>> rows = export(get("/documents/export.xlsx").with(as("dakruong")));
		assertThat(rows).extracting(r -> r.get(4)).contains(DocumentWebTests.CHI_THI_05)
			.doesNotContain(DocumentWebTests.TAN_LAP);
		assertThat(export(get("/documents/export.xlsx").param("q", "dien dan to giac").with(as("dakruong")))).isEmpty();
		mvc.perform(get("/api/v1/documents").param("q", "dien dan to giac").with(as("huyen")))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void theListLinksToTheExportWithItsFilters() throws Exception {
		// Paging is left out: the export holds every page.
		mvc.perform(get("/documents?q=chi thi&page=0&size=20").with(as("huyen")))
			.andExpect(content().string(containsString("href=\"/documents/export.xlsx?q=chi%20thi\"")));
		mvc.perform(get("/documents?q=chi thi").header("HX-Request", "true").with(as("huyen")))
			.andExpect(content().string(containsString("href=\"/documents/export.xlsx?q=chi%20thi\"")));
	}

	@Test
	void strangersGetNoExport() throws Exception {
		mvc.perform(get("/documents/export.xlsx")).andExpect(status().is3xxRedirection());
	}

}
