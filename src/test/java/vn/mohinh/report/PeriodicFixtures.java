package vn.mohinh.report;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the report tests share: signing in, drafting a report through the form, reading the database and DOCX text. */
final class PeriodicFixtures {

	static final String CELL = "Chi bộ Mặt trận huyện Kon Rẫy";
	static final String DAK_RUONG_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng";
	static final String TAN_LAP_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập";
	static final String DAK_RUONG = "23488";
	static final String TAN_LAP = "23497";

	private final MockMvc mvc;
	private final UserDetailsService users;
	private final JdbcClient jdbc;

	PeriodicFixtures(MockMvc mvc, UserDetailsService users, JdbcClient jdbc) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long organisation(String name) {
		return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	MockHttpServletRequestBuilder draftRequest(String username, String issuer, String from, String to, String localityCode) {
		return post("/reports").with(csrf()).with(as(username)).param("issuerId", String.valueOf(organisation(issuer)))
			.param("kind", "PRELIMINARY_REVIEW").param("from", from).param("to", to)
			.param("localityCode", localityCode == null ? "" : localityCode);
	}

	/** Drafts a report through the form; its id. */
	long draft(String username, String issuer, String from, String to, String localityCode) throws Exception {
		MvcResult result = mvc.perform(draftRequest(username, issuer, from, to, localityCode))
			.andExpect(status().is3xxRedirection()).andReturn();
		return idIn(result.getResponse().getRedirectedUrl());
	}

	/** A village of the old xã Đắk Ruồng (before the 2025 reform). */
	long village(String commune, String name) {
		return jdbc.sql("""
				select v.id from locality v join locality c on c.id = v.parent_id
				where c.code = ? and c.valid_to is not null and v.name = ?""").param(commune).param(name).query(Long.class)
			.single();
	}

	/** A new model of xã Đắk Ruồng in one village, started on {@code start}, made by the commune's editor. */
	long model(String name, String type, String start, String village) throws Exception {
		long typeId = jdbc.sql("select id from initiative_type where name = ?").param(type).query(Long.class).single();
		MvcResult result = mvc.perform(post("/initiatives").with(csrf()).with(as("dakruong")).param("name", name)
			.param("typeId", String.valueOf(typeId)).param("communeCode", DAK_RUONG).param("startDate", start)
			.param("overlapReason", "Thử nghiệm").param("villageIds", String.valueOf(village(DAK_RUONG, village))))
			.andExpect(status().is3xxRedirection()).andReturn();
		return idIn(result.getResponse().getRedirectedUrl());
	}

	static long idIn(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String section(long reportId, String column) {
		return jdbc.sql("select " + column + " from report where id = ?").param(reportId).query(String.class).single();
	}

	long count(String sql, Object... params) {
		var spec = jdbc.sql(sql);
		for (Object p : params) {
			spec = spec.param(p);
		}
		return spec.query(Long.class).single();
	}

	long version(long reportId) {
		return count("select version from report where id = ?", reportId);
	}

	static String text(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

}
