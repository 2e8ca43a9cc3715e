package vn.mohinh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;
import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeStatus;
import vn.mohinh.initiative.InitiativeView;

/**
 * Decisions after an evaluation: maintain, replicate into villages (new draft models linked to the
 * origin), convert (successor of another type, origin closed, reason), discontinue (reason); each
 * needing what it needs, taken once, refused on a closed model, the register's refusals shown by
 * their fields, and nothing changed when anything is refused.
 */
@MoHinhTest
class EvaluationDecisionTests {

	static final String TYPE = "Khu dân cư phòng, chống ma túy";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeDirectory directory;

	Fixtures f;

	@BeforeEach
	void fixtures() {
		f = new Fixtures(mvc, users, jdbc);
	}

	MockHttpServletRequestBuilder decide(long evaluationId, String kind, String on, String... more) {
		MockHttpServletRequestBuilder request = post("/evaluations/{id}/decision", evaluationId).with(csrf())
			.with(f.as("dakruong")).param("version", String.valueOf(f.version(evaluationId))).param("decidedOn", on);
		if (kind != null) {
			request.param("kind", kind);
		}
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return request;
	}

	String decision(long evaluationId) {
		return jdbc.sql("select decision from evaluation where id = ?").param(evaluationId).query(String.class).optional()
			.orElse(null);
	}

	long models(String name) {
		return f.count("select count(*) from initiative where name = ?", name);
	}

