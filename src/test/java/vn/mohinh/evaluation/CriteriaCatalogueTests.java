package vn.mohinh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;
import vn.mohinh.initiative.InitiativeTypeCatalogue;
import vn.mohinh.initiative.InitiativeTypeView;

/**
 * The criteria catalogue: national sets seeded for every type, a province's own set winning in that
 * province only, versions closing one another by date, and the administrators' form (rows added and
 * removed by the server, every broken rule by its field with the input kept, stale saves refused).
 * Each test that adds sets does so for a type of its own, so that no other test sees them.
 */
@MoHinhTest
class CriteriaCatalogueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CriteriaCatalogue catalogue;

	@Autowired
	InitiativeTypeCatalogue types;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** A type nobody else uses, made through the administrators' page of the initiative module. */
	long newType() throws Exception {
		String name = "Loại thử tiêu chí " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/initiative-types").with(csrf()).with(as("admin")).param("name", name)
			.param("field", "KINH_TE")).andExpect(status().is3xxRedirection());
		return types.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
	}

	String path(String communeCode) {
		return jdbc.sql("select path from locality where code = ? and valid_to is not null").param(communeCode)
			.query(String.class).single();
	}

	long sets(long typeId) {
		return jdbc.sql("select count(*) from criteria_set where type_id = ?").param(typeId).query(Long.class).single();
	}

	MockHttpServletRequestBuilder save(long typeId, Long provinceId, String validFrom, String... rows) {
		MockHttpServletRequestBuilder request = post("/admin/criteria").with(csrf()).with(as("admin"))
			.param("typeId", String.valueOf(typeId)).param("validFrom", validFrom);
		if (provinceId != null) {
			request.param("provinceId", String.valueOf(provinceId));
		}
		CriteriaSetCard latest = latest(typeId, provinceId);
		if (latest != null) {
			request.param("previousId", String.valueOf(latest.id())).param("previousVersion", String.valueOf(latest.version()));
		}
		for (int i = 0; i < rows.length; i += 3) {
			int row = i / 3;
			request.param("rows[" + row + "].code", rows[i]).param("rows[" + row + "].name", rows[i + 1])
				.param("rows[" + row + "].maxScore", rows[i + 2]);
		}
		return request;
	}

	CriteriaSetCard latest(long typeId, Long provinceId) {
		return catalogue.latest(typeId, provinceId == null ? null : catalogue.provinceById(provinceId).orElseThrow())
			.orElse(null);
	}

	long konTum() {
		return jdbc.sql("select id from locality where code = '62' and valid_to is not null").query(Long.class).single();
	}

	@Test
	void everySeededTypeHasANationalSetOfThreeToFiveCriteria() {
		String dakRuong = path("23488");
		List<InitiativeTypeView> seeded = types.all().stream().filter(t -> t.id() <= 11).toList();
		assertThat(seeded).hasSize(11);
		for (InitiativeTypeView type : seeded) {
			List<CriterionView> criteria = catalogue.criteriaFor(type.id(), dakRuong, LocalDate.of(2019, 12, 31));
			assertThat(criteria).as(type.name()).hasSizeBetween(3, 5);
			assertThat(criteria).extracting(CriterionView::position).isSorted();
			assertThat(criteria.stream().mapToInt(CriterionView::maxScore).sum()).as(type.name()).isEqualTo(100);
		}
		long drugs = seeded.stream().filter(t -> t.name().equals("Khu dân cư phòng, chống ma túy")).findFirst().orElseThrow().id();
		assertThat(catalogue.criteriaFor(drugs, path("23497"), LocalDate.of(2021, 6, 1))).extracting(CriterionView::name)
			.containsExactly("Không phát sinh người nghiện mới", "Tuyên truyền, vận động thường xuyên",
					"Có tổ, nhóm tự quản hoạt động", "Người dân tham gia, đồng tình");
		// Before the first set came into force there is nothing to score against.
		assertThat(catalogue.criteriaFor(drugs, path("23497"), LocalDate.of(2010, 1, 1))).isEmpty();
	}

	@Test
	void aProvinceSetWinsInItsProvinceAndVersionsCloseOneAnother() throws Exception {
		long type = newType();
		mvc.perform(save(type, null, "01/01/2018", "A1", "Thực hiện đúng kế hoạch", "60", "A2", "Sự tham gia của Nhân dân", "40"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "criteria.flash.added"));
		mvc.perform(save(type, konTum(), "01/01/2020", "KT1", "Tiêu chí riêng của tỉnh", "100"))
			.andExpect(status().is3xxRedirection());
		String dakRuong = path("23488");
		String elsewhere = jdbc.sql("select path from locality where code = '01' order by id").query(String.class).list().get(0);
		assertThat(catalogue.criteriaFor(type, dakRuong, LocalDate.of(2019, 6, 1))).extracting(CriterionView::code)
			.containsExactly("A1", "A2");
		assertThat(catalogue.criteriaFor(type, dakRuong, LocalDate.of(2020, 6, 1))).extracting(CriterionView::code)
			.containsExactly("KT1");
		assertThat(catalogue.criteriaFor(type, elsewhere, LocalDate.of(2020, 6, 1))).extracting(CriterionView::code)
			.containsExactly("A1", "A2");

		// A newer national version closes the older one the day before it starts.
		mvc.perform(save(type, null, "01/01/2021", "B1", "Hiệu quả, tác động đến cộng đồng", "100"))
			.andExpect(status().is3xxRedirection());
		assertThat(catalogue.criteriaFor(type, elsewhere, LocalDate.of(2020, 12, 31))).extracting(CriterionView::code)
			.containsExactly("A1", "A2");
		assertThat(catalogue.criteriaFor(type, elsewhere, LocalDate.of(2021, 1, 1))).extracting(CriterionView::code)
			.containsExactly("B1");
		assertThat(jdbc.sql("select valid_to from criteria_set where type_id = ? and area_path = '/' and valid_from = ?")
			.param(type).param(LocalDate.of(2018, 1, 1)).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2020, 12, 31));
		// The province keeps its own set.
		assertThat(catalogue.criteriaFor(type, dakRuong, LocalDate.of(2021, 6, 1))).extracting(CriterionView::code)
			.containsExactly("KT1");

		mvc.perform(get("/admin/criteria").param("type", String.valueOf(type)).with(as("admin")))
			.andExpect(status().isOk()).andExpect(Html.shows("Tỉnh Kon Tum")).andExpect(Html.shows("31/12/2020"))
			.andExpect(Html.shows("Có 3 phiên bản"));
	}

	@Test
	void everyBrokenRuleIsShownByItsFieldAndTheInputIsKept() throws Exception {
		long type = newType();
		mvc.perform(save(type, null, "", "X1", "Tiêu chí một", "150", "x1", "", "20", "", "Thiếu mã", "abc"))
			.andExpect(status().isOk())
			.andExpect(Html.shows("id=\"validFrom-error\"")).andExpect(Html.shows("Xin nhập ngày bắt đầu hiệu lực."))
			.andExpect(Html.shows("id=\"rows0.maxScore-error\"")).andExpect(Html.shows("Điểm tối đa là một số từ 1 đến 100."))
			.andExpect(Html.shows("id=\"rows1.code-error\"")).andExpect(Html.shows("Mã “x1” đã dùng"))
			.andExpect(Html.shows("id=\"rows1.name-error\"")).andExpect(Html.shows("id=\"rows2.code-error\""))
			.andExpect(Html.shows("id=\"rows2.maxScore-error\""))
			.andExpect(Html.shows("value=\"Tiêu chí một\"")).andExpect(Html.shows("value=\"Thiếu mã\""));
		assertThat(sets(type)).isZero();
		// A first day not after the newest version's.
		mvc.perform(save(type, null, "01/01/2020", "A1", "Một", "100")).andExpect(status().is3xxRedirection());
		mvc.perform(save(type, null, "01/01/2020", "A1", "Hai", "100")).andExpect(status().isOk())
			.andExpect(Html.shows("Ngày hiệu lực phải sau ngày bắt đầu của phiên bản mới nhất (01/01/2020)."))
			.andExpect(Html.shows("value=\"Hai\""));
		mvc.perform(save(type, null, "31/02/2021", "A1", "Hai", "100")).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"validFrom-error\""));
		// Nothing at all to score.
		mvc.perform(save(type, null, "01/01/2022", "", "", "")).andExpect(status().isOk())
			.andExpect(Html.shows("Bộ tiêu chí cần ít nhất một tiêu chí."));
		assertThat(sets(type)).isEqualTo(1);
	}

	@Test
	void rowsAreAddedAndRemovedByTheServerKeepingWhatWasTyped() throws Exception {
		long type = newType();
		mvc.perform(get("/admin/criteria/new").param("type", String.valueOf(type)).with(as("admin")))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"rows3.code\"")).andExpect(Html.doesNotShow("id=\"rows4.code\""));
		mvc.perform(save(type, null, "01/01/2020", "A1", "Một", "50", "A2", "Hai", "50").param("addRow", "1"))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"rows2.code\"")).andExpect(Html.shows("value=\"Hai\""))
			.andExpect(Html.doesNotShow("-error\""));
		mvc.perform(save(type, null, "01/01/2020", "A1", "Một", "50", "A2", "Hai", "50").param("removeRow", "0"))
			.andExpect(status().isOk()).andExpect(Html.doesNotShow("value=\"Một\"")).andExpect(Html.shows("value=\"Hai\""))
			.andExpect(Html.doesNotShow("id=\"rows1.code\""));
		assertThat(sets(type)).isZero();
		// A new version starts from the newest one's criteria.
		mvc.perform(save(type, null, "01/01/2020", "A1", "Một", "50", "A2", "Hai", "50")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/criteria/new").param("type", String.valueOf(type)).with(as("admin")))
			.andExpect(Html.shows("value=\"Một\"")).andExpect(Html.shows("value=\"Hai\""));
	}

	@Test
	void aVersionAddedMeanwhileMakesTheSaveStaleAndKeepsTheInput() throws Exception {
		long type = newType();
		mvc.perform(save(type, null, "01/01/2020", "A1", "Một", "100")).andExpect(status().is3xxRedirection());
		CriteriaSetCard seen = latest(type, null);
		mvc.perform(save(type, null, "01/01/2021", "B1", "Người khác lưu trước", "100")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/criteria").with(csrf()).with(as("admin")).param("typeId", String.valueOf(type))
			.param("validFrom", "01/01/2022").param("previousId", String.valueOf(seen.id()))
			.param("previousVersion", String.valueOf(seen.version())).param("rows[0].code", "C1")
			.param("rows[0].name", "Bản của tôi").param("rows[0].maxScore", "100"))
			.andExpect(status().isOk()).andExpect(Html.shows("vừa được người khác sửa"))
			.andExpect(Html.shows("value=\"Bản của tôi\"")).andExpect(Html.shows("Người khác lưu trước"));
		assertThat(sets(type)).isEqualTo(2);
	}

	@Test
	void onlyAdministratorsReachThePagesAndAnUnknownProvinceIsSaid() throws Exception {
		mvc.perform(get("/admin/criteria").with(as("huyen"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/criteria").with(csrf()).with(as("dakruong")).param("typeId", "1")
			.param("validFrom", "01/01/2030").param("rows[0].code", "Z").param("rows[0].name", "Z")
			.param("rows[0].maxScore", "10")).andExpect(status().isForbidden());
		assertThat(sets(1)).isEqualTo(1);
		mvc.perform(get("/admin/criteria").with(as("admin"))).andExpect(status().isOk())
			.andExpect(Html.shows("Toàn quốc"));
		mvc.perform(get("/admin/criteria/new").param("type", "5").param("province", "999").with(as("admin")))
			.andExpect(redirectedUrl("/admin/criteria?type=5"))
			.andExpect(flash().attribute("problem", "criteria.error.province.unknownCode"));
		long drugsSet = jdbc.sql("select id from criteria_set where id = 5").query(Long.class).single();
		mvc.perform(get("/admin/criteria/{id}", drugsSet).with(as("admin"))).andExpect(status().isOk())
			.andExpect(Html.shows("Không phát sinh người nghiện mới")).andExpect(Html.shows("15/05/2016"));
	}

}
