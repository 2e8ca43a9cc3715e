package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/**
 * The Excel annex: the models of the article's report with their villages, level, status, latest
 * inspection and rating; the summary by commune and type; LibreOffice opens it; outside the scope 404.
 */
@MoHinhTest
class ReportAnnexTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	PeriodicFixtures f;

	@BeforeEach
	void fixtures() {
		f = new PeriodicFixtures(mvc, users, jdbc);
	}

	static List<List<String>> rows(Sheet sheet) {
		DataFormatter format = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < row.getLastCellNum(); i++) {
				cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
			}
			rows.add(cells);
		}
		return rows;
	}

	@Test
	void listsTheModelsOfTheReportWithTheirVillagesInspectionsAndRatingsAndSumsThemUp() throws Exception {
		long id = f.draft("huyen", PeriodicFixtures.CELL, "24/01/2017", "30/06/2021", null);
		byte[] xlsx = mvc.perform(get("/reports/{id}/annex.xlsx", id).with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", ReportAnnex.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<List<String>> models = rows(workbook.getSheetAt(0));
			assertThat(models.get(1)).containsExactly("STT", "Xã", "Mô hình", "Loại mô hình", "Thôn", "Ngày bắt đầu",
					"Cấp điểm", "Trạng thái", "Kiểm tra gần nhất", "Xếp loại gần nhất");
			assertThat(models).anySatisfy(r -> assertThat(r).contains("Xã Đắk Ruồng",
					"Khu dân cư đảm bảo an toàn giao thông", "thôn 9, 12, 13", "01/11/2019"));
			assertThat(models.subList(2, models.size())).hasSizeGreaterThanOrEqualTo(24)
				.anySatisfy(r -> assertThat(r.get(8)).matches("\\d\\d/\\d\\d/\\d{4}"))
				.anySatisfy(r -> assertThat(r.get(9)).isNotBlank());
			assertThat(workbook.getSheetAt(0).getRow(2).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);

			List<List<String>> summary = rows(workbook.getSheetAt(1));
			assertThat(summary.get(0)).containsExactly("Xã", "Số mô hình");
			assertThat(summary).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Xã Đắk Ruồng"))
				.anySatisfy(r -> assertThat(r).containsExactly("Loại mô hình", "Số mô hình"))
				.anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Xanh, sạch, đẹp"))
				.anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Tổng cộng"));
		}
		convertsCleanlyWithLibreOffice(xlsx);

		long tanLap = f.draft("huyen", PeriodicFixtures.TAN_LAP_BOARD, "01/01/2019", "31/12/2019", null);
		mvc.perform(get("/reports/{id}/annex.xlsx", tanLap).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/{id}/annex.xlsx", tanLap).with(f.as("dakruong")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/{id}/annex.xlsx", tanLap).with(f.as("huyen"))).andExpect(status().isOk());
	}

	static void convertsCleanlyWithLibreOffice(byte[] xlsx) throws Exception {
		Path soffice = ReportBuilderTests.office().orElse(null);
		boolean calc = Files.exists(Path.of("/usr/lib/libreoffice/program/libsclo.so"));
		if (soffice == null || !calc) {
			boolean ciInstallsIt = Files.exists(Path.of(".ci/run"))
					&& Files.readString(Path.of(".ci/run")).contains("libreoffice-calc");
			if ("true".equals(System.getenv("CI")) && ciInstallsIt) {
				throw new IllegalStateException("CI installs LibreOffice Calc (.ci/run) but it is not here");
			}
			Assumptions.abort("LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui)");
		}
		Path dir = Files.createTempDirectory("mohinh-annex");
		try {
			Path file = dir.resolve("phu-luc.xlsx");
			Files.write(file, xlsx);
			ReportBuilderTests.run(soffice, dir, "csv:Text - txt - csv (StarCalc):44,34,76", file);
			assertThat(Files.readString(dir.resolve("phu-luc.csv"), StandardCharsets.UTF_8))
				.contains("Khu dân cư đảm bảo an toàn giao thông", "thôn 9, 12, 13");
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

}
