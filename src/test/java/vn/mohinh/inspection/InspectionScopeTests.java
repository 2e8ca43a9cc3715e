package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/**
 * Scope on every path: dakruong, an editor of xã Đắk Ruồng, neither sees nor changes an inspection
 * of xã Tân Lập through the pages, the photo, the minutes, the export or the API; every refused
 * write leaves the database as it was.
 */
@MoHinhTest
class InspectionScopeTests {

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

	/** An inspection of xã Tân Lập with a photo, recorded by the district. */
	long tanLapInspectionWithAPhoto() throws Exception {
		String location = mvc.perform(f.form("/inspections", f.tanLapModel(), "organisation", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy",
				"generalFindings", "Tân Lập bí mật", "photos[0].altText", "Ảnh Tân Lập")
			.file(InspectionFixtures.photo(0, InspectionFixtures.png(), "tanlap.png")).with(f.as("huyen")))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void dakruongNeitherSeesNorChangesATanLapInspectionAnywhere() throws Exception {
		long id = tanLapInspectionWithAPhoto();
		String before = f.fingerprint(id);
		long count = f.count();
		long photos = jdbc.sql("select count(*) from inspection_photo").query(Long.class).single();

		// Pages, photo and minutes: as if it did not exist.
		mvc.perform(get("/inspections/{id}", id).with(f.as("dakruong"))).andExpect(status().isNotFound())
			.andExpect(Html.doesNotShow("Tân Lập bí mật"));
		mvc.perform(get("/inspections/{id}/edit", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/inspections/{id}/photos/0", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/inspections/{id}/minutes.docx", id).with(f.as("dakruong"))).andExpect(status().isNotFound());

		// Writes: the correction, the withdrawal, a new inspection of a Tân Lập model.
		mvc.perform(f.form("/inspections/" + id + "/edit", f.tanLapModel(), "version", "0", "generalFindings", "Đổi")
			.with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(post("/inspections/{id}/withdraw", id).param("version", "0").param("reason", "Lén thu hồi").with(csrf())
			.with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/inspections/new").param("initiative", String.valueOf(f.tanLapModel())).with(f.as("dakruong")))
			.andExpect(status().isNotFound());
		mvc.perform(f.form("/inspections", f.tanLapModel(), "generalFindings", "Lén ghi").with(f.as("dakruong")))
			.andExpect(status().isNotFound());

		// Lists, search, the model filter and the export.
		mvc.perform(get("/inspections").with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("Xã Tân Lập")).andExpect(Html.shows("Xã Đắk Ruồng"));
		mvc.perform(get("/inspections").param("q", "an ninh trat tu").with(f.as("dakruong")))
			.andExpect(Html.shows("Không có cuộc kiểm tra nào"));
		// 23497 is xã Kon Braih today, into which Tân Lập and Đắk Ruồng merged: only Đắk Ruồng's are shown.
		mvc.perform(get("/inspections").param("locality", InspectionFixtures.TAN_LAP).with(f.as("dakruong")))
			.andExpect(Html.shows("Trong địa bàn Xã Kon Braih")).andExpect(Html.shows("Xã Đắk Ruồng"))
			.andExpect(Html.doesNotShow("Xã Tân Lập"));
		mvc.perform(get("/inspections").param("initiative", String.valueOf(f.tanLapModel())).with(f.as("dakruong")))
			.andExpect(Html.shows("Không tìm thấy mô hình này trong địa bàn của bạn."))
			.andExpect(Html.doesNotShow("Khu dân cư an toàn về an ninh trật tự"));
		mvc.perform(get("/inspections").param("withdrawn", "true").param("locality", "614").with(f.as("dakruong")))
			.andExpect(Html.doesNotShow("Xã Tân Lập"));
		byte[] xlsx = mvc.perform(get("/inspections/export.xlsx").param("withdrawn", "true").with(f.as("dakruong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(2);
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("Xã Đắk Ruồng");
			}
		}

		// The API: list, one, and recording.
		mvc.perform(get("/api/v1/inspections").param("locality", InspectionFixtures.TAN_LAP).param("size", "200")
			.with(f.as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].communeName", everyItem(is("Xã Đắk Ruồng"))));
		mvc.perform(get("/api/v1/inspections").param("locality", "614").param("size", "200").param("withdrawn", "true")
			.with(f.as("dakruong")))
			.andExpect(jsonPath("$.items[*].communeName", everyItem(is("Xã Đắk Ruồng"))));
		mvc.perform(get("/api/v1/inspections").param("initiative", String.valueOf(f.tanLapModel())).with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/inspections").param("q", "tan lap").with(f.as("dakruong")))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/inspections/{id}", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/inspections").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"initiativeId": %d, "inspectedOn": "2024-03-15", "kind": "KIEM_TRA", "organisation": "Lén",
					 "team": [{"name": "Lén", "role": "Trưởng đoàn"}], "rating": "TOT"}""".formatted(f.tanLapModel())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("initiativeId"))
			.andExpect(jsonPath("$.errors[0].message").value("Không tìm thấy mô hình này trong địa bàn của bạn."));

		// Nothing changed.
		assertThat(f.fingerprint(id)).isEqualTo(before);
		assertThat(f.count()).isEqualTo(count);
		assertThat(jdbc.sql("select count(*) from inspection_photo").query(Long.class).single()).isEqualTo(photos);
		assertThat(jdbc.sql("select count(*) from inspection where general_findings in ('Lén ghi', 'Đổi')")
			.query(Long.class).single()).isZero();
	}

	@Test
	void theDistrictSeesBothCommunesAndTheOwnerOfTheScopeReadsItsOwn() throws Exception {
		long id = tanLapInspectionWithAPhoto();
		mvc.perform(get("/inspections/{id}", id).with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(Html.shows("Tân Lập bí mật"));
		mvc.perform(get("/inspections/{id}/photos/0", id).with(f.as("lanhdao"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/inspections/{id}", id).with(f.as("lanhdao"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.generalFindings").value("Tân Lập bí mật"));
		mvc.perform(get("/inspections").param("locality", "614").with(f.as("huyen")))
			.andExpect(Html.shows("Xã Tân Lập")).andExpect(Html.shows("Xã Đắk Ruồng"));
	}

	@Test
	void aTeamMemberOrPersonInChargeOutsideTheScopeCannotBePickedById() throws Exception {
		long outsider = jdbc.sql("select id from person where full_name = 'A Thuận'").query(Long.class).single();
		long before = f.count();
		mvc.perform(f.form("/inspections", f.dakRuongModel(), "actions[0].personInChargeId", String.valueOf(outsider))
			.with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("Xin chọn người trong danh sách."));
		long outsideOrganisation = jdbc.sql("select id from organisation where name = 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập'")
			.query(Long.class).single();
		mvc.perform(f.form("/inspections", f.dakRuongModel(), "organisationId", String.valueOf(outsideOrganisation))
			.with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("Xin chọn cơ quan, tổ chức trong danh sách."));
		assertThat(f.count()).isEqualTo(before);
	}

}
