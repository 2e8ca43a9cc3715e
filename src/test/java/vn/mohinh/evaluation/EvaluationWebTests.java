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

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/**
 * The evaluation pages: the form with the criteria of the model's type, every broken rule by its
 * field with the input kept (a second evaluation of a year, a year in the future or before the
 * model, scores out of range), another year's criteria, stale edits, comments, the list and its
 * filters, and the Excel export.
 */
@MoHinhTest
class EvaluationWebTests {

	static final String TYPE = "Khu dân cư phòng, chống ma túy";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	Fixtures f;

	@BeforeEach
	void fixtures() {
		f = new Fixtures(mvc, users, jdbc);
	}

	long evaluations(long initiativeId) {
		return f.count("select count(*) from evaluation where initiative_id = ?", initiativeId);
	}

	@Test
	void theFormOffersTheCriteriaOfTheModelsTypeAndAnEvaluationIsShownWithItsTotal() throws Exception {
		String name = Fixtures.unique("Đánh giá thử");
		long model = f.model(name, TYPE, "Thôn 9");
		mvc.perform(get("/evaluations/new").param("initiative", String.valueOf(model)).param("year", "2024")
			.with(f.as("dakruong"))).andExpect(status().isOk()).andExpect(Html.shows(name))
			.andExpect(Html.shows("Không phát sinh người nghiện mới")).andExpect(Html.shows("Có tổ, nhóm tự quản hoạt động"))
			.andExpect(Html.shows("id=\"scores3.score\""));
		long id = f.evaluate(model, TYPE, 2024);
		// 80% of 30, 25, 25, 20.
		mvc.perform(get("/evaluations/{id}", id).with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows("Đánh giá năm 2024: " + name)).andExpect(Html.shows("80/100"))
			.andExpect(Html.shows("Khá")).andExpect(Html.shows("Hiệu quả")).andExpect(Html.shows("Mô hình hoạt động ổn định."))
			.andExpect(Html.shows("Cán bộ Mặt trận xã Đăk Ruồng"));
		// The list finds it by year, rating, effectiveness and "no decision yet"; another year does not.
		mvc.perform(get("/evaluations").param("year", "2024").param("rating", "KHA").param("effective", "true")
			.param("decision", "NONE").param("locality", Fixtures.DAK_RUONG).with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows(name));
		mvc.perform(get("/evaluations").param("year", "2023").param("initiative", String.valueOf(model))
			.with(f.as("dakruong"))).andExpect(Html.doesNotShow(name)).andExpect(Html.shows("Không có đánh giá nào"));
		// Malformed parameters filter nothing rather than failing the page.
		mvc.perform(get("/evaluations").param("year", "hai nghìn").param("rating", "XUAT_SAC").with(f.as("dakruong")))
			.andExpect(status().isOk());
	}

