package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/**
 * The inspection pages as the demo users: the demo data's story, the list with its filters, htmx
 * fragment and export, recording with a photo, bad input kept with messages by the fields
 * (oversized or non-image photos included), stale corrections, withdrawal, and read-only viewers.
 */
@MoHinhTest
@RecordApplicationEvents
class InspectionWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	InspectionFixtures f;

	@BeforeEach
	void fixtures() {
		f = new InspectionFixtures(mvc, jdbc, users);
	}

	static String today() {
		return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	@Test
	void theDemoDataTellsTheArticlesStory() {
		// The 2019 supervision of the cell's five registered models by the standing committee's team.
		assertThat(jdbc.sql("""
				select count(*) from inspection where kind = 'GIAM_SAT' and inspected_on = ?
				and organisation_name = 'Ban Thường vụ Huyện ủy Kon Rẫy'""").param(InspectionDemoData.SUPERVISION_DAY)
			.query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("""
				select count(*) from inspection_member m join inspection i on i.id = m.inspection_id
				where i.kind = 'GIAM_SAT' and i.recorded_by = 'demo-data' and m.team_role like 'Trưởng đoàn%'""")
			.query(Long.class).single()).isEqualTo(5);
		// Most rated Tốt or Khá, one Chưa đạt.
		long rated = jdbc.sql("select count(*) from inspection where rating is not null and recorded_by = 'demo-data'")
			.query(Long.class).single();
		long good = jdbc.sql("select count(*) from inspection where rating in ('TOT', 'KHA') and recorded_by = 'demo-data'")
			.query(Long.class).single();
		assertThat(good * 4).isGreaterThan(rated * 3);
		assertThat(jdbc.sql("select count(*) from inspection where rating = 'CHUA_DAT' and recorded_by = 'demo-data'")
			.query(Long.class).single()).isEqualTo(1);
		// Irregular: nothing after 2021, and one model of xã Đắk Ruồng never inspected by the demo.
		assertThat(jdbc.sql("select max(inspected_on) from inspection where recorded_by = 'demo-data'")
			.query(LocalDate.class).single()).isBefore(LocalDate.of(2022, 1, 1));
		assertThat(jdbc.sql("select count(*) from inspection where initiative_id = ? and recorded_by = 'demo-data'")
			.param(f.dakRuongModel()).query(Long.class).single()).isZero();
		// People of the register are linked; a follow-up action of Đắk Ruồng is in Đinh Thị Hoa's charge.
		assertThat(jdbc.sql("select count(*) from inspection_action where person_name = 'Đinh Thị Hoa' and person_id is not null")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theDistrictListsItsInspectionsFiltersThemAndSearchesWithoutAccents() throws Exception {
		mvc.perform(get("/inspections").with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows("Ban Thường vụ Huyện ủy Kon Rẫy"))
			.andExpect(Html.shows("Khu dân cư an toàn về an ninh trật tự"))
			.andExpect(Html.shows("Giám sát"));
		mvc.perform(get("/inspections").param("kind", "GIAM_SAT").param("to", "31/12/2019").with(f.as("huyen")))
			.andExpect(Html.shows("5 cuộc kiểm tra, giám sát"))
			.andExpect(Html.doesNotShow("Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng"));
		mvc.perform(get(URI.create("/inspections?q=an%20ninh%20trat%20tu")).with(f.as("huyen")))
			.andExpect(Html.shows("Khu dân cư an toàn về an ninh trật tự"))
			.andExpect(Html.doesNotShow("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn"));
		mvc.perform(get("/inspections").param("locality", "23488").param("to", "31/12/2021").param("from", "01/01/2019")
			.with(f.as("huyen")))
			.andExpect(Html.shows("Trong địa bàn Xã Đắk Ruồng"))
			.andExpect(Html.shows("3 cuộc kiểm tra, giám sát"))
			.andExpect(Html.doesNotShow("Xã Tân Lập"));
		mvc.perform(get("/inspections").param("rating", "CHUA_DAT").param("to", "31/12/2021").with(f.as("huyen")))
			.andExpect(Html.shows("Khu dân cư đảm bảo vệ sinh môi trường")).andExpect(Html.shows("1 cuộc kiểm tra"));
		mvc.perform(get("/inspections").param("initiative", String.valueOf(f.tanLapModel())).param("from", "01/01/2020")
			.param("to", "31/12/2020").with(f.as("huyen")))
			.andExpect(Html.shows("Các lần kiểm tra, giám sát mô hình “Khu dân cư an toàn về an ninh trật tự”"))
			.andExpect(Html.shows("18/06/2020")).andExpect(Html.doesNotShow("20/08/2019"));
		mvc.perform(get("/inspections").param("locality", "99999").with(f.as("huyen")))
			.andExpect(Html.shows("Không có địa bàn mang mã “99999”")).andExpect(Html.shows("Không có cuộc kiểm tra nào"));
	}

	@Test
	void theListOrdersModelsInVietnameseOrder() throws Exception {
		String page = mvc.perform(get("/inspections").param("order", "model").param("locality", "23488").with(f.as("huyen")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// "Khu dân cư đảm bảo …" before "Khu dân cư văn hóa …" (đ after d, before v).
		int traffic = page.indexOf("Khu dân cư đảm bảo an toàn giao thông");
		int culture = page.indexOf("Khu dân cư văn hóa kiểu mẫu");
		assertThat(traffic).isPositive();
		assertThat(culture).isGreaterThan(traffic);
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/inspections").param("q", "ha mon").header("HX-Request", "true").with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("HX-Request")))
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("<div id=\"inspection-results\"")))
			.andExpect(Html.shows("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn"))
			.andExpect(Html.doesNotShow("<html"));
	}

	@Test
	void theExportHoldsEveryFilteredRow() throws Exception {
		byte[] xlsx = mvc.perform(get("/inspections/export.xlsx").param("kind", "GIAM_SAT").param("to", "31/12/2019").with(f.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", InspectionController.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			// Title, header, five supervisions.
			assertThat(sheet.getLastRowNum()).isEqualTo(6);
			assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Ban Thường vụ Huyện ủy Kon Rẫy");
			assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Giám sát");
		}
	}

	@Test
	void anInspectorRecordsAnInspectionWithAPhotoAndSeesIt() throws Exception {
		long model = f.dakRuongModel();
		mvc.perform(get("/inspections/new").param("initiative", String.valueOf(model)).with(f.as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Khu dân cư đảm bảo vệ sinh môi trường"))
			.andExpect(Html.shows("accept=\"image/*\" capture=\"environment\""))
			.andExpect(Html.shows("value=\"" + today() + "\""))
			.andExpect(Html.shows("data-draft-key=\"new-" + model + "\""));
		String findings = "Đường thôn 8 sạch " + UUID.randomUUID().toString().substring(0, 6);
		long before = f.count();
		String location = mvc.perform(f.form("/inspections", model, "generalFindings", findings, "latitude", "14.5852",
				"longitude", "108.1874", "locationAccuracy", "12", "photos[0].altText", "Đường bê tông thôn 8")
			.file(InspectionFixtures.photo(0, InspectionFixtures.png(), "thon8.png")).with(f.as("dakruong")))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(f.count()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select scope_path from inspection where id = ?").param(id).query(String.class).single())
			.isEqualTo(jdbc.sql("select scope_path from initiative where id = ?").param(model).query(String.class).single());
		assertThat(jdbc.sql("select latitude from inspection where id = ?").param(id).query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("14.5852");
		// Inside the transaction: the regularity watch learns the model's latest inspection.
		assertThat(events.stream(InspectionRecorded.class).filter(e -> e.inspectionId() == id))
			.singleElement().satisfies(e -> {
				assertThat(e.initiativeId()).isEqualTo(model);
				assertThat(e.latestOn()).isNotNull();
			});
		mvc.perform(get("/inspections/{id}", id).with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows(findings))
			.andExpect(Html.shows("Đinh Thị Hoa, Trưởng đoàn"))
			.andExpect(Html.shows("Mua thùng rác"))
			.andExpect(Html.shows("30/04/2024"))
			.andExpect(Html.shows("alt=\"Đường bê tông thôn 8\""))
			.andExpect(Html.shows("Vĩ độ 14.585200, kinh độ 108.187400 (sai số khoảng 12 m)"))
			.andExpect(Html.shows("Khá"));
		mvc.perform(get("/inspections/{id}/photos/0", id).with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(InspectionFixtures.png()));
		mvc.perform(get("/inspections").param("q", findings.substring(0, 3)).with(f.as("dakruong")))
			.andExpect(status().isOk());
		mvc.perform(get("/inspections").param("initiative", String.valueOf(model)).with(f.as("dakruong")))
			.andExpect(Html.shows("15/03/2024"));
		// The team leader, known to the register, is linked to her record.
		assertThat(jdbc.sql("select person_id from inspection_member where inspection_id = ? and position = 0").param(id)
			.query(Long.class).optional()).isPresent();
	}

	@Test
	void badInputIsRefusedByItsFieldsAndEverythingTypedIsKept() throws Exception {
		long before = f.count();
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1)
			.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		mvc.perform(f.form("/inspections", f.dakRuongModel(), "inspectedOn", tomorrow, "rating", "",
				"actions[0].dueOn", "01/01/2020", "generalFindings", "Giữ lại nhận xét này", "team[1].name", "",
				"team[1].role", "Thư ký", "latitude", "95", "longitude", "108").with(f.as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Chưa lưu được: xin kiểm tra lại các ô được đánh dấu."))
			.andExpect(Html.shows("Ngày kiểm tra không được sau hôm nay (" + today() + ")."))
			.andExpect(Html.shows("Xin chọn xếp loại"))
			.andExpect(Html.shows("Xin ghi họ tên thành viên có chức danh này."))
			.andExpect(Html.shows("Vĩ độ phải từ -90 đến 90."))
			.andExpect(Html.shows("Giữ lại nhận xét này"))
			.andExpect(Html.shows("value=\"Thư ký\""))
			.andExpect(Html.shows("value=\"Mua thùng rác\""))
			.andExpect(Html.shows("value=\"" + tomorrow + "\""));
		// Before the model started, and a due date before the inspection.
		mvc.perform(f.form("/inspections", f.dakRuongModel(), "inspectedOn", "15/10/2019", "actions[0].dueOn", "14/10/2019")
			.with(f.as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Ngày kiểm tra không được trước ngày mô hình bắt đầu (01/11/2019)."))
			.andExpect(Html.shows("Thời hạn không được trước ngày kiểm tra (15/10/2019)."));
		// A day that does not exist is said by its field, with the rules of the rest.
		mvc.perform(f.form("/inspections", f.dakRuongModel(), "inspectedOn", "31/02/2024", "team[0].name", "")
			.with(f.as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Ngày kiểm tra không hợp lệ; xin nhập theo dạng ngày/tháng/năm"))
			.andExpect(Html.shows("value=\"31/02/2024\""));
		assertThat(f.count()).isEqualTo(before);
	}

	@Test
	void aPhotoTooLargeOrNotAnImageIsRefusedByItsFieldTheRestKept() throws Exception {
		long before = f.count();
		long photosBefore = jdbc.sql("select count(*) from inspection_photo").query(Long.class).single();
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(InspectionFixtures.png(), 0, big, 0, InspectionFixtures.png().length);
		mvc.perform(f.form("/inspections", f.dakRuongModel(), "generalFindings", "Nhận xét giữ lại khi ảnh quá lớn",
				"photos[0].altText", "Ảnh quá lớn", "photos[1].altText", "Không phải ảnh")
			.file(InspectionFixtures.photo(0, big, "lon.png"))
			.file(new MockMultipartFile("photos[1].file", "giaymoi.png", "image/png", "Giấy mời họp".getBytes()))
			.with(f.as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Ảnh quá lớn: tối đa 10 MB."))
			.andExpect(Html.shows("Tệp này không phải ảnh (JPEG, PNG hoặc WebP)."))
			.andExpect(Html.shows("Nhận xét giữ lại khi ảnh quá lớn"))
			.andExpect(Html.shows("value=\"Ảnh quá lớn\""))
			.andExpect(Html.shows("value=\"Đinh Thị Hoa\""))
			.andExpect(Html.shows("id=\"photos[0].file-error\""));
		// A photo without its description, and a description whose photo must be chosen again.
		mvc.perform(f.form("/inspections", f.dakRuongModel(), "photos[1].altText", "Ảnh chưa chọn lại")
			.file(InspectionFixtures.photo(0, InspectionFixtures.png(), "a.png")).with(f.as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Xin mô tả ảnh bằng một câu cho người không xem được ảnh."))
			.andExpect(Html.shows("Xin chọn lại ảnh"));
		assertThat(f.count()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from inspection_photo").query(Long.class).single()).isEqualTo(photosBefore);
	}

	@Test
	void aStaleCorrectionKeepsWhatWasTypedAndShowsWhatIsSaved() throws Exception {
		long id = f.record("dakruong", f.dakRuongModel(), "generalFindings", "Bản đầu");
		mvc.perform(get("/inspections/{id}/edit", id).with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows("Bản đầu")).andExpect(Html.shows("name=\"version\" value=\"0\""));
		mvc.perform(f.form("/inspections/" + id + "/edit", f.dakRuongModel(), "version", "0", "generalFindings",
				"Bản của huyện").with(f.as("huyen"))).andExpect(status().is3xxRedirection());
		mvc.perform(f.form("/inspections/" + id + "/edit", f.dakRuongModel(), "version", "0", "generalFindings",
				"Bản của xã, gõ sau").with(f.as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Hồ sơ này vừa được người khác sửa."))
			.andExpect(Html.shows("Bản của xã, gõ sau"))
			.andExpect(Html.shows("Bản của huyện"))
			.andExpect(Html.shows("name=\"version\" value=\"1\""));
		assertThat(jdbc.sql("select general_findings from inspection where id = ?").param(id).query(String.class).single())
			.isEqualTo("Bản của huyện");
	}

	@Test
	void aCorrectionReplacesTheDetailsAndTakesOffAChosenPhoto() throws Exception {
		long id = f.record("dakruong", f.dakRuongModel());
		assertThat(jdbc.sql("select count(*) from inspection_photo where inspection_id = ?").param(id).query(Long.class)
			.single()).isZero();
		mvc.perform(f.form("/inspections/" + id + "/edit", f.dakRuongModel(), "version", "0", "photos[0].altText", "Ảnh một")
			.file(InspectionFixtures.photo(0, InspectionFixtures.png(), "1.png")).with(f.as("dakruong")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/inspections/{id}/edit", id).with(f.as("dakruong"))).andExpect(Html.shows("Bỏ ảnh này"));
		mvc.perform(f.form("/inspections/" + id + "/edit", f.dakRuongModel(), "version", "1", "rating", "TOT",
				"droppedPhotos", "0").with(f.as("dakruong"))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select rating from inspection where id = ?").param(id).query(String.class).single())
			.isEqualTo("TOT");
		assertThat(jdbc.sql("select count(*) from inspection_photo where inspection_id = ?").param(id).query(Long.class)
			.single()).isZero();
	}

	@Test
	void anInspectionIsWithdrawnWithAReasonNeverDeleted() throws Exception {
		long id = f.record("dakruong", f.dakRuongModel());
		mvc.perform(post("/inspections/{id}/withdraw", id).param("version", "0").param("reason", " ").with(csrf())
			.with(f.as("dakruong"))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "Xin ghi lý do thu hồi biên bản."))
			.andExpect(flash().attribute("problemField", "reason"));
		assertThat(jdbc.sql("select status from inspection where id = ?").param(id).query(String.class).single())
			.isEqualTo("RECORDED");
		events.clear();
		mvc.perform(post("/inspections/{id}/withdraw", id).param("version", "0").param("reason", "Ghi trùng").with(csrf())
			.with(f.as("dakruong"))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from inspection where id = ?").param(id).query(String.class).single())
			.isEqualTo("WITHDRAWN");
		assertThat(events.stream(InspectionRecorded.class)).singleElement()
			.satisfies(e -> assertThat(e.inspectionId()).isEqualTo(id));
		mvc.perform(get("/inspections/{id}", id).with(f.as("dakruong"))).andExpect(Html.shows("Lý do: Ghi trùng"))
			.andExpect(Html.doesNotShow("/inspections/" + id + "/edit\""));
		mvc.perform(get("/inspections/{id}/edit", id).with(f.as("dakruong"))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "Biên bản này đã thu hồi; không sửa được nữa."));
		mvc.perform(f.form("/inspections/" + id + "/edit", f.dakRuongModel(), "version", "1", "generalFindings", "Sửa sau")
			.with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows("Biên bản này đã thu hồi; không sửa được nữa."));
		mvc.perform(get("/inspections").param("initiative", String.valueOf(f.dakRuongModel())).with(f.as("dakruong")))
			.andExpect(Html.doesNotShow("/inspections/" + id + "\""));
		mvc.perform(get("/inspections").param("initiative", String.valueOf(f.dakRuongModel())).param("withdrawn", "true")
			.with(f.as("dakruong"))).andExpect(Html.shows("/inspections/" + id + "\""));
	}

	@Test
	void withoutAModelTheFormOffersTheModelsInScope() throws Exception {
		mvc.perform(get("/inspections/new").with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows("Chọn mô hình được kiểm tra"))
			.andExpect(Html.shows("/inspections/new?initiative=" + f.dakRuongModel()))
			.andExpect(Html.doesNotShow("Xã Tân Lập"));
	}

	@Test
	void theViewerReadsButDoesNotRecord() throws Exception {
		long id = f.tanLapInspection();
		long before = f.count();
		mvc.perform(get("/inspections/{id}", id).with(f.as("lanhdao"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("Thu hồi biên bản"));
		mvc.perform(get("/inspections").with(f.as("lanhdao"))).andExpect(Html.doesNotShow("Ghi kết quả kiểm tra"));
		mvc.perform(get("/inspections/new").param("initiative", String.valueOf(f.tanLapModel())).with(f.as("lanhdao")))
			.andExpect(status().isForbidden());
		mvc.perform(f.form("/inspections", f.tanLapModel()).with(f.as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(get("/inspections/{id}/edit", id).with(f.as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(post("/inspections/{id}/withdraw", id).param("version", "0").param("reason", "x").with(csrf())
			.with(f.as("lanhdao"))).andExpect(status().isForbidden());
		assertThat(f.count()).isEqualTo(before);
		assertThat(jdbc.sql("select status from inspection where id = ?").param(id).query(String.class).single())
			.isEqualTo("RECORDED");
	}

}