	/** The directory answers within the signed-in user's scope: sign in as dakruong for the calls. */
	<T> T asDakRuong(java.util.function.Supplier<T> call) {
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		var user = users.loadUserByUsername("dakruong");
		context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(user,
				null, user.getAuthorities()));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void replicatingCreatesDraftModelsInTheChosenVillagesLinkedToTheOrigin() throws Exception {
		String name = Fixtures.unique("Nhân rộng");
		long origin = f.model(name, TYPE, "Thôn 9");
		long id = f.evaluate(origin, TYPE, 2024);
		// Only the commune's other villages are offered.
		mvc.perform(get("/evaluations/{id}", id).with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"village-" + f.village(Fixtures.DAK_RUONG, "Thôn 11") + "\""))
			.andExpect(Html.doesNotShow("id=\"village-" + f.village(Fixtures.DAK_RUONG, "Thôn 9") + "\""));
		mvc.perform(decide(id, "REPLICATE", "20/01/2025", "villageIds",
				String.valueOf(f.village(Fixtures.DAK_RUONG, "Thôn 11")), "villageIds",
				String.valueOf(f.village(Fixtures.DAK_RUONG, "Thôn 13")), "reason", "Theo kết luận đánh giá năm 2024"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "evaluation.flash.decided.REPLICATE"));
		assertThat(decision(id)).isEqualTo("REPLICATE");
		List<Long> created = jdbc.sql("select initiative_id from evaluation_outcome where evaluation_id = ? order by position")
			.param(id).query(Long.class).list();
		assertThat(created).hasSize(2);
		InitiativeView first = asDakRuong(() -> directory.find(created.get(0))).orElseThrow();
		InitiativeView second = asDakRuong(() -> directory.find(created.get(1))).orElseThrow();
		InitiativeView originNow = asDakRuong(() -> directory.find(origin)).orElseThrow();
		assertThat(first.villageNames()).containsExactly("Thôn 11");
		assertThat(second.villageNames()).containsExactly("Thôn 13");
		assertThat(first.status()).isEqualTo(InitiativeStatus.ACTIVE);
		assertThat(first.startDate()).isEqualTo(LocalDate.of(2025, 1, 20));
		assertThat(first.communeId()).isEqualTo(originNow.communeId());
		assertThat(first.name()).isEqualTo(name);
		assertThat(originNow.status()).isEqualTo(InitiativeStatus.REPLICATED);
		assertThat(jdbc.sql("select origin_id from initiative where id = ?").param(created.get(0)).query(Long.class).single())
			.isEqualTo(origin);
		assertThat(jdbc.sql("select status from initiative_registration where initiative_id = ?").param(created.get(0))
			.query(String.class).single()).isEqualTo("DRAFT");
		// The evaluation links to the new models, and the origin's page shows its lineage.
		mvc.perform(get("/evaluations/{id}", id).with(f.as("dakruong"))).andExpect(Html.shows("/initiatives/" + created.get(0)))
			.andExpect(Html.shows("/initiatives/" + created.get(1))).andExpect(Html.shows("Nhân rộng"))
			.andExpect(Html.doesNotShow("id=\"decision-form\""));
		mvc.perform(get("/initiatives/{id}", origin).with(f.as("dakruong")))
			.andExpect(Html.shows("/initiatives/" + created.get(0))).andExpect(Html.shows("/initiatives/" + created.get(1)));
		// A decision is taken once.
		mvc.perform(decide(id, "MAINTAIN", "21/01/2025")).andExpect(status().isOk())
			.andExpect(Html.shows("mỗi đánh giá chỉ có một quyết định"));
		assertThat(decision(id)).isEqualTo("REPLICATE");
	}

	@Test
	void eachDecisionNeedsWhatItNeedsAndNothingChangesWhenRefused() throws Exception {
		String name = Fixtures.unique("Thiếu thông tin");
		long origin = f.model(name, TYPE, "Thôn 9");
		long id = f.evaluate(origin, TYPE, 2024);
		mvc.perform(decide(id, null, "20/01/2025")).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"kind-error\"")).andExpect(Html.shows("Xin chọn quyết định."));
		mvc.perform(decide(id, "REPLICATE", "20/01/2025", "reason", "Giữ ghi chú này")).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"villageIds-error\"")).andExpect(Html.shows("Xin chọn ít nhất một thôn để nhân rộng."))
			.andExpect(Html.shows("Giữ ghi chú này"));
		mvc.perform(decide(id, "REPLICATE", "20/01/2025", "villageIds",
				String.valueOf(f.village(Fixtures.TAN_LAP, "Thôn 3")))).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"villageIds-error\"")).andExpect(Html.shows("Chỉ nhân rộng được đến các thôn khác"));
		mvc.perform(decide(id, "CONVERT", "20/01/2025")).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"newTypeId-error\"")).andExpect(Html.shows("id=\"reason-error\""));
		mvc.perform(decide(id, "CONVERT", "20/01/2025", "newTypeId", String.valueOf(f.typeId(TYPE)), "reason", "Cùng loại"))
			.andExpect(status().isOk()).andExpect(Html.shows("Xin chọn một loại mô hình khác trong danh sách."));
		mvc.perform(decide(id, "DISCONTINUE", "20/01/2025")).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"reason-error\"")).andExpect(Html.shows("Xin ghi lý do."));
		mvc.perform(decide(id, "MAINTAIN", LocalDate.now().plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
			.andExpect(status().isOk()).andExpect(Html.shows("Ngày quyết định không được sau hôm nay."));
		mvc.perform(decide(id, "MAINTAIN", "31/02/2025")).andExpect(status().isOk()).andExpect(Html.shows("id=\"decidedOn-error\""));
		mvc.perform(decide(id, "MAINTAIN", "01/06/2023")).andExpect(status().isOk())
			.andExpect(Html.shows("Ngày quyết định không được trước năm được đánh giá (2024)."));
		assertThat(decision(id)).isNull();
		assertThat(f.modelStatus(origin)).isEqualTo("ACTIVE");
		assertThat(models(name)).isEqualTo(1);
	}

	@Test
	void theRegistersRefusalIsShownByItsFieldAndRollsEverythingBack() throws Exception {
		String name = Fixtures.unique("Trùng loại");
		long origin = f.model(name, TYPE, "Thôn 9");
		// The same type already runs in thôn 11: replicating there needs a reason, which the register asks for.
		f.model(Fixtures.unique("Đã có ở thôn 11"), TYPE, "Thôn 11");
		long id = f.evaluate(origin, TYPE, 2024);
		long before = f.count("select count(*) from initiative");
		mvc.perform(decide(id, "REPLICATE", "20/01/2025", "villageIds", String.valueOf(f.village(Fixtures.DAK_RUONG, "Thôn 11")),
				"villageIds", String.valueOf(f.village(Fixtures.DAK_RUONG, "Thôn 12"))))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"reason-error\""))
			.andExpect(Html.shows("id=\"decision-errors\""));
		assertThat(f.count("select count(*) from initiative")).isEqualTo(before);
		assertThat(decision(id)).isNull();
		assertThat(f.modelStatus(origin)).isEqualTo("ACTIVE");
		mvc.perform(decide(id, "REPLICATE", "20/01/2025", "villageIds", String.valueOf(f.village(Fixtures.DAK_RUONG, "Thôn 11")),
				"reason", "Thôn 11 xin làm thêm một tổ")).andExpect(status().is3xxRedirection());
		assertThat(f.count("select count(*) from initiative")).isEqualTo(before + 1);
	}

	@Test
	void convertingCreatesTheSuccessorAndClosesTheOriginWithTheReason() throws Exception {
		String name = Fixtures.unique("Chuyển đổi");
		long origin = f.model(name, TYPE, "Thôn 9");
		long id = f.evaluate(origin, TYPE, 2024);
		String reason = "Không còn phù hợp, chuyển sang mô hình sinh kế";
		mvc.perform(decide(id, "CONVERT", "15/02/2025", "newTypeId", String.valueOf(f.typeId("Nuôi gà")), "reason", reason))
			.andExpect(status().is3xxRedirection());
		assertThat(f.modelStatus(origin)).isEqualTo("CONVERTED");
		long successor = jdbc.sql("select initiative_id from evaluation_outcome where evaluation_id = ?").param(id)
			.query(Long.class).single();
		assertThat(jdbc.sql("select type_id from initiative where id = ?").param(successor).query(Long.class).single())
			.isEqualTo(f.typeId("Nuôi gà"));
		mvc.perform(get("/evaluations/{id}", id).with(f.as("dakruong"))).andExpect(Html.shows("Chuyển sang loại mô hình: Nuôi gà"))
			.andExpect(Html.shows(reason)).andExpect(Html.shows("/initiatives/" + successor));
	}

	@Test
	void aDecisionOnAModelAlreadyStoppedIsRefusedWithAClearMessage() throws Exception {
		long model = f.model(Fixtures.unique("Đã dừng"), TYPE, "Thôn 9");
		long first = f.evaluate(model, TYPE, 2024);
		mvc.perform(decide(first, "DISCONTINUE", "01/03/2025", "reason", "Hộ dân chuyển đi nơi khác"))
			.andExpect(status().is3xxRedirection());
		assertThat(f.modelStatus(model)).isEqualTo("DISCONTINUED");
		// The year it stopped may still be evaluated, but nothing more may be decided on it.
		long second = f.evaluate(model, TYPE, 2025);
		mvc.perform(get("/evaluations/{id}", second).with(f.as("dakruong"))).andExpect(Html.doesNotShow("id=\"decision-form\""))
			.andExpect(Html.shows("Mô hình đã ở tình trạng “Đã dừng”"));
		mvc.perform(decide(second, "MAINTAIN", "02/03/2025")).andExpect(status().isOk())
			.andExpect(Html.shows("Mô hình đã dừng; không thể ra quyết định trên mô hình này nữa."));
		assertThat(decision(second)).isNull();
		assertThat(f.modelStatus(model)).isEqualTo("DISCONTINUED");
		// An evaluation with its decision is not edited any more.
		mvc.perform(f.evaluation(model, TYPE, 2025, 0.5, "dakruong")).andExpect(Html.shows("Mô hình đã có đánh giá năm 2025"));
		var edit = post("/evaluations/{id}/edit", first).with(csrf()).with(f.as("dakruong"))
			.param("version", String.valueOf(f.version(first))).param("rating", "TOT").param("effective", "true");
		List<Long> criteria = f.criteria(first);
		for (int i = 0; i < criteria.size(); i++) {
			edit.param("scores[" + i + "].criterionId", String.valueOf(criteria.get(i))).param("scores[" + i + "].score", "1");
		}
		mvc.perform(edit).andExpect(status().isOk()).andExpect(Html.shows("Đánh giá này đã có quyết định nên không sửa được nữa."));
	}

	@Test
	void maintainingKeepsTheModel() throws Exception {
		long model = f.model(Fixtures.unique("Duy trì"), TYPE, "Thôn 9");
		long id = f.evaluate(model, TYPE, 2024);
		mvc.perform(decide(id, "MAINTAIN", "10/01/2025", "reason", "Tiếp tục duy trì sinh hoạt hằng tháng"))
			.andExpect(status().is3xxRedirection());
		assertThat(f.modelStatus(model)).isEqualTo("MAINTAINED");
		mvc.perform(get("/evaluations/{id}", id).with(f.as("lanhdao"))).andExpect(Html.shows("Duy trì"))
			.andExpect(Html.shows("10/01/2025")).andExpect(Html.shows("Tiếp tục duy trì sinh hoạt hằng tháng"));
		mvc.perform(get("/evaluations").param("decision", "MAINTAIN").param("initiative", String.valueOf(model))
			.with(f.as("dakruong"))).andExpect(Html.shows("Có 1 đánh giá."));
	}

}
