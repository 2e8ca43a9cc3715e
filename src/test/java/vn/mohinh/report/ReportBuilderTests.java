package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/**
 * The report written from the data: the source article's report of Chi bộ Mặt trận huyện Kon Rẫy
 * (its make-up, its models by commune with their villages, its weakness on inspections, its tasks) in
 * the Party layout, a Front report in the state layout, a model added changing the report, editing,
 * stale edits, issuing with numbers per issuer and year, and the frozen report.
 */
@MoHinhTest
class ReportBuilderTests {

	/** The article's enumeration of the pilot models followed from 11/2019, as the demo data spells the communes. */
	static final String ENUMERATION = "(1) xã Tân Lập: mô hình “Khu dân cư phòng, chống ma túy” tại thôn 3; "
			+ "(2) xã Đắk Ruồng: mô hình “Khu dân cư đảm bảo an toàn giao thông” tại thôn 9, 12, 13; "
			+ "mô hình “Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn” tại thôn 11, 12; "
			+ "mô hình “Khu dân cư đảm bảo vệ sinh môi trường” tại thôn 8; mô hình “Khu dân cư văn hóa kiểu mẫu” tại thôn 10; "
			+ "(3) xã Đắk Tờ Re: mô hình “Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn” tại thôn 4, 8; "
			+ "(4) xã Đắk Pne: mô hình “Nước sạch vệ sinh môi trường” tại thôn 1; mô hình “Xanh, sạch, đẹp” tại thôn 2; "
			+ "mô hình “Khu dân cư văn hóa kiểu mẫu” tại thôn 2; mô hình “Khu dân cư đảm bảo an toàn giao thông” tại thôn 3, 4; "
			+ "(5) thị trấn Đắk Rve: mô hình “Khu dân cư văn hóa kiểu mẫu” tại thôn 2, 3; "
			+ "mô hình “Khu dân cư phòng, chống tội phạm” tại thôn 3; mô hình “Khu dân cư đảm bảo an toàn giao thông” tại thôn 3; "
			+ "mô hình “Khu dân cư đảm bảo vệ sinh môi trường” tại thôn 4; "
			+ "(6) xã Đắk Kôi: mô hình “Khu dân cư đảm bảo vệ sinh môi trường” tại thôn 1, 7; "
			+ "mô hình “Khu dân cư đảm bảo an toàn giao thông” tại thôn 10";

	static final String MAKE_UP = "Chi bộ Mặt trận huyện Kon Rẫy có 05 đồng chí đảng viên (trong đó có: 04 nữ; "
			+ "01 dân tộc thiểu số); tổng số cán bộ, công chức của Cơ quan Ủy ban MTTQ Việt Nam huyện Kon Rẫy là 07 người.";

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

	byte[] docx(long id, String username) throws Exception {
		return mvc.perform(get("/reports/{id}/document.docx", id).with(f.as(username)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ReportDocument.DOCX))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
	}

