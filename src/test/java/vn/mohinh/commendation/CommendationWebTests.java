package vn.mohinh.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/** The pages and the API: record, reused numbers, stale edits, nominations, gaps, search, exemplars. */
@MoHinhTest
class CommendationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	Fixtures f;

	@BeforeEach
	void fixtures() {
		f = new Fixtures(users, jdbc);
	}

	@Test
	void aDecisionNumberReusedByTheSameBodyInTheSameYearIsRefusedByItsFieldWithTheInputKept() throws Exception {
		long model = f.model(Fixtures.DAK_RUONG);
		String body = Fixtures.unique("Ủy ban MTTQ Việt Nam xã thử");
		String number = Fixtures.unique("77/QĐ");
		mvc.perform(f.formal("/commendations", "huyen", number, body, "MODEL:" + model)).andExpect(status().is3xxRedirection());
		long before = f.count("select count(*) from commendation");
		// The same number written otherwise (case, spaces), same body, same year.
		mvc.perform(f.formal("/commendations", "huyen", " " + number.toLowerCase() + " ", body, "MODEL:" + model)
			.param("reason", "Lý do giữ lại"))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Cơ quan này đã dùng số quyết định này trong cùng năm"))
			.andExpect(Html.shows("id=\"decisionNumber-error\""))
			.andExpect(Html.shows("Lý do giữ lại"))
			.andExpect(Html.shows("value=\"MODEL:" + model + "\""));
		assertThat(f.count("select count(*) from commendation")).isEqualTo(before);
		// Another year or another body may use it.
		mvc.perform(f.formal("/commendations", "huyen", number, body + " khác", "MODEL:" + model))
			.andExpect(status().is3xxRedirection());
		// The API answers 400 with the field.
		mvc.perform(post("/api/v1/commendations").with(csrf()).with(f.as("huyen")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"FORMAL","category":"FORM","award":"GIAY_KHEN","body":"%s","level":"DISTRICT",
					"decisionNumber":"%s","date":"2021-12-20","year":2021,"recipients":["MODEL:%d"]}""".formatted(body, number, model)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decisionNumber"));
	}

	@Test
	void badInputIsShownByEachFieldAndNothingIsSaved() throws Exception {
		long before = f.count("select count(*) from commendation");
		mvc.perform(post("/commendations").with(csrf()).with(f.as("huyen")).param("kind", "FORMAL").param("category", "TITLE")
			.param("award", "GIAY_KHEN").param("recognisedOn", "31/02/2021").param("bodyName", "Cơ quan giữ lại"))
			.andExpect(status().isOk())
			.andExpect(Html.shows("id=\"award-error\""))
			.andExpect(Html.shows("id=\"recognisedOn-error\""))
			.andExpect(Html.shows("id=\"decisionNumber-error\""))
			.andExpect(Html.shows("id=\"recipients-error\""))
			.andExpect(Html.shows("Cơ quan giữ lại"));
		assertThat(f.count("select count(*) from commendation")).isEqualTo(before);
	}

	@Test
	void theScanOfADecisionIsStoredWithItAndServedOnlyInScope() throws Exception {
		long tanLapModel = f.model(Fixtures.TAN_LAP);
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		long before = f.count("select count(*) from commendation");
		// Not a PDF nor an image: refused by the field, nothing saved.
		mvc.perform(multipart("/commendations").file(new MockMultipartFile("scan", "qd.txt", "application/pdf", "chữ".getBytes()))
			.with(csrf()).with(f.as("huyen")).param("kind", "FORMAL").param("category", "FORM").param("award", "GIAY_KHEN")
			.param("bodyName", Fixtures.unique("Cơ quan scan")).param("bodyLevel", "DISTRICT").param("decisionNumber", "1/QĐ")
			.param("recognisedOn", "20/12/2021").param("recipients", "MODEL:" + tanLapModel))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"scan-error\""));
		assertThat(f.count("select count(*) from commendation")).isEqualTo(before);
		mvc.perform(multipart("/commendations").file(new MockMultipartFile("scan", "quyết định.pdf", "application/pdf", pdf))
			.with(csrf()).with(f.as("huyen")).param("kind", "FORMAL").param("category", "FORM").param("award", "GIAY_KHEN")
			.param("bodyName", Fixtures.unique("Cơ quan scan")).param("bodyLevel", "DISTRICT").param("decisionNumber", "1/QĐ")
			.param("recognisedOn", "20/12/2021").param("recipients", "MODEL:" + tanLapModel))
			.andExpect(status().is3xxRedirection());
		long id = f.latestCommendation();
		mvc.perform(get("/commendations/{id}", id).with(f.as("huyen"))).andExpect(Html.shows("/commendations/" + id + "/scan"));
		mvc.perform(get("/commendations/{id}/scan", id).with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/pdf")));
		mvc.perform(get("/commendations/{id}/scan", id).with(f.as("dakruong"))).andExpect(status().isNotFound());
	}

	@Test
	void aStaleEditIsRefusedWithoutLosingEitherVersion() throws Exception {
		long model = f.model(Fixtures.DAK_RUONG);
		String body = Fixtures.unique("Cơ quan sửa");
		mvc.perform(f.formal("/commendations", "huyen", Fixtures.unique("S"), body, "MODEL:" + model))
			.andExpect(status().is3xxRedirection());
		long id = f.latestCommendation();
		long version = f.version(id);
		mvc.perform(f.formal("/commendations/" + id + "/edit", "huyen", "1-first", body, "MODEL:" + model)
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		mvc.perform(f.formal("/commendations/" + id + "/edit", "huyen", "2-second", body, "MODEL:" + model)
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(Html.shows("Hồ sơ này vừa được người khác sửa"))
			.andExpect(Html.shows("value=\"2-second\""))
			.andExpect(Html.shows("1-first"));
		assertThat(jdbc.sql("select decision_number from commendation where id = ?").param(id).query(String.class).single())
			.isEqualTo("1-first");
	}

	@Test
	void aGoodEvaluationIsNominatedDecidedAndLeavesTheGaps() throws Exception {
		// An effective model of Tân Lập rated Tốt in 2020 that nobody recognised yet.
		Long evaluation = jdbc.sql("""
				select min(e.id) from evaluation e where e.eval_year = 2020 and e.rating = 'TOT' and e.effective = true
				and e.scope_path like (select min(i.scope_path) from initiative i where i.commune_code = ?) || '%'
				and not exists (select 1 from commendation_recipient r where r.kind = 'MODEL' and r.ref_id = e.initiative_id)""")
			.param(Fixtures.TAN_LAP).query(Long.class).single();
		assertThat(evaluation).isNotNull();
		long model = f.count("select initiative_id from evaluation where id = ?", evaluation);
		String gapsBefore = mvc.perform(get("/commendations/gaps").param("year", "2020").param("size", "200").with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows("/initiatives/" + model + "\"")).andReturn().getResponse()
			.getContentAsString();
		long gapCount = f.count("""
				select count(*) from commendation_effective_model m where m.eval_year = 2020 and m.effective = true
				and not exists (select 1 from commendation_recipient r join commendation c on c.id = r.commendation_id
				where r.kind = 'MODEL' and r.ref_id = m.initiative_id and c.withdrawn = false
				and c.recognised_on between date '2020-01-01' and date '2021-12-31')""");
		assertThat(gapsBefore).contains(String.valueOf(gapCount));

		mvc.perform(get("/evaluations/{id}", evaluation).with(f.as("huyen"))).andExpect(Html.shows("id=\"nominate\""));
		mvc.perform(get("/commendations/nominations/new").param("evaluation", String.valueOf(evaluation)).with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows("value=\"2020\""));
		mvc.perform(post("/commendations/nominations").with(csrf()).with(f.as("huyen")).param("initiativeId", String.valueOf(model))
			.param("evaluationId", String.valueOf(evaluation)).param("year", "2020").param("reason", "Thành tích năm 2020"))
			.andExpect(status().is3xxRedirection());
		long nomination = f.count("select max(id) from nomination");
		mvc.perform(get("/commendations/nominations").with(f.as("huyen"))).andExpect(Html.shows("/commendations/nominations/" + nomination + "\""));
		String number = Fixtures.unique("88/QĐ");
		mvc.perform(post("/commendations/nominations/{id}/decision", nomination).with(csrf()).with(f.as("huyen"))
			.param("nominationVersion", "0").param("category", "FORM").param("award", "BANG_KHEN")
			.param("bodyOrganisationId", String.valueOf(f.organisation("Ủy ban MTTQ Việt Nam huyện Kon Rẫy")))
			.param("bodyLevel", "DISTRICT").param("decisionNumber", number).param("recognisedOn", "15/01/2021")
			.param("year", "2020").param("reason", "Thành tích năm 2020"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from nomination where id = ?").param(nomination).query(String.class).single())
			.isEqualTo("DECIDED");
		mvc.perform(get("/commendations").param("initiative", String.valueOf(model)).with(f.as("huyen")))
			.andExpect(Html.shows(number));
		mvc.perform(get("/commendations/gaps").param("year", "2020").param("size", "200").with(f.as("huyen")))
			.andExpect(Html.doesNotShow("/initiatives/" + model + "\""));
		// A model rated below Tốt does not start a nomination from its evaluation.
		Long kha = jdbc.sql("select min(id) from evaluation where rating = 'KHA'").query(Long.class).single();
		mvc.perform(get("/commendations/nominations/new").param("evaluation", String.valueOf(kha)).with(f.as("huyen")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRecipientSearchAnswersHtmxWithChoicesOnly() throws Exception {
		mvc.perform(get("/commendations/recipients").param("recipientQuery", "uy ban mttq huyen kon ray").header("HX-Request", "true")
			.with(f.as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows("Ủy ban MTTQ Việt Nam huyện Kon Rẫy"))
			.andExpect(Html.doesNotShow("<html"));
		// Without JavaScript the form's search button does the same, keeping the input.
		mvc.perform(post("/commendations").with(csrf()).with(f.as("huyen")).param("search", "1")
			.param("recipientQuery", "phong chong ma tuy").param("bodyName", "Cơ quan giữ"))
			.andExpect(status().isOk()).andExpect(Html.shows("value=\"MODEL:")).andExpect(Html.shows("Cơ quan giữ"));
	}

	@Test
	void theApiListsCommendationsAndExemplarsInPages() throws Exception {
		mvc.perform(get("/api/v1/commendations").param("year", "2021").with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.items").isArray()).andExpect(jsonPath("$.total").isNumber());
		mvc.perform(get("/api/v1/exemplars").with(f.as("huyen"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].subject").isString());
		mvc.perform(get("/api/v1/commendations/{id}", 999999999).with(f.as("huyen"))).andExpect(status().isNotFound());
	}

	@Test
	void anExemplarIsHeldUpAndListed() throws Exception {
		long model = f.model(Fixtures.DAK_RUONG);
		long village = f.villageOf(model);
		String title = Fixtures.unique("Điển hình thử");
		mvc.perform(post("/commendations/exemplars").with(csrf()).with(f.as("dakruong")).param("subject", "VILLAGE:" + village)
			.param("title", title).param("story", "Đoạn một.\nĐoạn hai.").param("modelIds", String.valueOf(model))
			.param("publishable", "true").param("publishableFrom", "01/01/2022"))
			.andExpect(status().is3xxRedirection()).andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/commendations/exemplars/")));
		mvc.perform(get("/commendations/exemplars").with(f.as("dakruong"))).andExpect(Html.shows(title));
		long id = f.count("select max(id) from exemplar");
		mvc.perform(get("/commendations/exemplars/{id}", id).with(f.as("dakruong"))).andExpect(Html.shows("Đoạn hai."));
		// Not in Tân Lập's scope.
		mvc.perform(get("/commendations/exemplars/{id}", id).with(f.as("admin"))).andExpect(status().isOk());
		// Bad input kept: no story, publishable without a date.
		mvc.perform(post("/commendations/exemplars").with(csrf()).with(f.as("dakruong")).param("subject", "VILLAGE:" + village)
			.param("title", "Tiêu đề giữ lại").param("publishable", "true"))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"story-error\"")).andExpect(Html.shows("id=\"publishableFrom-error\""))
			.andExpect(Html.shows("Tiêu đề giữ lại"));
	}

}