	@Test
	void aSecondEvaluationOfTheSameYearIsRefusedByTheYearAndTheInputIsKept() throws Exception {
		long model = f.model(Fixtures.unique("Hai lần"), TYPE, "Thôn 9");
		f.evaluate(model, TYPE, 2024);
		mvc.perform(f.evaluation(model, TYPE, 2024, 0.5, "dakruong").param("conclusion", "Lần thứ hai, giữ nguyên"))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"year-error\""))
			.andExpect(Html.shows("Mô hình đã có đánh giá năm 2024")).andExpect(Html.shows("Lần thứ hai, giữ nguyên"))
			.andExpect(Html.shows("value=\"15\""));
		assertThat(evaluations(model)).isEqualTo(1);
	}

	@Test
	void aYearInTheFutureOrBeforeTheModelIsRefused() throws Exception {
		long model = f.model(Fixtures.unique("Năm sai"), TYPE, "Thôn 9");
		int next = LocalDate.now().getYear() + 1;
		mvc.perform(f.evaluation(model, TYPE, next, 0.8, "dakruong")).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"year-error\"")).andExpect(Html.shows("Chưa thể đánh giá năm sau năm nay"));
		mvc.perform(f.evaluation(model, TYPE, 2023, 0.8, "dakruong")).andExpect(status().isOk())
			.andExpect(Html.shows("Mô hình bắt đầu từ năm 2024; không đánh giá được năm trước đó."));
		assertThat(evaluations(model)).isZero();
	}

	@Test
	void everyBrokenRuleOfTheScoresIsShownAtOnceByItsField() throws Exception {
		long model = f.model(Fixtures.unique("Điểm sai"), TYPE, "Thôn 9");
		List<Long> criteria = f.criteriaOfType(TYPE);
		mvc.perform(post("/evaluations").with(csrf()).with(f.as("dakruong")).param("initiativeId", String.valueOf(model))
			.param("year", "2024").param("scores[0].criterionId", String.valueOf(criteria.get(0))).param("scores[0].score", "31")
			.param("scores[1].criterionId", String.valueOf(criteria.get(1))).param("scores[1].score", "")
			.param("scores[2].criterionId", String.valueOf(criteria.get(2))).param("scores[2].score", "-1")
			.param("scores[3].criterionId", String.valueOf(criteria.get(3))).param("scores[3].score", "mười")
			.param("conclusion", "Nhận xét còn giữ"))
			.andExpect(status().isOk())
			.andExpect(Html.shows("id=\"scores0.score-error\"")).andExpect(Html.shows("Điểm là một số từ 0 đến 30."))
			.andExpect(Html.shows("id=\"scores1.score-error\"")).andExpect(Html.shows("Xin chấm điểm tiêu chí này."))
			.andExpect(Html.shows("id=\"scores2.score-error\"")).andExpect(Html.shows("id=\"scores3.score-error\""))
			.andExpect(Html.shows("Điểm phải là một số nguyên.")).andExpect(Html.shows("id=\"rating-error\""))
			.andExpect(Html.shows("id=\"effective-error\"")).andExpect(Html.shows("value=\"31\""))
			.andExpect(Html.shows("Nhận xét còn giữ"));
		assertThat(evaluations(model)).isZero();
	}

	@Test
	void anotherYearBringsItsOwnCriteriaKeepingTheScoresOfTheSameOnes() throws Exception {
		long model = f.model(Fixtures.unique("Đổi năm"), TYPE, "Thôn 9");
		// Rows of criteria that are not those of the year (as if the year was changed): realigned, not saved.
		mvc.perform(post("/evaluations").with(csrf()).with(f.as("dakruong")).param("initiativeId", String.valueOf(model))
			.param("year", "2024").param("scores[0].criterionId", String.valueOf(f.criteriaOfType(TYPE).get(1)))
			.param("scores[0].score", "20").param("rating", "TOT").param("effective", "true"))
			.andExpect(status().isOk()).andExpect(Html.shows("Bộ tiêu chí của năm 2024 khác"))
			.andExpect(Html.shows("id=\"scores3.score\"")).andExpect(Html.shows("value=\"20\""));
		// The "take this year's criteria" button says nothing is wrong yet.
		mvc.perform(f.evaluation(model, TYPE, 2025, 0.8, "dakruong").param("refresh", "1")).andExpect(status().isOk())
			.andExpect(Html.doesNotShow("id=\"form-errors\"")).andExpect(Html.shows("value=\"2025\""));
		assertThat(evaluations(model)).isZero();
	}

	@Test
	void aStaleEditKeepsTheInputAndShowsWhatIsSaved() throws Exception {
		long model = f.model(Fixtures.unique("Sửa cũ"), TYPE, "Thôn 9");
		long id = f.evaluate(model, TYPE, 2024);
		long seen = f.version(id);
		List<Long> criteria = f.criteria(id);
		mvc.perform(get("/evaluations/{id}/edit", id).with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows("Sửa đánh giá năm 2024"));
		var edit = post("/evaluations/{id}/edit", id).with(csrf()).param("version", String.valueOf(seen))
			.param("rating", "TOT").param("effective", "true");
		for (int i = 0; i < criteria.size(); i++) {
			edit.param("scores[" + i + "].criterionId", String.valueOf(criteria.get(i))).param("scores[" + i + "].score", "18");
		}
		mvc.perform(edit.with(f.as("huyen")).param("conclusion", "Huyện sửa trước"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "evaluation.flash.saved"));
		mvc.perform(edit.with(f.as("dakruong")).param("conclusion", "Xã sửa sau, bản cũ")).andExpect(status().isOk())
			.andExpect(Html.shows("vừa được người khác sửa")).andExpect(Html.shows("Xã sửa sau, bản cũ"))
			.andExpect(Html.shows("Tổng điểm 72/100, xếp loại Tốt"));
		assertThat(jdbc.sql("select conclusion from evaluation where id = ?").param(id).query(String.class).single())
			.isEqualTo("Huyện sửa trước");
	}

	@Test
	void membersCommentWithTheirNameAndTimeAndAnEmptyCommentIsRefused() throws Exception {
		long model = f.model(Fixtures.unique("Ý kiến"), TYPE, "Thôn 9");
		long id = f.evaluate(model, TYPE, 2024);
		mvc.perform(post("/evaluations/{id}/comments", id).with(csrf()).with(f.as("huyen")).param("body", "   "))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"body-error\""))
			.andExpect(Html.shows("Xin viết ý kiến trước khi gửi."));
		mvc.perform(post("/evaluations/{id}/comments", id).with(csrf()).with(f.as("huyen"))
			.param("body", "Đề nghị nhân rộng sang thôn 11.\nCần thêm kinh phí tuyên truyền."))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "evaluation.flash.commented"));
		mvc.perform(get("/evaluations/{id}", id).with(f.as("lanhdao"))).andExpect(status().isOk())
			.andExpect(Html.shows("Cán bộ Mặt trận huyện Kon Rẫy")).andExpect(Html.shows("(huyen, lúc "))
			.andExpect(Html.shows("Đề nghị nhân rộng sang thôn 11.")).andExpect(Html.shows("Cần thêm kinh phí tuyên truyền."))
			// The viewer reads, with no form to comment or decide.
			.andExpect(Html.doesNotShow("id=\"body\"")).andExpect(Html.doesNotShow("id=\"decision-form\""));
		assertThat(f.count("select count(*) from evaluation_comment where evaluation_id = ?", id)).isEqualTo(1);
	}

	@Test
	void theModelPickerListsModelsInScopeAndExportsCarryTheFilters() throws Exception {
		mvc.perform(get("/evaluations/new").with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows("Chọn mô hình để đánh giá")).andExpect(Html.shows("Khu dân cư đảm bảo an toàn giao thông"))
			.andExpect(Html.doesNotShow("Tân Lập"));
		mvc.perform(get("/evaluations/export.xlsx").param("year", "2021").with(f.as("huyen")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", EvaluationExportController.XLSX));
	}

}
