package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/** The steps on a model's page: photos and files, replicate, convert, maintain and discontinue. */
@MoHinhTest
class InitiativeLifecycleWebTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	long village(String name) {
		return jdbc.sql("""
				select v.id from locality v join locality c on c.id = v.parent_id
				where c.code = '23488' and c.valid_to is not null and v.name = ?""").param(name).query(Long.class).single();
	}

	long typeId(String name) {
		return jdbc.sql("select id from initiative_type where name = ?").param(name).query(Long.class).single();
	}

	long version(long id) {
		return jdbc.sql("select version from initiative where id = ?").param(id).query(Long.class).single();
	}

	String statusOf(long id) {
		return jdbc.sql("select status from initiative where id = ?").param(id).query(String.class).single();
	}

	MockHttpServletRequestBuilder form(String name, String type, String... more) {
		MockHttpServletRequestBuilder request = post("/initiatives").with(csrf()).param("name", name)
			.param("typeId", String.valueOf(typeId(type))).param("communeCode", "23488").param("startDate", "01/02/2024")
			.param("overlapReason", "Thử nghiệm");
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return request;
	}

	long id(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long create(String name) throws Exception {
		return id(mvc.perform(form(name, "Xanh, sạch, đẹp", "villageIds", String.valueOf(village("Thôn 8")))
			.with(as("dakruong"))).andExpect(status().is3xxRedirection()).andReturn());
	}

	long files(long id) {
		return jdbc.sql("select count(*) from initiative_file where initiative_id = ?").param(id).query(Long.class).single();
	}

	@Test
	void aPhotoNeedsItsAltTextAndASniffedType() throws Exception {
		long id = create("Có ảnh " + UUID.randomUUID().toString().substring(0, 6));
		MockMultipartFile photo = new MockMultipartFile("file", "thon8.png", "image/png", PNG);
		// Without alternative text: refused by the field, nothing saved.
		mvc.perform(multipart("/initiatives/{id}/files", id).file(photo).param("photo", "true").param("version",
				String.valueOf(version(id))).with(csrf()).with(as("dakruong")))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problemField", "altText"));
		assertThat(files(id)).isZero();
		// A text file named .png is not a photo, whatever it says it is.
		mvc.perform(multipart("/initiatives/{id}/files", id)
			.file(new MockMultipartFile("file", "fake.png", "image/png", "not a picture".getBytes()))
			.param("photo", "true").param("altText", "Giả").param("version", String.valueOf(version(id))).with(csrf())
			.with(as("dakruong"))).andExpect(flash().attribute("problemField", "file"));
		assertThat(files(id)).isZero();
		mvc.perform(multipart("/initiatives/{id}/files", id).file(photo).param("photo", "true")
			.param("altText", "Đường làng thôn 8 sạch sẽ").param("version", String.valueOf(version(id))).with(csrf())
			.with(as("dakruong"))).andExpect(flash().attribute("flash", "initiative.flash.attached"));
		assertThat(jdbc.sql("select file_type from initiative_file where initiative_id = ?").param(id).query(String.class)
			.single()).isEqualTo("PNG");
		mvc.perform(get("/initiatives/{id}", id).with(as("dakruong"))).andExpect(Html.shows("alt=\"Đường làng thôn 8 sạch sẽ\""));
		mvc.perform(get("/initiatives/{id}/files/0", id).with(as("dakruong"))).andExpect(status().isOk());
	}

	@Test
	void aFileTooLargeIsRefusedByItsFieldAndNothingIsSaved() throws Exception {
		long id = create("Tệp lớn " + UUID.randomUUID().toString().substring(0, 6));
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
		MvcResult refused = mvc.perform(multipart("/initiatives/{id}/files", id)
			.file(new MockMultipartFile("file", "lon.pdf", "application/pdf", big)).param("version", String.valueOf(version(id)))
			.with(csrf()).with(as("dakruong"))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problemField", "file")).andReturn();
		assertThat(files(id)).isZero();
		// The page after the redirect says it by the file field (sessions live in the database: follow the cookie).
		jakarta.servlet.http.Cookie session = refused.getResponse().getCookie("SESSION");
		MockHttpServletRequestBuilder page = get("/initiatives/{id}", id).with(as("dakruong"));
		if (session != null) {
			page.cookie(session);
		}
		else {
			page.flashAttrs(refused.getFlashMap());
		}
		mvc.perform(page)
			.andExpect(Html.shows("id=\"upload-file-error\"")).andExpect(Html.shows("Tệp lớn hơn 10 MB."))
			.andExpect(Html.shows("aria-describedby=\"upload-hint upload-file-error\""));
	}

	@Test
	void replicatingMakesADraftInOtherVillagesLinkedBothWays() throws Exception {
		String name = "Gốc nhân rộng " + UUID.randomUUID().toString().substring(0, 6);
		long origin = create(name);
		mvc.perform(get("/initiatives/new").param("origin", String.valueOf(origin)).param("relation", "REPLICATION")
			.with(as("dakruong"))).andExpect(status().isOk()).andExpect(Html.shows(name))
			.andExpect(Html.shows("Nhân rộng mô hình"));
		long copy = id(mvc.perform(form(name + " (thôn 12, 13)", "Xanh, sạch, đẹp", "origin", String.valueOf(origin),
				"relation", "REPLICATION", "villageIds", String.valueOf(village("Thôn 12")), "villageIds",
				String.valueOf(village("Thôn 13"))).with(as("dakruong"))).andExpect(status().is3xxRedirection()).andReturn());
		assertThat(statusOf(origin)).isEqualTo("REPLICATED");
		assertThat(jdbc.sql("select origin_id from initiative where id = ?").param(copy).query(Long.class).single()).isEqualTo(origin);
		assertThat(jdbc.sql("select status from initiative_registration where initiative_id = ?").param(copy)
			.query(String.class).single()).isEqualTo("DRAFT");
		mvc.perform(get("/initiatives/{id}", copy).with(as("dakruong"))).andExpect(Html.shows("/initiatives/" + origin))
			.andExpect(Html.shows("Thôn 12, Thôn 13"));
		mvc.perform(get("/initiatives/{id}", origin).with(as("dakruong"))).andExpect(Html.shows("/initiatives/" + copy))
			.andExpect(Html.shows("Đã nhân rộng"));
	}

	@Test
	void convertingCreatesASuccessorOfAnotherTypeAndClosesTheOriginWithTheReason() throws Exception {
		long origin = create("Gốc chuyển đổi " + UUID.randomUUID().toString().substring(0, 6));
		// Without a reason, or to the same type: refused, each by its field, nothing changed.
		mvc.perform(form("Kế tiếp", "Xanh, sạch, đẹp", "origin", String.valueOf(origin), "relation", "CONVERSION",
				"villageIds", String.valueOf(village("Thôn 8"))).with(as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"lineageReason-error\""));
		assertThat(statusOf(origin)).isEqualTo("ACTIVE");
		String reason = "Không hiệu quả, chuyển sang nuôi gà";
		long successor = id(mvc.perform(form("Nuôi gà thôn 8", "Nuôi gà", "origin", String.valueOf(origin), "relation",
				"CONVERSION", "lineageReason", reason, "villageIds", String.valueOf(village("Thôn 8")))
			.with(as("dakruong"))).andExpect(status().is3xxRedirection()).andReturn());
		assertThat(statusOf(origin)).isEqualTo("CONVERTED");
		mvc.perform(get("/initiatives/{id}", origin).with(as("dakruong"))).andExpect(Html.shows(reason))
			.andExpect(Html.shows("/initiatives/" + successor)).andExpect(Html.shows("Đã chuyển đổi"));
		mvc.perform(get("/initiatives/{id}", successor).with(as("dakruong"))).andExpect(Html.shows(reason))
			.andExpect(Html.shows("/initiatives/" + origin));
		// A closed model takes no further step.
		mvc.perform(post("/initiatives/{id}/maintain", origin).param("version", String.valueOf(version(origin))).with(csrf())
			.with(as("dakruong"))).andExpect(flash().attributeExists("problem"));
	}

	@Test
	void maintainAndDiscontinue() throws Exception {
		long id = create("Duy trì rồi dừng " + UUID.randomUUID().toString().substring(0, 6));
		mvc.perform(post("/initiatives/{id}/maintain", id).param("version", String.valueOf(version(id))).with(csrf())
			.with(as("dakruong"))).andExpect(flash().attribute("flash", "initiative.flash.maintained"));
		assertThat(statusOf(id)).isEqualTo("MAINTAINED");
		// No reason, a date before the start, an unreadable date: refused, nothing changed.
		mvc.perform(post("/initiatives/{id}/discontinue", id).param("version", String.valueOf(version(id)))
			.param("on", "01/06/2024").with(csrf()).with(as("dakruong"))).andExpect(flash().attributeExists("problem"));
		mvc.perform(post("/initiatives/{id}/discontinue", id).param("version", String.valueOf(version(id)))
			.param("on", "01/01/2020").param("reason", "Sớm").with(csrf()).with(as("dakruong")))
			.andExpect(flash().attributeExists("problem"));
		mvc.perform(post("/initiatives/{id}/discontinue", id).param("version", String.valueOf(version(id)))
			.param("on", "hôm qua").param("reason", "Sớm").with(csrf()).with(as("dakruong")))
			.andExpect(flash().attributeExists("problem"));
		assertThat(statusOf(id)).isEqualTo("MAINTAINED");
		mvc.perform(post("/initiatives/{id}/discontinue", id).param("version", String.valueOf(version(id)))
			.param("on", "01/06/2024").param("reason", "Hộ dân chuyển đi").with(csrf()).with(as("dakruong")))
			.andExpect(flash().attribute("flash", "initiative.flash.discontinued"));
		assertThat(statusOf(id)).isEqualTo("DISCONTINUED");
		mvc.perform(get("/initiatives/{id}", id).with(as("dakruong"))).andExpect(Html.shows("Hộ dân chuyển đi"))
			.andExpect(Html.shows("01/06/2024"));
		// lanhdao reads but may not stop a model.
		mvc.perform(post("/initiatives/{id}/discontinue", id).param("version", String.valueOf(version(id)))
			.param("reason", "x").with(csrf()).with(as("lanhdao"))).andExpect(status().isForbidden());
	}

}
