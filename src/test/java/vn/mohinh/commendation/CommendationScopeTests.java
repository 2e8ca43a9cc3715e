package vn.mohinh.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
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
 * Scope on every path (docs/decisions/0007): dakruong (editor of xã Đăk Ruồng) does not see a
 * commendation whose recipients are all in xã Tân Lập, sees a shared one with only its own recipients,
 * records nothing for Tân Lap or for a district body, and may not change a district decision; lanhdao
 * (viewer) writes nothing. Counts are asserted unchanged after every refused write.
 */
@MoHinhTest
class CommendationScopeTests {

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

	record Counts(long commendations, long recipients, long nominations, long exemplars) {
	}

	Counts counts() {
		return new Counts(f.count("select count(*) from commendation"), f.count("select count(*) from commendation_recipient"),
				f.count("select count(*) from nomination"), f.count("select count(*) from exemplar"));
	}

	/** huyen records a Giấy khen of the district for a Tân Lập model and a Đăk Ruồng model. */
	long shared(String number, String... recipients) throws Exception {
		mvc.perform(f.formal("/commendations", "huyen", number, "Ủy ban MTTQ Việt Nam huyện Kon Rẫy", recipients))
			.andExpect(status().is3xxRedirection());
		return f.latestCommendation();
	}

	@Test
	void dakRuongNeitherSeesNorChangesTanLapCommendations() throws Exception {
		long tanLapModel = f.model(Fixtures.TAN_LAP);
		long dakRuongModel = f.model(Fixtures.DAK_RUONG);
		String number = Fixtures.unique("TL");
		long onlyTanLap = shared(number, "MODEL:" + tanLapModel);
		long both = shared(Fixtures.unique("TLDR"), "MODEL:" + tanLapModel, "MODEL:" + dakRuongModel);
		Counts before = counts();

		// Pages and API: the Tân Lập commendation does not exist for dakruong.
		mvc.perform(get("/commendations/{id}", onlyTanLap).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/commendations/{id}/edit", onlyTanLap).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/commendations/{id}", onlyTanLap).with(f.as("dakruong"))).andExpect(status().isNotFound());
		mvc.perform(post("/commendations/{id}/withdraw", onlyTanLap).with(csrf()).with(f.as("dakruong"))
			.param("version", "0").param("reason", "Xâm nhập")).andExpect(status().isNotFound());
		mvc.perform(get("/commendations").param("size", "200").with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.doesNotShow(number)).andExpect(Html.doesNotShow("/commendations/" + onlyTanLap + "\""));
		String json = mvc.perform(get("/api/v1/commendations").param("size", "200").with(f.as("dakruong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).doesNotContain(number).doesNotContain("\"id\":" + onlyTanLap + ",");
		assertThat(exported("dakruong")).noneMatch(line -> line.contains(number));

		// The shared one: seen, with only the Đăk Ruồng recipient; a district decision, so not changeable (403).
		mvc.perform(get("/commendations/{id}", both).with(f.as("dakruong"))).andExpect(status().isOk())
			.andExpect(Html.shows("/initiatives/" + dakRuongModel + "\"")).andExpect(Html.doesNotShow("/initiatives/" + tanLapModel + "\""));
		mvc.perform(get("/commendations/{id}/edit", both).with(f.as("dakruong"))).andExpect(status().isForbidden());
		mvc.perform(f.formal("/commendations/" + both + "/edit", "dakruong", "X", "Xâm nhập", "MODEL:" + dakRuongModel)
			.param("version", String.valueOf(f.version(both)))).andExpect(status().isForbidden());

		// Writes naming Tân Lập or the district body: refused, nothing saved.
		mvc.perform(f.formal("/commendations", "dakruong", Fixtures.unique("DR"), "Cơ quan", "MODEL:" + tanLapModel))
			.andExpect(status().isOk()).andExpect(Html.shows("Có đối tượng không còn hoặc không thuộc địa bàn của bạn"));
		mvc.perform(f.formal("/commendations", "dakruong", Fixtures.unique("DR"), "x", "MODEL:" + dakRuongModel)
			.param("bodyOrganisationId", String.valueOf(f.organisation("Ủy ban MTTQ Việt Nam huyện Kon Rẫy"))))
			.andExpect(status().isOk()).andExpect(Html.shows("Không có cơ quan này trong địa bàn của bạn"));
		mvc.perform(post("/api/v1/commendations").with(csrf()).with(f.as("dakruong")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"FORMAL","category":"FORM","award":"GIAY_KHEN","body":"Cơ quan","level":"COMMUNE",
					"decisionNumber":"1/QĐ","date":"2021-12-20","recipients":["MODEL:%d"]}""".formatted(tanLapModel)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/commendations/nominations/new").param("initiative", String.valueOf(tanLapModel)).with(f.as("dakruong")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/commendations/nominations").with(csrf()).with(f.as("dakruong"))
			.param("initiativeId", String.valueOf(tanLapModel)).param("year", "2021").param("reason", "Xâm nhập"))
			.andExpect(status().isNotFound());
		// The gaps of Tân Lập: nothing listed for dakruong.
		mvc.perform(get("/commendations/gaps").param("year", "2020").param("locality", Fixtures.TAN_LAP).with(f.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.doesNotShow("/initiatives/" + tanLapModel + "\""));

		// lanhdao reads the district but writes nothing.
		mvc.perform(get("/commendations/{id}", onlyTanLap).with(f.as("lanhdao"))).andExpect(status().isOk());
		mvc.perform(get("/commendations/new").with(f.as("lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(f.formal("/commendations", "lanhdao", Fixtures.unique("LD"), "Cơ quan", "MODEL:" + tanLapModel))
			.andExpect(status().isForbidden());
		mvc.perform(post("/commendations/{id}/withdraw", onlyTanLap).with(csrf()).with(f.as("lanhdao"))
			.param("version", String.valueOf(f.version(onlyTanLap))).param("reason", "Xâm nhập")).andExpect(status().isForbidden());
		mvc.perform(post("/commendations/exemplars").with(csrf()).with(f.as("lanhdao")).param("subject", "MODEL:" + tanLapModel)
			.param("title", "x").param("story", "x")).andExpect(status().isForbidden());
		assertThat(counts()).isEqualTo(before);
		assertThat(f.count("select count(*) from commendation where withdrawn = true and id = ?", onlyTanLap)).isZero();

		// The district sees both.
		mvc.perform(get("/commendations/{id}", onlyTanLap).with(f.as("huyen"))).andExpect(status().isOk()).andExpect(Html.shows(number));
		assertThat(exported("huyen")).anyMatch(line -> line.contains(number));
	}

	List<String> exported(String username) throws Exception {
		byte[] xlsx = mvc.perform(get("/commendations/export.xlsx").with(f.as(username))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		List<String> lines = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				StringBuilder line = new StringBuilder();
				row.forEach(cell -> line.append(cell.toString()).append('|'));
				lines.add(line.toString());
			}
		}
		return lines;
	}

}
