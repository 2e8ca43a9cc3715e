package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;
import vn.mohinh.shared.files.TestImages;

/** Inspection photos in smaller copies: made when recorded, served by ?w=, offered by srcset; a pixel bomb refused. */
@MoHinhTest
class InspectionPhotoSizesWebTests {

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

	@Test
	void aPhotoIsServedInTheWidthAskedForAndOfferedBySrcset() throws Exception {
		byte[] original = TestImages.jpeg(1000, 750);
		String location = mvc.perform(f.form("/inspections", f.dakRuongModel(), "photos[0].altText", "Thùng rác mới")
			.file(new MockMultipartFile("photos[0].file", "thung-rac.jpg", "image/jpeg", original)).with(f.as("dakruong")))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long withPhoto = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String hash = jdbc.sql("select file_hash from inspection_photo where inspection_id = ?").param(withPhoto)
			.query(String.class).single();
		String url = "/inspections/" + withPhoto + "/photos/0";
		String v = hash.substring(0, 12);
		mvc.perform(get("/inspections/{id}", withPhoto).with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows("srcset=\"" + url + "?w=360&v=" + v + " 360w, " + url + "?w=720&v=" + v + " 720w, "
					+ url + "?v=" + v + " 1000w\""))
			.andExpect(Html.shows("width=\"1000\" height=\"750\""));
		byte[] copy = mvc.perform(get(url).param("w", "720").param("v", v).with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(TestImages.widthOf(copy)).isEqualTo(720);
		assertThat(copy.length).isLessThan(original.length);
	}

	@Test
	void aPixelBombIsRefusedByItsRowTheFormKept() throws Exception {
		long before = f.count();
		mvc.perform(f.form("/inspections", f.dakRuongModel(), "generalFindings", "Nhận xét giữ lại khi ảnh quá nhiều điểm",
				"photos[0].altText", "Toàn cảnh thôn")
			.file(new MockMultipartFile("photos[0].file", "toan-canh.png", "image/png", TestImages.pngHeader(10000, 5000)))
			.with(f.as("dakruong")))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Ảnh quá lớn (50 triệu điểm ảnh): chỉ nhận ảnh đến 40 triệu điểm ảnh."))
			.andExpect(Html.shows("id=\"photos[0].file-error\""))
			.andExpect(Html.shows("Nhận xét giữ lại khi ảnh quá nhiều điểm"));
		assertThat(f.count()).isEqualTo(before);
	}

}