	@Test
	void writesTheArticlesReportFromTheDemoDataInThePartyLayout() throws Exception {
		long id = f.draft("huyen", PeriodicFixtures.CELL, "24/01/2017", "30/06/2021", null);

		assertThat(f.section(id, "situation")).contains(MAKE_UP);
		assertThat(f.section(id, "title")).contains("huyện Kon Rẫy");
		assertThat(f.section(id, "leadership")).contains("Chỉ thị số 05-CT/TW, ngày 15/05/2016 của Bộ Chính trị",
				"Kế hoạch số 43-KH/HU, ngày 24/01/2017 của Ban Chấp hành Đảng bộ huyện Kon Rẫy");
		String results = f.section(id, "results");
		assertThat(results).contains("Tháng 11/2019: triển khai 16 mô hình: " + ENUMERATION + ".")
			.contains("(1) xã Tân Lập: mô hình “Khu dân cư an toàn về an ninh trật tự” (điểm cấp tỉnh) tại thôn 2.")
			.contains("mô hình “Vệ sinh môi trường và cải tạo vườn tạp” (điểm cấp huyện) tại thôn 1")
			.contains("mô hình “Nuôi gà” tại thôn 5");
		// Registration order: 2017 before 2019 before 2021.
		assertThat(results.indexOf("Tháng 03/2017")).isLessThan(results.indexOf("Tháng 05/2019"));
		assertThat(results.indexOf("Tháng 11/2019")).isLessThan(results.indexOf("Tháng 03/2021"));
		assertThat(f.section(id, "weaknesses"))
			.containsPattern("Công tác kiểm tra mô hình tại khu dân cư chưa được thường xuyên: \\d+/\\d+ mô hình chưa được kiểm tra đúng định kỳ.");
		assertThat(f.section(id, "tasks")).contains("Một là, ", "Hai là, ",
				"Ba là, tiếp tục đẩy mạnh công tác tuyên truyền, biểu dương, khen thưởng", "Bốn là, tăng cường kiểm tra");

		mvc.perform(get("/reports/{id}", id).with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows("ĐẢNG CỘNG SẢN VIỆT NAM"))
			.andExpect(Html.shows("T/M CHI BỘ"))
			.andExpect(Html.shows(ENUMERATION))
			.andExpect(Html.shows("Dự thảo"));

		byte[] docx = docx(id, "huyen");
		String text = PeriodicFixtures.text(docx);
		assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KON RẪY",
				"CHI BỘ MẶT TRẬN HUYỆN KON RẪY", "*", "Số    -BC/CB", "Kon Rẫy, ngày", "BÁO CÁO",
				"I. ĐẶC ĐIỂM TÌNH HÌNH", "III. KẾT QUẢ THỰC HIỆN", MAKE_UP, ENUMERATION, "Một là,", "T/M CHI BỘ", "BÍ THƯ",
				"Nơi nhận:")
			.doesNotContain("Độc lập - Tự do - Hạnh phúc");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertA4TimesNewRoman(document);
		}
		convertsCleanlyWithLibreOffice(docx, "CHI BỘ MẶT TRẬN HUYỆN KON RẪY", "thôn 9, 12, 13");
	}

	@Test
	void aFrontReportIsInTheStateLayoutAndIssuedWithTheIssuersNextNumberThenFrozen() throws Exception {
		long first = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2018", "31/12/2018", null);
		long second = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2018", "31/12/2018", null);
		String localityName = jdbc.sql("select locality_name from report where id = ?").param(first).query(String.class)
			.single();
		assertThat(localityName).contains("Đắk Ruồng");

		issue(first, "dakruong", "20/01/2025", "Đinh Thị Hoa").andExpect(status().is3xxRedirection());
		issue(second, "dakruong", "21/01/2025", null).andExpect(status().is3xxRedirection());
		String a = f.section(first, "number_text");
		String b = f.section(second, "number_text");
		assertThat(a).matches("\\d\\d/BC-MTTQ-BTT");
		int n = Integer.parseInt(a.substring(0, 2));
		assertThat(b).isEqualTo(String.format("%02d/BC-MTTQ-BTT", n + 1));

		String text = PeriodicFixtures.text(docx(first, "dakruong"));
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: " + a,
				"ngày 20 tháng 01 năm 2025", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Đinh Thị Hoa", "Nơi nhận:")
			.doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM");

		// Frozen: neither edited, written again nor issued again; nothing changes.
		long version = f.version(first);
		String title = f.section(first, "title");
		mvc.perform(post("/reports/{id}/edit", first).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(version)).param("title", "Đổi trích yếu").param("results", "Khác"))
			.andExpect(status().isOk()).andExpect(Html.shows("Báo cáo đã ban hành, không sửa được nữa."));
		mvc.perform(post("/reports/{id}/refresh", first).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk()).andExpect(Html.shows("Báo cáo đã ban hành, không sửa được nữa."));
		issue(first, "dakruong", "22/01/2025", null).andExpect(status().isOk())
			.andExpect(Html.shows("Báo cáo đã ban hành, không sửa được nữa."));
		assertThat(f.version(first)).isEqualTo(version);
		assertThat(f.section(first, "title")).isEqualTo(title);
		assertThat(f.section(first, "number_text")).isEqualTo(a);
	}

	org.springframework.test.web.servlet.ResultActions issue(long id, String username, String on, String signer)
			throws Exception {
		return mvc.perform(post("/reports/{id}/issue", id).with(csrf()).with(f.as(username))
			.param("version", String.valueOf(f.version(id))).param("issuedOn", on)
			.param("signerName", signer == null ? "" : signer));
	}

	@Test
	void aReportOnXaKonBraihAfterTheReformIncludesTheModelsOfTheCommunesMergedIntoIt() throws Exception {
		long id = f.draft("admin", PeriodicFixtures.TAN_LAP_BOARD, "01/01/2017", "30/06/2026", PeriodicFixtures.TAN_LAP);
		assertThat(f.section(id, "locality_name")).contains("Kon Braih");
		assertThat(f.section(id, "results"))
			.contains("xã Tân Lập: mô hình “Khu dân cư phòng, chống ma túy” tại thôn 3",
					"xã Đắk Ruồng: mô hình “Khu dân cư đảm bảo an toàn giao thông” tại thôn 9, 12, 13",
					"xã Đắk Tờ Re: mô hình “Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn” tại thôn 4, 8")
			.doesNotContain("xã Đắk Pne", "xã Đắk Kôi");
		// The same code on a 2019 day is still xã Tân Lập, with the names of then.
		long before = f.draft("admin", PeriodicFixtures.TAN_LAP_BOARD, "01/01/2019", "31/12/2019", PeriodicFixtures.TAN_LAP);
		assertThat(f.section(before, "title")).contains("xã Tân Lập").doesNotContain("Kon Braih");
		assertThat(f.section(before, "results")).contains("(1) xã Tân Lập: mô hình “Khu dân cư an toàn về an ninh trật tự”")
			.doesNotContain("xã Đắk Ruồng");
	}

	@Test
	void aModelAddedChangesTheReport() throws Exception {
		long id = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2024", "31/12/2024", null);
		String name = PeriodicFixtures.unique("Báo cáo thử");
		assertThat(f.section(id, "results")).doesNotContain(name);

		f.model(name, "Xanh, sạch, đẹp", "01/02/2024", "Thôn 13");
		mvc.perform(post("/reports/{id}/refresh", id).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(f.version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(f.section(id, "results")).contains("mô hình “" + name + "” tại thôn 13");
		long another = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2024", "31/12/2024", null);
		assertThat(f.section(another, "results")).contains("Tháng 02/2024", "mô hình “" + name + "” tại thôn 13");
	}

	@Test
	void sectionsAreEditedWhileADraftAndAStaleEditKeepsBothVersions() throws Exception {
		long id = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2020", "31/12/2020", null);
		long version = f.version(id);
		mvc.perform(post("/reports/{id}/edit", id).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(version)).param("title", "Báo cáo năm 2020 của Ban Thường trực")
				.param("situation", "Tình hình chung.").param("tasks", "Một là, kiểm tra.\nHai là, khen thưởng."))
			.andExpect(status().is3xxRedirection());
		assertThat(f.section(id, "title")).isEqualTo("Báo cáo năm 2020 của Ban Thường trực");
		assertThat(f.section(id, "tasks")).isEqualTo("Một là, kiểm tra.\nHai là, khen thưởng.");

		// The same old version again: refused, the typed text kept, the saved text unchanged.
		mvc.perform(post("/reports/{id}/edit", id).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(version)).param("title", "Trích yếu của người thứ hai")
				.param("situation", "Bản khác."))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Hồ sơ này vừa được người khác sửa."))
			.andExpect(Html.shows("Trích yếu của người thứ hai"))
			.andExpect(Html.shows("Báo cáo năm 2020 của Ban Thường trực"));
		assertThat(f.section(id, "title")).isEqualTo("Báo cáo năm 2020 của Ban Thường trực");

		// A blank summary is refused by its field.
		mvc.perform(post("/reports/{id}/edit", id).with(csrf()).with(f.as("dakruong"))
				.param("version", String.valueOf(f.version(id))).param("title", " ").param("situation", "Giữ lại"))
			.andExpect(status().isOk()).andExpect(Html.shows("Xin nhập trích yếu.")).andExpect(Html.shows("Giữ lại"));
		assertThat(f.section(id, "situation")).isEqualTo("Tình hình chung.");
	}

	@Test
	void badInputIsShownByItsFieldAndNothingIsSaved() throws Exception {
		long before = f.count("select count(*) from report");
		mvc.perform(f.draftRequest("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "31/12/2020", "01/01/2020", null))
			.andExpect(status().isOk()).andExpect(Html.shows("Ngày kết thúc không được trước ngày bắt đầu."))
			.andExpect(Html.shows("31/12/2020"));
		mvc.perform(f.draftRequest("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "32/13/2020", "01/01/2021", null))
			.andExpect(status().isOk()).andExpect(Html.shows("Ngày không hợp lệ"));
		mvc.perform(f.draftRequest("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2020", "31/12/2020", "99999"))
			.andExpect(status().isOk()).andExpect(Html.shows("Không có địa bàn mã 99999"));
		assertThat(f.count("select count(*) from report")).isEqualTo(before);
	}

	@Test
	void theListShowsTheReportsInScopeAPageAtATime() throws Exception {
		long id = f.draft("dakruong", PeriodicFixtures.DAK_RUONG_BOARD, "01/01/2022", "31/12/2022", null);
		mvc.perform(get("/reports").param("year", "2022").param("status", "DRAFT").with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("/reports/" + id + "\""));
		mvc.perform(get("/reports").param("year", "2010").with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.doesNotShow("/reports/" + id + "\""));
		mvc.perform(get("/reports/new").with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows(PeriodicFixtures.DAK_RUONG_BOARD));
		byte[] xlsx = mvc.perform(get("/reports/export.xlsx").param("year", "2022").with(f.as("dakruong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var rows = ReportAnnexTests.rows(workbook.getSheetAt(0));
			assertThat(rows.get(1)).startsWith("Trích yếu", "Cơ quan ban hành");
			assertThat(rows).anySatisfy(r -> assertThat(r).contains(f.section(id, "title"), "01/01/2022", "Dự thảo"));
		}
	}

	static void assertA4TimesNewRoman(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().getSectPr();
		assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
		assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
		assertThat(((BigInteger) section.getPgMar().getTop()).intValue()).isEqualTo(1134);
		assertThat(((BigInteger) section.getPgMar().getLeft()).intValue()).isEqualTo(1701);
		assertThat(((BigInteger) section.getPgMar().getRight()).intValue()).isEqualTo(850);
		List<XWPFRun> runs = new ArrayList<>();
		document.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
		assertThat(runs).isNotEmpty().allSatisfy(r -> {
			assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
			assertThat(r.getFontSizeAsDouble()).isBetween(13.0, 16.0);
		});
	}

	/** LibreOffice opens the document and converts it to PDF and text; skipped only where it is not installed. */
	static void convertsCleanlyWithLibreOffice(byte[] docx, String... expected) throws Exception {
		Path soffice = office().orElse(null);
		if (soffice == null) {
			boolean ciInstallsIt = Files.exists(Path.of(".ci/run"))
					&& Files.readString(Path.of(".ci/run")).contains("libreoffice");
			if ("true".equals(System.getenv("CI")) && ciInstallsIt) {
				throw new IllegalStateException("CI installs LibreOffice (.ci/run) but soffice is not on the PATH");
			}
			Assumptions.abort("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)");
		}
		Path dir = Files.createTempDirectory("mohinh-report");
		try {
			Path file = dir.resolve("bao-cao.docx");
			Files.write(file, docx);
			run(soffice, dir, "pdf", file);
			run(soffice, dir, "txt:Text (encoded):UTF8", file);
			byte[] pdf = Files.readAllBytes(dir.resolve("bao-cao.pdf"));
			assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			assertThat(Files.readString(dir.resolve("bao-cao.txt"), StandardCharsets.UTF_8)).contains(expected);
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	static Optional<Path> office() {
		for (String name : List.of("soffice", "libreoffice")) {
			for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	static void run(Path soffice, Path dir, String format, Path file) throws IOException, InterruptedException {
		// A profile of its own, so that a desktop LibreOffice or a parallel run does not lock it.
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
				"--headless", "--norestore", "--convert-to", format, "--outdir", dir.toString(), file.toString())
			.redirectErrorStream(true).redirectOutput(dir.resolve("soffice-" + format.charAt(0) + ".log").toFile()).start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
		assertThat(process.exitValue()).as("LibreOffice exit code").isZero();
	}

}
