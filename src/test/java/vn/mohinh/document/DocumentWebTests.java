package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.shared.files.FileSnifferTests;
import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.files.FileType;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The register through its pages and API, as the demo users: huyen (editor, huyện Kon Rẫy),
 * dakruong (editor, xã Đắk Ruồng), lanhdao (viewer, Kon Rẫy) and admin. Every test creates its own
 * uniquely numbered documents, since all tests share one database.
 */
@MoHinhTest
class DocumentWebTests {

	static final String CHI_THI_05 = "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
	static final String KE_HOACH_43 = "thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị";
	static final String CAMPAIGN = "Làm thay đổi nếp nghĩ, cách làm của đồng bào dân tộc thiểu số";
	static final String TAN_LAP = "tổ chức Diễn đàn Nhân dân tố giác tội phạm năm 2019";
	static final String KON_RAY_ISSUER = "Ban Thường vụ Huyện ủy Kon Rẫy";

	@Autowired
	MockMvc mvc;

	@Autowired
	Documents documents;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	@Autowired
	LocalityDirectory localities;

	@Autowired
	FileStore files;

	@Value("${mohinh.data-dir}")
	String dataDir;

	// ---- helpers ----

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	String msg(String key, Object... args) {
		return messages.getMessage(key, args, VietnameseText.VI);
	}

