package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/**
 * The minutes as Word documents: the Party layout for the standing committee's supervision, the
 * state layout (Nghị định 30/2020) for a Front board's inspection, A4 with the margins and font of
 * the rules; read back with POI, and opened by LibreOffice when it is installed.
 */
@MoHinhTest
class InspectionMinutesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	InspectionFixtures f;

	@BeforeEach
	void fixtures() {
		f = new InspectionFixtures(mvc, jdbc, users);
	}

	/** The 2019 supervision of the provincial pilot of thị trấn Đăk Rve (thôn 5). */
	long supervision() {
		return jdbc.sql("""
				select i.id from inspection i join initiative m on m.id = i.initiative_id
				join initiative_site s on s.initiative_id = m.id
				where i.kind = 'GIAM_SAT' and i.recorded_by = 'demo-data' and m.name = 'Khu dân cư văn hóa kiểu mẫu'
				and s.village_name = 'Thôn 5'""").query(Long.class).single();
	}

	byte[] download(long id, String username) throws Exception {
		return mvc.perform(get("/inspections/{id}/minutes.docx", id).with(f.as(username))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", InspectionController.DOCX))
			.andReturn().getResponse().getContentAsByteArray();
	}

	/** Every paragraph's text, in the tables too, in document order. */
	static List<String> texts(XWPFDocument document) {
		List<String> texts = new ArrayList<>();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph p) {
				texts.add(p.getText());
			}
			else if (element instanceof XWPFTable t) {
				t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> texts.add(p.getText()))));
			}
		}
		return texts;
	}

	@Test
	void theSupervisionOfTheCellFollowsThePartyLayout() throws Exception {
		long id = supervision();
		mvc.perform(get("/inspections/{id}/minutes.docx", id).with(f.as("huyen")))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20gi%C3%A1m%20s%C3%A1t%2012-09-2019")));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download(id, "huyen")))) {
			XWPFTable header = document.getTables().get(0);
			String left = header.getRow(0).getCell(0).getText();
			String right = header.getRow(0).getCell(1).getText();
			assertThat(left).contains("BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KON RẪY", "BAN THƯỜNG VỤ HUYỆN ỦY KON RẪY", "*");
			assertThat(right).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Đắk Rve, ngày 12 tháng 9 năm 2019")
				.doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			List<String> texts = texts(document);
			assertThat(texts).contains("BIÊN BẢN GIÁM SÁT", "Mô hình “Khu dân cư văn hóa kiểu mẫu”",
					"Đoàn thống nhất xếp loại mô hình: Tốt.", "TRƯỞNG ĐOÀN GIÁM SÁT", "Nguyễn Văn Hùng",
					"ĐẠI DIỆN MÔ HÌNH");
			assertThat(texts).anyMatch(t -> t.startsWith("- Đồng chí Nguyễn Văn Hùng, Trưởng đoàn"));
			assertThat(texts).anyMatch(t -> t.startsWith("Hôm nay, ngày 12 tháng 09 năm 2019, tại Thôn 5,")
					&& t.contains("đoàn giám sát của Ban Thường vụ Huyện ủy Kon Rẫy tiến hành giám sát mô hình"));
			assertThat(texts).contains("I. THÀNH PHẦN ĐOÀN", "II. KẾT QUẢ GIÁM SÁT", "III. XẾP LOẠI", "IV. KIẾN NGHỊ");
			// The party title is 15 pt bold.
			XWPFRun party = header.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
			assertThat(party.isBold()).isTrue();
			assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
			assertA4TimesNewRoman(document);
		}
	}

	@Test
	void aFrontBoardsInspectionFollowsTheStateLayoutWithItsActions() throws Exception {
		long id = f.record("dakruong", f.dakRuongModel(), "organisation", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng",
				"generalFindings", "Dòng một.\nDòng hai.");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download(id, "dakruong")))) {
			XWPFTable header = document.getTables().get(0);
			assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN MTTQ VIỆT NAM HUYỆN KON RẪY",
					"BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ ĐẮK RUỒNG");
			assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "Đắk Ruồng, ngày 15 tháng 3 năm 2024");
			List<String> texts = texts(document);
			assertThat(texts).contains("BIÊN BẢN KIỂM TRA", "Dòng một.", "Dòng hai.", "V. NHỮNG VIỆC CẦN THỰC HIỆN",
					"Mua thùng rác", "30/04/2024", "Chưa xong", "TRƯỞNG ĐOÀN KIỂM TRA", "Đinh Thị Hoa",
					"Đoàn thống nhất xếp loại mô hình: Khá.");
			XWPFTable actions = document.getTables().get(document.getTables().size() - 2);
			assertThat(actions.getRow(0).getCell(1).getText()).isEqualTo("Nội dung công việc");
			assertA4TimesNewRoman(document);
		}
	}

	@Test
	void withdrawnMinutesSaySo() throws Exception {
		long id = f.record("dakruong", f.dakRuongModel());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/inspections/{id}/withdraw", id)
			.param("version", "0").param("reason", "Ghi nhầm mô hình")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(f.as("dakruong"))).andExpect(status().is3xxRedirection());
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download(id, "dakruong")))) {
			assertThat(texts(document)).anyMatch(t -> t.startsWith("(Biên bản đã thu hồi ngày") && t.contains("Ghi nhầm mô hình"));
		}
	}

	@Test
	void libreOfficeOpensTheMinutes() throws Exception {
		Path soffice = office().orElse(null);
		if (soffice == null) {
			// CI fails only once .ci/run installs LibreOffice; elsewhere the check is skipped with its reason.
			boolean ciInstallsIt = Files.exists(Path.of(".ci/run"))
					&& Files.readString(Path.of(".ci/run")).contains("libreoffice");
			if ("true".equals(System.getenv("CI")) && ciInstallsIt) {
				throw new IllegalStateException("CI installs LibreOffice (.ci/run) but soffice is not on the PATH");
			}
			Assumptions.abort("LibreOffice is not installed (apt-get install libreoffice-writer-nogui): "
					+ "the minutes were read back with POI only");
		}
		Path dir = Files.createTempDirectory("mohinh-minutes");
		try {
			Path docx = dir.resolve("bien-ban.docx");
			Files.write(docx, download(supervision(), "huyen"));
			run(soffice, dir, "pdf", docx);
			run(soffice, dir, "txt:Text (encoded):UTF8", docx);
			byte[] pdf = Files.readAllBytes(dir.resolve("bien-ban.pdf"));
			assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			assertThat(pdf.length).isGreaterThan(5000);
			String text = Files.readString(dir.resolve("bien-ban.txt"), StandardCharsets.UTF_8);
			assertThat(text).contains("BIÊN BẢN GIÁM SÁT", "ĐẢNG CỘNG SẢN VIỆT NAM", "Nguyễn Văn Hùng",
					"Khu dân cư văn hóa kiểu mẫu");
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	static void assertA4TimesNewRoman(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().getSectPr();
		assertThat(section.getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(11906));
		assertThat(section.getPgSz().getH()).isEqualTo(java.math.BigInteger.valueOf(16838));
		assertThat(((java.math.BigInteger) section.getPgMar().getTop()).intValue()).isEqualTo(1134);
		assertThat(((java.math.BigInteger) section.getPgMar().getBottom()).intValue()).isEqualTo(1134);
		assertThat(((java.math.BigInteger) section.getPgMar().getLeft()).intValue()).isEqualTo(1701);
		assertThat(((java.math.BigInteger) section.getPgMar().getRight()).intValue()).isEqualTo(850);
		List<XWPFRun> runs = new ArrayList<>();
		document.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
		assertThat(runs).isNotEmpty().allSatisfy(r -> {
			assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
			assertThat(r.getFontSizeAsDouble()).isBetween(13.0, 15.0);
		});
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
