package vn.mohinh.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

@MoHinhTest
class LocalityWebTests {

	static final LocalDate BEFORE_REFORM = LocalDate.of(2021, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalityDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VillageDemoData villageDemoData;

	long id(String code) {
		return directory.findByCode(code, BEFORE_REFORM).orElseThrow().id();
	}

	long village(String communeCode, String name) {
		return directory.findVillage(id(communeCode), name).orElseThrow().id();
	}

	long localityCount() {
		return jdbc.sql("select count(*) from locality").query(Long.class).single();
	}

	@Test
	void officialListsAreImportedWithTheMergers() {
		assertThat(jdbc.sql("select count(*) from locality where code is not null").query(Long.class).single())
			.isEqualTo(10_794 + 3_355);
		assertThat(jdbc.sql("select count(*) from locality_merger").query(Long.class).single()).isEqualTo(10_655);
		assertThat(directory.findByCode("23497", LocalDate.of(2026, 1, 1)).orElseThrow().fullName()).isEqualTo("Xã Kon Braih");
		assertThat(directory.findByCode("23497", BEFORE_REFORM).orElseThrow().fullName()).isEqualTo("Xã Tân Lập");
	}

	@Test
	@WithUserDetails("huyen")
	void searchIgnoresAccents() throws Exception {
		mvc.perform(get("/localities").param("q", "dak ruong"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Đắk Ruồng")));
		mvc.perform(get("/api/v1/localities").param("q", "DAK RUONG"))
			.andExpect(jsonPath("$.items[0].fullName").value("Xã Đắk Ruồng"))
			.andExpect(jsonPath("$.items[0].altName").value("Đăk Ruồng"));
	}

	@Test
	@WithUserDetails("huyen")
	void activeSearchReturnsOnlyTheResults() throws Exception {
		mvc.perform(get("/localities").param("q", "tan lap").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Tân Lập")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	@WithUserDetails("huyen")
	void communePageShowsWhatItMergedInto() throws Exception {
		mvc.perform(get("/localities/{id}", id("23497")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Kon Braih")))
			.andExpect(content().string(containsString("01/07/2025")))
			.andExpect(content().string(containsString("Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/06/2025, Điều 1 khoản 77")))
			.andExpect(content().string(containsString("Thôn 3")));
	}

	@Test
	@WithUserDetails("admin")
	void newCommuneShowsItsPredecessorsAndTheirVillagesAsOfToday() throws Exception {
		long konBraih = directory.findByCode("23497", LocalDate.of(2026, 1, 1)).orElseThrow().id();
		mvc.perform(get("/localities/{id}", konBraih).param("on", "01/01/2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Tân Lập")))
			.andExpect(content().string(containsString("Xã Đắk Ruồng")))
			.andExpect(content().string(containsString("Thôn 12")));
		mvc.perform(get("/api/v1/localities/23497").param("on", "2026-01-01"))
			.andExpect(jsonPath("$.locality.fullName").value("Xã Kon Braih"))
			.andExpect(jsonPath("$.predecessors.length()").value(3));
	}

	@Test
	@WithUserDetails("huyen")
	void treeAsOfADayBeforeTheReform() throws Exception {
		mvc.perform(get("/api/v1/localities").param("parent", "614").param("on", "2020-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(7))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.items[0].fullName").value("Xã Đắk Kôi"));
	}

	@Test
	@WithUserDetails("dakruong")
	void communeUserCannotReadAnotherCommune() throws Exception {
		mvc.perform(get("/localities/{id}", id("23497"))).andExpect(status().isNotFound());
		mvc.perform(get("/localities/{id}", village("23497", "Thôn 3"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/localities/23497").param("on", "2020-01-01")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/localities/id/{id}", id("23497"))).andExpect(status().isNotFound());
		mvc.perform(get("/localities").param("q", "tan lap"))
			.andExpect(content().string(not(containsString("Xã Tân Lập"))));
		mvc.perform(get("/api/v1/localities").param("q", "tan lap")).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/localities").param("parent", "614").param("on", "2020-01-01"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/localities/{id}", id("23488"))).andExpect(status().isOk());
	}

	@Test
	@WithUserDetails("dakruong")
	void communeUserCannotChangeAnotherCommune() throws Exception {
		long before = localityCount();
		long thon3 = village("23497", "Thôn 3");
		mvc.perform(post("/localities/{id}/villages", id("23497")).with(csrf()).param("kind", "THON").param("name", "Thôn 99"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/localities/{id}/rename", thon3).with(csrf()).param("name", "Thôn Mới")
			.param("effectiveOn", "01/01/2026").param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/localities/{id}/retire", thon3).with(csrf()).param("lastDay", "01/01/2026").param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(localityCount()).isEqualTo(before);
		assertThat(directory.find(thon3).orElseThrow().name()).isEqualTo("Thôn 3");
		assertThat(directory.find(thon3).orElseThrow().validTo()).isNull();
	}

	@Test
	@WithUserDetails("lanhdao")
	void viewerCannotAddVillages() throws Exception {
		long before = localityCount();
		mvc.perform(post("/localities/{id}/villages", id("23488")).with(csrf()).param("kind", "THON").param("name", "Thôn 98"))
			.andExpect(status().isForbidden());
		assertThat(localityCount()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("dakruong")
	void editorKeepsVillagesOfTheirCommune() throws Exception {
		String name = "Thôn Thử " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/localities/{id}/villages", id("23488")).with(csrf()).param("kind", "THON").param("name", name)
			.param("validFrom", "01/01/2020")).andExpect(status().is3xxRedirection());
		long created = village("23488", name);
		assertThat(directory.find(created).orElseThrow().path()).isEqualTo(directory.find(id("23488")).orElseThrow().path() + created + "/");

		String version = String.valueOf(directory.find(created).orElseThrow().version());
		mvc.perform(post("/localities/{id}/rename", created).with(csrf()).param("name", name + " Mới")
			.param("effectiveOn", "01/01/2022").param("version", version)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/localities/{id}", created)).andExpect(content().string(containsString(name + " (đến 31/12/2021)")));

		// The rename raised the version: a form still holding the old one is stale and changes nothing.
		mvc.perform(post("/localities/{id}/rename", created).with(csrf()).param("name", "Tên Khác")
			.param("effectiveOn", "01/01/2023").param("version", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vừa được người khác sửa")))
			.andExpect(Html.shows("value=\"Tên Khác\""));
		assertThat(directory.find(created).orElseThrow().name()).isEqualTo(name + " Mới");

		// The re-shown form carries the saved version: sending it again is a deliberate overwrite.
		String saved = String.valueOf(directory.find(created).orElseThrow().version());
		mvc.perform(post("/localities/{id}/rename", created).with(csrf()).param("name", "Tên Khác")
			.param("effectiveOn", "01/01/2023").param("version", version))
			.andExpect(Html.shows("name=\"version\" value=\"" + saved + "\""));
		mvc.perform(post("/localities/{id}/rename", created).with(csrf()).param("name", "Tên Khác")
			.param("effectiveOn", "01/01/2023").param("version", saved)).andExpect(status().is3xxRedirection());
		assertThat(directory.find(created).orElseThrow().name()).isEqualTo("Tên Khác");
	}

	@Test
	@WithUserDetails("dakruong")
	void badVillageInputIsExplainedBesideTheFieldAndKept() throws Exception {
		long before = localityCount();
		mvc.perform(post("/localities/{id}/villages", id("23488")).with(csrf()).param("kind", "THON").param("name", " ")
			.param("validFrom", "31/02/2020"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập tên thôn, tổ dân phố.")))
			.andExpect(content().string(containsString("Ngày không hợp lệ")))
			.andExpect(Html.shows("value=\"31/02/2020\""));
		mvc.perform(post("/localities/{id}/villages", id("23488")).with(csrf()).param("kind", "THON").param("name", "thôn 9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã có thôn, tổ dân phố cùng tên")));
		assertThat(localityCount()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("huyen")
	void unknownIdsAnswer404() throws Exception {
		mvc.perform(get("/localities/999999999")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy")));
		mvc.perform(get("/api/v1/localities/id/999999999")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/localities/abc")).andExpect(status().isNotFound());
	}

	@Test
	void apiWithoutLoginIs401() throws Exception {
		mvc.perform(get("/api/v1/localities")).andExpect(status().isUnauthorized());
	}

	@Test
	@WithUserDetails("admin")
	void longResultsArePagedKeepingTheQuery() throws Exception {
		mvc.perform(get("/localities?q=xa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/localities?q=xa&amp;page=1\"")));
		mvc.perform(get("/localities?q=xa&page=1")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 2 /")));
	}

	@Test
	void directoryListsChildrenForPickersAndTheNewestUnitOfACode() {
		long tanLap = id("23497");
		assertThat(directory.childrenOn(tanLap, BEFORE_REFORM, 100)).extracting(LocalityView::name).contains("Thôn 2", "Thôn 3");
		long konBraih = directory.findByCode("23497", LocalDate.of(2026, 1, 1)).orElseThrow().id();
		assertThat(directory.childrenOn(konBraih, LocalDate.of(2026, 1, 1), 100)).extracting(LocalityView::name)
			.contains("Thôn 3", "Thôn 12", "Thôn 8");
		assertThat(directory.findLatestByCode("23497").orElseThrow().fullName()).isEqualTo("Xã Kon Braih");
		assertThat(directory.findLatestByCode("614").orElseThrow().fullName()).isEqualTo("Huyện Kon Rẫy");
	}

	@Test
	@WithUserDetails("huyen")
	void anUnreadableDayIsExplainedBesideTheField() throws Exception {
		mvc.perform(get("/localities/{id}", id("614")).param("on", "99/99/2020"))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Ngày không hợp lệ"))
			.andExpect(Html.shows("value=\"99/99/2020\""));
		mvc.perform(get("/localities").param("on", "abc")).andExpect(status().isOk()).andExpect(Html.shows("Ngày không hợp lệ"));
	}

	@Test
	@WithUserDetails("dakruong")
	void apiFindsAnAbolishedCommuneByItsCodeWithoutADate() throws Exception {
		mvc.perform(get("/api/v1/localities/23488")).andExpect(status().isOk())
			.andExpect(jsonPath("$.locality.fullName").value("Xã Đắk Ruồng"))
			.andExpect(jsonPath("$.successors[0].locality.fullName").value("Xã Kon Braih"));
		mvc.perform(get("/api/v1/localities").param("parent", "23488")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(6)));
	}

	@Test
	void demoVillagesAreLoadedOnTheFirstStartOnly() {
		long before = localityCount();
		villageDemoData.run(null);
		assertThat(localityCount()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from demo_seed where part = 'villages'").query(Long.class).single()).isEqualTo(1);
	}

}