	static String uniqueNumber() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-KH/T";
	}

	GuidingDocument byNumber(String number) {
		return documents.findAll().stream().filter(d -> number.equals(d.number())).findFirst().orElseThrow();
	}

	GuidingDocument tanLapDemo() {
		return byNumber("08/KH-MTTQ-BTT");
	}

	/**
	 * A complete, valid form of a plan of huyện Kon Rẫy in 2024; {@code overrides} (name, value, …)
	 * replace fields, so each test changes only what it tests.
	 */
	MockMultipartHttpServletRequestBuilder planForm(String url, String number, String title, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "KE_HOACH");
		fields.put("number", number);
		fields.put("issuedOn", "12/03/2024");
		fields.put("year", "2024");
		fields.put("issuer", KON_RAY_ISSUER);
		fields.put("title", title);
		fields.put("summary", "Tóm tắt thử");
		fields.put("localityCode", "614");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart(url);
		fields.forEach(request::param);
		request.with(csrf());
		return request;
	}

	long idFrom(String redirect) {
		return Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
	}

	long create(String user, MockMultipartHttpServletRequestBuilder form) throws Exception {
		String location = mvc.perform(form.with(as(user))).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/documents/*")).andReturn().getResponse().getRedirectedUrl();
		return idFrom(location);
	}

	long storedFiles() throws IOException {
		Path root = Path.of(dataDir).toAbsolutePath().normalize().resolve("files");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).filter(p -> !p.getParent().getFileName().toString().equals("tmp"))
				.count();
		}
	}

	static byte[] pdf() {
		return FileSnifferTests.pdf(UUID.randomUUID().toString());
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	// ---- list, search, htmx ----

	@Test
	void huyenSeesTheThreeDocumentsOfTheArticle() throws Exception {
		mvc.perform(get("/documents").param("size", "200").with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CHI_THI_05)))
			.andExpect(content().string(containsString(KE_HOACH_43)))
			.andExpect(content().string(containsString(CAMPAIGN)))
			.andExpect(content().string(containsString("05-CT/TW")))
			.andExpect(content().string(containsString("15/05/2016")))
			.andExpect(content().string(containsString("24/01/2017")))
			.andExpect(content().string(containsString(msg("document.onlyYear", "2021"))))
			.andExpect(content().string(containsString("<caption>")));
	}

	@Test
	void searchIgnoresAccents() throws Exception {
		mvc.perform(get("/documents").param("q", "chi thi 05").with(as("huyen")))
			.andExpect(content().string(containsString(CHI_THI_05)))
			.andExpect(content().string(not(containsString(CAMPAIGN))));
		mvc.perform(get("/documents").param("q", "lam thay doi nep nghi").with(as("huyen")))
			.andExpect(content().string(containsString(CAMPAIGN)))
			.andExpect(content().string(not(containsString(CHI_THI_05))));
	}

	@Test
	void kindAndYearFilter() throws Exception {
		mvc.perform(get("/documents").param("kind", "CUOC_VAN_DONG").param("year", "2021").with(as("huyen")))
			.andExpect(content().string(containsString(CAMPAIGN)))
			.andExpect(content().string(not(containsString(KE_HOACH_43))));
		mvc.perform(get("/documents").param("kind", "CUOC_VAN_DONG").param("year", "2016").with(as("huyen")))
			.andExpect(content().string(not(containsString(CAMPAIGN))));
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/documents").param("q", "chi thi").header("HX-Request", "true").with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(containsString("id=\"document-results\"")))
			.andExpect(content().string(containsString(CHI_THI_05)))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("role=\"search\""))));
		mvc.perform(get("/documents").param("q", "chi thi").with(as("huyen")))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("role=\"search\"")));
	}

	@Test
	void apiListsInTheSharedShape() throws Exception {
		mvc.perform(get("/api/v1/documents").param("q", "chi thi 05").param("kind", "CHI_THI").with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].number").value("05-CT/TW"))
			.andExpect(jsonPath("$.items[0].issuedOn").value("2016-05-15"))
			.andExpect(jsonPath("$.items[0].locality").doesNotExist());
		long id = byNumber("43-KH/HU").id();
		mvc.perform(get("/api/v1/documents/{id}", id).with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("KE_HOACH"))
			.andExpect(jsonPath("$.locality.name").value(containsString("Kon Rẫy")));
	}

	// ---- scope ----

	@Test
	void dakruongCannotSeeTheDocumentOfTanLap() throws Exception {
		long id = tanLapDemo().id();
		// The document is there for huyen, so the 404s below are about scope, not a wrong id.
		mvc.perform(get("/documents/{id}", id).with(as("huyen"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(TAN_LAP)));

		mvc.perform(get("/documents/{id}", id).with(as("dakruong"))).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(TAN_LAP))));
		mvc.perform(get("/api/v1/documents/{id}", id).with(as("dakruong"))).andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		mvc.perform(get("/documents").param("size", "200").with(as("dakruong")))
			.andExpect(content().string(containsString(CHI_THI_05)))
			.andExpect(content().string(not(containsString(TAN_LAP))));
		mvc.perform(get("/documents").param("q", "dien dan to giac").with(as("dakruong")))
			.andExpect(content().string(not(containsString(TAN_LAP))));
		mvc.perform(get("/api/v1/documents").param("size", "200").with(as("dakruong")))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
		mvc.perform(get("/api/v1/documents").param("q", "dien dan to giac").with(as("dakruong")))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/documents").param("q", "dien dan to giac").with(as("huyen")))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
	}

	@Test
	void dakruongCannotChangeTheDocumentOfTanLap() throws Exception {
		GuidingDocument before = tanLapDemo();
		long id = before.id();
		mvc.perform(get("/documents/{id}/edit", id).with(as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(planForm("/documents/" + id + "/edit", "99/KH-MTTQ", "đổi tên", "localityCode", "23488",
				"version", String.valueOf(before.version())).with(as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(post("/documents/{id}/withdraw", id).param("version", String.valueOf(before.version()))
			.with(csrf()).with(as("dakruong"))).andExpect(status().isNotFound());
		GuidingDocument after = documents.findById(id).orElseThrow();
		assertThat(after.version()).isEqualTo(before.version());
		assertThat(after.title()).isEqualTo(TAN_LAP);
		assertThat(after.withdrawn()).isFalse();
	}

	@Test
	void dakruongCannotRegisterADocumentAtTanLap() throws Exception {
		long tanLap = localities.findByCode("23497", LocalDate.of(2024, 3, 12)).orElseThrow().id();
		long count = documents.count();
		mvc.perform(planForm("/documents", uniqueNumber(), "kế hoạch của xã khác", "localityCode", "23497")
			.with(as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(msg("document.error.locality.outOfScope"))))
			.andExpect(content().string(containsString("id=\"localityCode-error\"")));
		mvc.perform(planForm("/documents", uniqueNumber(), "kế hoạch của xã khác", "localityCode", "",
				"localityId", String.valueOf(tanLap)).with(as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(msg("document.error.locality.outOfScope"))));
		assertThat(documents.count()).isEqualTo(count);

		// The same form at dakruong's own commune goes through: the refusals above were about scope.
		long id = create("dakruong", planForm("/documents", uniqueNumber(), "kế hoạch của xã Đắk Ruồng",
				"localityCode", "23488", "issuer", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đăk Ruồng"));
		assertThat(documents.findById(id).orElseThrow().localityName()).contains("Ruồng");
		assertThat(documents.count()).isEqualTo(count + 1);
	}

	@Test
	void theFileOfAnOutOfScopeDocumentIsNotServed() throws Exception {
		byte[] bytes = pdf();
		long id = create("huyen", planForm("/documents", uniqueNumber(), "kế hoạch có tệp của xã Tân Lập",
				"localityCode", "23497", "issuer", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập")
			.file(new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", bytes)));
		mvc.perform(get("/documents/{id}/file", id).with(as("huyen"))).andExpect(status().isOk())
			.andExpect(content().bytes(bytes));
		mvc.perform(get("/documents/{id}/file", id).with(as("dakruong"))).andExpect(status().isNotFound());
	}

	@Test
	void viewerMayReadButNotWrite() throws Exception {
		GuidingDocument plan = byNumber("43-KH/HU");
		long count = documents.count();
		mvc.perform(get("/documents/{id}", plan.id()).with(as("lanhdao"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/documents/" + plan.id() + "/edit"))));
		mvc.perform(get("/documents").with(as("lanhdao")))
			.andExpect(content().string(not(containsString("href=\"/documents/new\""))));
		mvc.perform(get("/documents/new").with(as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(planForm("/documents", uniqueNumber(), "kế hoạch của lãnh đạo").with(as("lanhdao")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/documents/{id}/edit", plan.id()).with(as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(planForm("/documents/" + plan.id() + "/edit", "43-KH/HU", "đổi trích yếu",
				"version", String.valueOf(plan.version())).with(as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(post("/documents/{id}/withdraw", plan.id()).param("version", String.valueOf(plan.version()))
			.with(csrf()).with(as("lanhdao"))).andExpect(status().isForbidden());
		assertThat(documents.count()).isEqualTo(count);
		GuidingDocument after = documents.findById(plan.id()).orElseThrow();
		assertThat(after.version()).isEqualTo(plan.version());
		assertThat(after.withdrawn()).isFalse();
	}

	@Test
	void onlyAdminsRegisterNationalDocuments() throws Exception {
		long count = documents.count();
		mvc.perform(planForm("/documents", uniqueNumber(), "văn bản toàn quốc", "localityCode", "",
				"issuer", "Ban Bí thư").with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(msg("document.error.locality.nationalAdminOnly"))));
		assertThat(documents.count()).isEqualTo(count);
		GuidingDocument directive = byNumber("05-CT/TW");
		mvc.perform(planForm("/documents/" + directive.id() + "/edit", "05-CT/TW", "đổi trích yếu",
				"version", String.valueOf(directive.version())).with(as("huyen"))).andExpect(status().isForbidden());
		assertThat(documents.findById(directive.id()).orElseThrow().title()).isEqualTo(CHI_THI_05);

		long id = create("admin", planForm("/documents", uniqueNumber(), "văn bản toàn quốc",
				"localityCode", "", "issuer", "Ban Bí thư"));
		assertThat(documents.findById(id).orElseThrow().national()).isTrue();
		// National documents are read by everyone signed in, dakruong included.
		mvc.perform(get("/documents/{id}", id).with(as("dakruong"))).andExpect(status().isOk());
	}

	// ---- uploads ----

	@Test
	void renamedProgramsAndPagesAreRefusedAndNothingIsSaved() throws Exception {
		long count = documents.count();
		long stored = storedFiles();
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
		for (byte[] bytes : new byte[][] { exe, html }) {
			String title = "kế hoạch kèm tệp giả " + UUID.randomUUID();
			mvc.perform(planForm("/documents", uniqueNumber(), title)
				.file(new MockMultipartFile("file", "chi-thi.pdf", "application/pdf", bytes)).with(as("huyen")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(msg("document.error.file.type"))))
				.andExpect(content().string(containsString("id=\"file-error\"")))
				.andExpect(content().string(containsString(title)));
		}
		assertThat(documents.count()).isEqualTo(count);
		assertThat(storedFiles()).isEqualTo(stored);
	}

	@Test
	void oversizedUploadIsRefused() throws Exception {
		long count = documents.count();
		long stored = storedFiles();
		byte[] big = new byte[(int) files.maxBytes() + 1];
		System.arraycopy(pdf(), 0, big, 0, 20);
		mvc.perform(planForm("/documents", uniqueNumber(), "kế hoạch kèm tệp quá lớn")
			.file(new MockMultipartFile("file", "lon.pdf", "application/pdf", big)).with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(msg("document.error.file.tooLarge", files.maxBytes() / 1048576.0))));
		assertThat(documents.count()).isEqualTo(count);
		assertThat(storedFiles()).isEqualTo(stored);
	}

	@Test
	void aPdfIsStoredByItsHashAndDownloadedAsUploaded() throws Exception {
		byte[] bytes = pdf();
		String hash = sha256(bytes);
		long id = create("huyen", planForm("/documents", uniqueNumber(), "kế hoạch kèm bản PDF")
			.file(new MockMultipartFile("file", "Kế hoạch 43.pdf", "application/octet-stream", bytes)));
		GuidingDocument saved = documents.findById(id).orElseThrow();
		assertThat(saved.attachment().sha256()).isEqualTo(hash);
		assertThat(saved.attachment().type()).isEqualTo(FileType.PDF);
		Path onDisk = Path.of(dataDir).toAbsolutePath().normalize().resolve("files").resolve(hash.substring(0, 2)).resolve(hash);
		assertThat(onDisk).exists().hasBinaryContent(bytes);
		mvc.perform(get("/documents/{id}/file", id).with(as("lanhdao")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2043.pdf")))
			.andExpect(content().bytes(bytes));
		mvc.perform(get("/documents/{id}", id).with(as("huyen")))
			.andExpect(content().string(containsString("/documents/" + id + "/file")));
	}

	@Test
	void aFileStoredInAFailedSaveIsRemovedAgain(@Autowired org.springframework.transaction.support.TransactionTemplate tx)
			throws Exception {
		byte[] bytes = pdf();
		Path path = files.pathOf(sha256(bytes));
		tx.executeWithoutResult(status -> {
			files.store(new MockMultipartFile("file", "x.pdf", "application/pdf", bytes), DocumentRegister.FILE_TYPES);
			assertThat(path).exists();
			status.setRollbackOnly();
		});
		assertThat(path).doesNotExist();
	}

	// ---- rules, stale edits ----

	@Test
	void aNumberIsRegisteredOncePerIssuerAndYear() throws Exception {
		String number = uniqueNumber();
		create("huyen", planForm("/documents", number, "kế hoạch gốc"));
		long count = documents.count();
		String typed = " " + number.toLowerCase() + " ";
		mvc.perform(planForm("/documents", typed, "kế hoạch trùng số").with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(msg("document.error.number.taken", number.toLowerCase(),
					KON_RAY_ISSUER, "2024"))))
			.andExpect(content().string(containsString("id=\"number-error\"")))
			.andExpect(content().string(containsString("kế hoạch trùng số")));
		assertThat(documents.count()).isEqualTo(count);
		// Another year, the same number: a different document.
		create("huyen", planForm("/documents", number, "kế hoạch năm sau", "issuedOn", "", "year", "2025"));
	}

	@Test
	void badDatesAndMismatchedYearsAreExplainedByTheField() throws Exception {
		long count = documents.count();
		mvc.perform(planForm("/documents", uniqueNumber(), "ngày sai", "issuedOn", "31/02/2024").with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(msg("document.error.issuedOn.invalid"))))
			.andExpect(content().string(containsString("value=\"31/02/2024\"")));
		mvc.perform(planForm("/documents", uniqueNumber(), "năm sai", "year", "2023").with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(msg("document.error.year.mismatch", 2024))));
		// Several errors at once, the bad day among them.
		mvc.perform(planForm("/documents", uniqueNumber(), "", "issuedOn", "32/1/2024").with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(msg("document.error.title.required"))))
			.andExpect(content().string(containsString(msg("document.error.issuedOn.invalid"))));
		assertThat(documents.count()).isEqualTo(count);
	}

	@Test
	void aStaleEditIsRefusedAndLosesNothing() throws Exception {
		long id = create("huyen", planForm("/documents", uniqueNumber(), "trích yếu ban đầu"));
		long opened = documents.findById(id).orElseThrow().version();
		String number = documents.findById(id).orElseThrow().number();
		// Someone else saves first...
		mvc.perform(planForm("/documents/" + id + "/edit", number, "trích yếu của người khác",
				"version", String.valueOf(opened)).with(as("admin"))).andExpect(status().is3xxRedirection());
		// ...then the user saves the form opened before.
		mvc.perform(planForm("/documents/" + id + "/edit", number, "trích yếu của tôi",
				"version", String.valueOf(opened)).with(as("huyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(msg("common.stale"))))
			.andExpect(content().string(containsString("trích yếu của tôi")))
			.andExpect(content().string(containsString("trích yếu của người khác")));
		GuidingDocument saved = documents.findById(id).orElseThrow();
		assertThat(saved.title()).isEqualTo("trích yếu của người khác");
		assertThat(saved.version()).isEqualTo(opened + 1);
	}

	@Test
	void withdrawnDocumentsStayButLeaveTheList() throws Exception {
		String number = uniqueNumber();
		long id = create("huyen", planForm("/documents", number, "kế hoạch sẽ thu hồi"));
		long version = documents.findById(id).orElseThrow().version();
		mvc.perform(post("/documents/{id}/withdraw", id).param("version", String.valueOf(version)).with(csrf())
			.with(as("huyen"))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "document.flash.withdrawn"));
		assertThat(documents.findById(id).orElseThrow().withdrawn()).isTrue();
		mvc.perform(get("/documents").param("q", number).with(as("huyen")))
			.andExpect(content().string(not(containsString("kế hoạch sẽ thu hồi"))));
		mvc.perform(get("/documents").param("q", number).param("withdrawn", "true").with(as("huyen")))
			.andExpect(content().string(containsString("kế hoạch sẽ thu hồi")));
		mvc.perform(get("/documents/{id}", id).with(as("huyen")))
			.andExpect(content().string(containsString("/documents/" + id + "/restore")))
			.andExpect(content().string(not(containsString("/documents/" + id + "/withdraw"))));
		// A second withdrawal with the old version is refused as stale, and changes nothing.
		mvc.perform(post("/documents/{id}/withdraw", id).param("version", String.valueOf(version)).with(csrf())
			.with(as("huyen"))).andExpect(flash().attribute("problem", "common.stale"));
		mvc.perform(post("/documents/{id}/restore", id).param("version", String.valueOf(version + 1)).with(csrf())
			.with(as("huyen"))).andExpect(flash().attribute("flash", "document.flash.restored"));
		assertThat(documents.findById(id).orElseThrow().withdrawn()).isFalse();
	}

}
