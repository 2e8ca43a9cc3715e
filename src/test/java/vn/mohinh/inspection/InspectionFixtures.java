package vn.mohinh.inspection;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the inspection tests share: the demo models they inspect, a valid form, a real PNG, and the
 * demo users. Tests share one database, so every test that writes creates its own inspections.
 */
final class InspectionFixtures {

	static final String DAK_RUONG = "23488";
	static final String TAN_LAP = "23497";

	private final MockMvc mvc;
	private final JdbcClient jdbc;
	private final UserDetailsService users;

	InspectionFixtures(MockMvc mvc, JdbcClient jdbc, UserDetailsService users) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.users = users;
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** A demo model by name, commune code and one of its villages. */
	long model(String name, String communeCode, String village) {
		return jdbc.sql("""
				select i.id from initiative i join initiative_site s on s.initiative_id = i.id
				where i.name = ? and i.commune_code = ? and s.village_name = ?""")
			.param(name).param(communeCode).param(village).query(Long.class).single();
	}

	/** Khu dân cư đảm bảo vệ sinh môi trường, thôn 8, xã Đắk Ruồng: started 01/11/2019, never inspected in the demo. */
	long dakRuongModel() {
		return model("Khu dân cư đảm bảo vệ sinh môi trường", DAK_RUONG, "Thôn 8");
	}

	/** The provincial pilot of xã Tân Lập, thôn 2 (started 01/05/2019). */
	long tanLapModel() {
		return model("Khu dân cư an toàn về an ninh trật tự", TAN_LAP, "Thôn 2");
	}

	/** A demo inspection of xã Tân Lập's provincial pilot. */
	long tanLapInspection() {
		return jdbc.sql("select min(id) from inspection where initiative_id = ?").param(tanLapModel())
			.query(Long.class).single();
	}

	/** A valid new-inspection form for a model, as the page posts it; {@code overrides} name, value, … */
	MockMultipartHttpServletRequestBuilder form(String url, long model, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("initiativeId", String.valueOf(model));
		fields.put("inspectedOn", "15/03/2024");
		fields.put("kind", "KIEM_TRA");
		fields.put("organisation", "Đoàn kiểm tra Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng");
		fields.put("team[0].name", "Đinh Thị Hoa");
		fields.put("team[0].role", "Trưởng đoàn");
		fields.put("team[1].name", "Nguyễn Văn Thử");
		fields.put("team[1].role", "Thành viên");
		fields.put("rating", "KHA");
		fields.put("generalFindings", "Thôn giữ vệ sinh tốt.\nCần thêm thùng rác.");
		fields.put("recommendations", "Bố trí thêm thùng rác công cộng.");
		fields.put("actions[0].description", "Mua thùng rác");
		fields.put("actions[0].dueOn", "30/04/2024");
		fields.put("actions[0].status", "OPEN");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart(url);
		fields.forEach((k, v) -> {
			if (v != null) {
				request.param(k, v);
			}
		});
		request.with(csrf());
		return request;
	}

	/** Records an inspection through the form and answers its id. */
	long record(String username, long model, String... overrides) throws Exception {
		String location = mvc.perform(form("/inspections", model, overrides).with(as(username)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long count() {
		return jdbc.sql("select count(*) from inspection").query(Long.class).single();
	}

	/** What a refused write must leave unchanged: the row's version and its parts. */
	String fingerprint(long id) {
		return jdbc.sql("select status || '|' || version || '|' || coalesce(general_findings, '') from inspection where id = ?")
			.param(id).query(String.class).single() + "|"
				+ jdbc.sql("select count(*) from inspection_photo where inspection_id = ?").param(id).query(Long.class).single();
	}

	/** A small real PNG, drawn here. */
	static byte[] png() throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.setRGB(2, 2, 0xcc0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	static MockMultipartFile photo(int row, byte[] bytes, String name) {
		return new MockMultipartFile("photos[" + row + "].file", name, "image/png", bytes);
	}

}
