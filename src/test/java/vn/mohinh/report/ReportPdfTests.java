package vn.mohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/** The PDF of a report embeds Liberation Serif (pdffonts) and holds the report's text (pdftotext); 404 outside scope. */
@MoHinhTest
class ReportPdfTests {

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

	@Test
	void thePdfEmbedsLiberationSerifAndHoldsTheArticlesEnumeration() throws Exception {
		long id = f.draft("huyen", PeriodicFixtures.CELL, "24/01/2017", "30/06/2021", null);
		byte[] pdf = mvc.perform(get("/reports/{id}/document.pdf", id).with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", ReportPdf.PDF))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		long tanLap = f.draft("huyen", PeriodicFixtures.TAN_LAP_BOARD, "01/01/2019", "31/12/2019", null);
		mvc.perform(get("/reports/{id}/document.pdf", tanLap).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/{id}/document.pdf", tanLap).with(f.as("dakruong")))
			.andExpect(status().isNotFound());

		Path fonts = tool("pdffonts");
		Path text = tool("pdftotext");
		if (fonts == null || text == null) {
			boolean ciInstallsIt = Files.exists(Path.of(".ci/run"))
					&& Files.readString(Path.of(".ci/run")).contains("poppler-utils");
			if ("true".equals(System.getenv("CI")) && ciInstallsIt) {
				throw new IllegalStateException("CI installs poppler-utils (.ci/run) but pdffonts is not on the PATH");
			}
			Assumptions.abort("poppler-utils is not installed (apt-get install poppler-utils): the fonts were not read");
		}
		Path dir = Files.createTempDirectory("mohinh-pdf");
		try {
			Path file = dir.resolve("bao-cao.pdf");
			Files.write(file, pdf);
			List<String> lines = run(dir, fonts.toString(), file.toString()).lines().skip(2).toList();
			assertThat(lines).isNotEmpty().allSatisfy(line -> {
				assertThat(line).contains("LiberationSerif");
				// Columns: name type encoding emb sub uni object ID; "emb" must be yes.
				assertThat(line.split("\\s+")).contains("yes");
			});
			assertThat(String.join("\n", lines)).contains("LiberationSerif-Bold", "LiberationSerif-Italic");
			run(dir, text.toString(), "-enc", "UTF-8", file.toString(), dir.resolve("bao-cao.txt").toString());
			String content = Files.readString(dir.resolve("bao-cao.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
			assertThat(content).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "T/M CHI BỘ", "thôn 9, 12, 13",
					"05 đồng chí đảng viên");
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	static Path tool(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	static String run(Path dir, String... command) throws Exception {
		Path log = dir.resolve("tool.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(command[0]).isZero();
		return Files.readString(log, StandardCharsets.UTF_8);
	}

}
