package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.mohinh.MoHinhTest;
import vn.mohinh.shared.files.TestImages;

/** A model's photo in smaller copies: made on upload, served by ?w=, offered by srcset; a pixel bomb refused. */
@MoHinhTest
class InitiativePhotoSizesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	long create(String name) throws Exception {
		long village = jdbc.sql("""
				select v.id from locality v join locality c on c.id = v.parent_id
				where c.code = '23488' and c.valid_to is not null and v.name = 'Thôn 8'""").query(Long.class).single();
		long type = jdbc.sql("select id from initiative_type where name = 'Xanh, sạch, đẹp'").query(Long.class).single();
		String location = mvc.perform(post("/initiatives").with(csrf()).with(as("dakruong")).param("name", name)
			.param("typeId", String.valueOf(type)).param("communeCode", "23488").param("startDate", "01/02/2024")
			.param("overlapReason", "Thử nghiệm").param("villageIds", String.valueOf(village)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long version(long id) {
		return jdbc.sql("select version from initiative where id = ?").param(id).query(Long.class).single();
	}

	MvcResult attach(long id, byte[] photo, String name) throws Exception {
		return mvc.perform(multipart("/initiatives/{id}/files", id)
			.file(new MockMultipartFile("file", name, "image/jpeg", photo)).param("photo", "true")
			.param("altText", "Đường làng thôn 8").param("version", String.valueOf(version(id))).with(csrf())
			.with(as("dakruong"))).andExpect(status().is3xxRedirection()).andReturn();
	}

	@Test
	void anUploadedPhotoIsServedSmallerWithALongPrivateCacheAndOfferedBySrcset() throws Exception {
		long id = create("Ảnh nhiều cỡ " + UUID.randomUUID().toString().substring(0, 6));
		byte[] original = TestImages.jpeg(1600, 1200);
		attach(id, original, "duong-lang.jpg");
		String hash = jdbc.sql("select file_hash from initiative_file where initiative_id = ?").param(id)
			.query(String.class).single();
		assertThat(jdbc.sql("select width from image_variant where original_hash = ? order by width").param(hash)
			.query(Integer.class).list()).containsExactly(360, 720, 1200, 1600);

		String page = mvc.perform(get("/initiatives/{id}", id).with(as("dakruong"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String version = hash.substring(0, 12);
		String url = "/initiatives/" + id + "/files/0";
		assertThat(page).contains("srcset=\"" + url + "?w=360&amp;v=" + version + " 360w, " + url + "?w=720&amp;v="
				+ version + " 720w, " + url + "?w=1200&amp;v=" + version + " 1200w, " + url + "?v=" + version + " 1600w\"")
			.contains("sizes=\"240px\"").contains("height=\"180\"").contains("loading=\"lazy\"");

		MvcResult small = mvc.perform(get(url).param("w", "360").param("v", version).with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
			.andExpect(header().string("Cache-Control", containsString("immutable")))
			.andExpect(header().string("Cache-Control", containsString("private")))
			.andReturn();
		byte[] bytes = small.getResponse().getContentAsByteArray();
		assertThat(bytes.length).isLessThan(original.length / 3);
		assertThat(TestImages.widthOf(bytes)).isEqualTo(360);
		// Nearest copy at least as wide as asked; wider than every copy: the original.
		assertThat(TestImages.widthOf(mvc.perform(get(url).param("w", "500").with(as("dakruong"))).andReturn()
			.getResponse().getContentAsByteArray())).isEqualTo(720);
		assertThat(mvc.perform(get(url).param("w", "4000").with(as("dakruong"))).andReturn().getResponse()
			.getContentAsByteArray()).isEqualTo(original);
		// Without the content's version the URL may show other bytes later: not kept.
		mvc.perform(get(url).param("w", "360").with(as("dakruong"))).andExpect(header().string("Cache-Control", "no-store"));
		mvc.perform(get(url).param("w", "360").param("v", "000000000000").with(as("dakruong")))
			.andExpect(header().string("Cache-Control", "no-store"));
		// Scope still holds for the copies: a Tân Lập model's photos are nothing to a Đắk Ruồng user.
		long tanLap = jdbc.sql("select min(id) from initiative where commune_code = '23497'").query(Long.class).single();
		int denied = mvc.perform(get("/initiatives/{id}/files/0", tanLap).param("w", "360").with(as("dakruong")))
			.andReturn().getResponse().getStatus();
		assertThat(denied).isIn(403, 404);
	}

	@Test
	void aPixelBombIsRefusedByTheFieldAndNothingIsKept() throws Exception {
		long id = create("Ảnh khổng lồ " + UUID.randomUUID().toString().substring(0, 6));
		long variants = jdbc.sql("select count(*) from image_variant").query(Long.class).single();
		MvcResult refused = attach(id, TestImages.pngHeader(9000, 5000), "panorama.png");
		assertThat(refused.getFlashMap().get("problemField")).isEqualTo("file");
		assertThat((String) refused.getFlashMap().get("problem")).contains("45 triệu điểm ảnh", "40 triệu điểm ảnh");
		assertThat(jdbc.sql("select count(*) from initiative_file where initiative_id = ?").param(id).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from image_variant").query(Long.class).single()).isEqualTo(variants);
	}

}
