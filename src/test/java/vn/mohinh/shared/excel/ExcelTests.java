package vn.mohinh.shared.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.mock.web.MockMultipartFile;

/** Export and import of .xlsx: what is written reads back the same, and bad files get a message key, not a stack trace. */
class ExcelTests {

	record Model(String name, String village, LocalDate started, Integer households, LocalDateTime updated) {
	}

	static final List<Model> MODELS = List.of(
			new Model("Khu dân cư không có ma túy", "Thôn 2, xã Tân Lập", LocalDate.of(2019, 11, 1), 124,
					LocalDateTime.of(2024, 3, 12, 8, 30)),
			new Model("Nuôi gà thả vườn", "Thôn 5, thị trấn Đắk Rve", LocalDate.of(2021, 5, 15), null, null),
			new Model("=HYPERLINK(\"http://x\")", "Làng Kon Braih", null, 7, null));

	static byte[] export(Iterable<Model> rows, String title) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExcelExport.<Model>sheet("Mô hình / 2025")
			.title(title)
			.column("Tên mô hình", 40, Model::name)
			.column("Địa bàn", 30, Model::village)
			.column("Ngày bắt đầu", 12, Model::started)
			.column("Số hộ", 8, Model::households)
			.column("Cập nhật", 16, Model::updated)
			.write(rows, out);
		return out.toByteArray();
	}

	static List<ExcelRow> read(byte[] xlsx, int maxRows) {
		return ExcelReader.read(new ByteArrayInputStream(xlsx), 10_000_000, maxRows);
	}

	@Test
	void whatIsWrittenReadsBackTheSame() throws IOException {
		List<ExcelRow> rows = read(export(MODELS, "Danh sách mô hình"), 100);
		assertThat(rows).extracting(ExcelRow::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(rows.get(0).text(0)).isEqualTo("Danh sách mô hình");
		assertThat(rows.get(1).cells()).containsExactly("Tên mô hình", "Địa bàn", "Ngày bắt đầu", "Số hộ", "Cập nhật");
		assertThat(rows.get(2).cells()).containsExactly("Khu dân cư không có ma túy", "Thôn 2, xã Tân Lập", "01/11/2019",
				"124", "12/03/2024 08:30");
		assertThat(rows.get(2).date(2)).contains(LocalDate.of(2019, 11, 1));
		// An empty cell in the middle keeps the columns after it in place.
		assertThat(rows.get(3).cells()).containsExactly("Nuôi gà thả vườn", "Thôn 5, thị trấn Đắk Rve", "15/05/2021");
		assertThat(rows.get(3).text(3)).isEmpty();
		assertThat(rows.get(3).date(4)).isEmpty();
		// Text that looks like a formula stays text.
		assertThat(rows.get(4).text(0)).isEqualTo("=HYPERLINK(\"http://x\")");
		assertThat(rows.get(4).text(2)).isEmpty();
		assertThat(rows.get(4).text(3)).isEqualTo("7");
	}

	@Test
	void datesAreRealExcelDatesInVietnameseFormatUnderABoldFrozenHeader() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(MODELS, null)))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Mô hình   2025");
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getColumnWidth(0)).isEqualTo(40 * 256);
			Cell started = sheet.getRow(1).getCell(2);
			assertThat(started.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(started)).isTrue();
			assertThat(started.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(started.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 11, 1));
			assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(124);
			assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.STRING);
		}
	}

	@Test
	void datesTypedAsTextReadAsDates() {
		ExcelRow row = new ExcelRow(7, List.of("1/7/2025", "01/07/2025", "31/02/2025", "2025-07-01", ""));
		assertThat(row.date(0)).contains(LocalDate.of(2025, 7, 1));
		assertThat(row.date(1)).contains(LocalDate.of(2025, 7, 1));
		assertThat(row.date(2)).as("no such day").isEmpty();
		assertThat(row.date(3)).as("not the Vietnamese order").isEmpty();
		assertThat(row.date(4)).isEmpty();
		assertThat(row.text(9)).isEmpty();
	}

	@Test
	void pagesAreFetchedOneAtATimeWhileWriting() throws IOException {
		List<Integer> fetched = new ArrayList<>();
		int total = 2_345;
		Iterable<Model> rows = ExcelExport.pages((Pageable p) -> {
			fetched.add(p.getPageNumber());
			int from = (int) p.getOffset();
			int to = Math.min(total, from + p.getPageSize());
			List<Model> content = IntStream.range(from, to)
				.mapToObj(i -> new Model("Mô hình " + i, "Thôn " + i, LocalDate.of(2020, 1, 1).plusDays(i), i, null))
				.toList();
			Slice<Model> slice = new SliceImpl<>(content, p, to < total);
			return slice;
		}, PageRequest.of(0, 1000));
		assertThat(fetched).as("nothing fetched before the export reads").isEmpty();
		List<ExcelRow> read = read(export(rows, null), 10_000);
		assertThat(fetched).containsExactly(0, 1, 2);
		assertThat(read).hasSize(total + 1);
		assertThat(read.get(total).cells()).startsWith("Mô hình 2344", "Thôn 2344", "02/06/2026");
	}

	@Test
	void tooManyRowsAreRefusedWithTheLimit() throws IOException {
		byte[] xlsx = export(MODELS, null);
		assertThat(read(xlsx, 4)).hasSize(4);
		assertThatThrownBy(() -> read(xlsx, 3)).isInstanceOfSatisfying(ExcelReadException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo("excel.error.tooManyRows");
			assertThat(ex.args()).containsExactly(3);
		});
	}

	@Test
	void oversizedFilesAreRefusedBeforeParsing() throws IOException {
		byte[] xlsx = export(MODELS, null);
		assertThatThrownBy(() -> ExcelReader.read(new ByteArrayInputStream(xlsx), 100, 100))
			.isInstanceOfSatisfying(ExcelReadException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("excel.error.tooLarge"));
		MockMultipartFile upload = new MockMultipartFile("file", "mo-hinh.xlsx", null, xlsx);
		assertThatThrownBy(() -> ExcelReader.read(upload, 100, 100)).isInstanceOfSatisfying(ExcelReadException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("excel.error.tooLarge"));
		assertThat(ExcelReader.read(upload, 1_000_000, 100)).hasSize(4);
	}

	@Test
	void malformedFilesGetAMessageKeyNotAPoiException() throws IOException {
		byte[] csv = "ma_xa,ten\n23488,Thôn 1\n".getBytes(StandardCharsets.UTF_8);
		byte[] truncated = java.util.Arrays.copyOf(export(MODELS, null), 300);
		byte[] word = zip("[Content_Types].xml", "word/document.xml");
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		for (byte[] bad : List.of(csv, truncated, word, ole2, zip("a.txt"))) {
			assertThatThrownBy(() -> read(bad, 100)).isInstanceOfSatisfying(ExcelReadException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("excel.error.notXlsx"));
		}
		assertThatThrownBy(() -> read(new byte[0], 100)).isInstanceOfSatisfying(ExcelReadException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("excel.error.empty"));
		ExcelReadException noRows = catchRead(exportNothing());
		assertThat(noRows.messageKey()).isEqualTo("excel.error.empty");
		assertThat(noRows.toProblem()).isEqualTo(new ImportProblem(0, null, "excel.error.empty"));
	}

	@Test
	void anImportWithProblemsImportsNothingAndListsThemByRow() {
		ImportResult refused = ImportResult.refused(List.of(new ImportProblem(5, "Ngày", "x.date", "31/02/2025"),
				new ImportProblem(3, null, "x.duplicate")));
		assertThat(refused.ok()).isFalse();
		assertThat(refused.imported()).isZero();
		assertThat(refused.problems()).extracting(ImportProblem::row).containsExactly(3, 5);
		assertThat(refused.problems().get(1).argArray()).containsExactly("31/02/2025");
		assertThat(ImportResult.imported(12).ok()).isTrue();
		assertThatThrownBy(() -> new ImportResult(2, List.of(new ImportProblem(1, null, "x")))).isInstanceOf(
				IllegalArgumentException.class);
	}

	/** A workbook whose only sheet has no cell at all. */
	static byte[] exportNothing() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Trống");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static ExcelReadException catchRead(byte[] xlsx) {
		try {
			read(xlsx, 100);
		}
		catch (ExcelReadException ex) {
			return ex;
		}
		throw new AssertionError("no exception");
	}

	static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
