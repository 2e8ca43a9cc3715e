package vn.mohinh.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Articles of the tests' own: written through the pages, in the demo district's places. */
final class ArticleFixtures {

	static final String DAK_RUONG = "23488";
	static final String TAN_LAP = "23497";

	private final MockMvc mvc;
	private final UserDetailsService users;
	private final JdbcClient jdbc;

	ArticleFixtures(MockMvc mvc, UserDetailsService users, JdbcClient jdbc) {
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

	/**
	 * The article form filled in as an editor would, posted to {@code url}; {@code overrides} are
	 * name/value pairs that replace the defaults (or add fields), an empty value posting the field empty.
	 */
	MockMultipartHttpServletRequestBuilder form(String url, String username, String title, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("title", title);
		fields.put("summary", "Tóm tắt thử nghiệm");
		fields.put("body", "Đoạn một.\n\nĐoạn hai.");
		fields.put("author", "Phóng viên thử");
		fields.put("categoryCode", "mo-hinh-hay");
		fields.put("tags", "thử nghiệm, Thu nghiem, mô hình");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder b = multipart(url);
		b.with(csrf()).with(as(username));
		fields.forEach(b::param);
		return b;
	}

	/** Writes a draft as {@code username}; returns its id. */
	long draft(String username, String title, String... modelIds) throws Exception {
		MockMultipartHttpServletRequestBuilder b = form("/articles", username, title);
		for (String m : modelIds) {
			b.param("modelIds", m);
		}
		MvcResult r = mvc.perform(b).andExpect(status().is3xxRedirection()).andReturn();
		return Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
	}

	MockHttpServletRequestBuilder action(long id, String action, String username) {
		return post("/articles/" + id + "/" + action).with(csrf()).with(as(username)).param("version",
				String.valueOf(version(id)));
	}

	/** A draft of the district, submitted by {@code huyen} and published by {@code lanhdao}. */
	long published(String title) throws Exception {
		long id = draft("huyen", title);
		mvc.perform(action(id, "submit", "huyen")).andExpect(status().is3xxRedirection());
		mvc.perform(action(id, "publish", "lanhdao")).andExpect(status().is3xxRedirection());
		return id;
	}

	long version(long id) {
		return jdbc.sql("select version from article where id = ?").param(id).query(Long.class).single();
	}

	String statusOf(long id) {
		return jdbc.sql("select status from article where id = ?").param(id).query(String.class).single();
	}

	String slug(long id) {
		return jdbc.sql("select slug from article where id = ?").param(id).query(String.class).single();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	long model(String communeCode) {
		return jdbc.sql("select min(id) from initiative where commune_code = ? and end_date is null").param(communeCode)
			.query(Long.class).single();
	}

	String communePath(String communeCode) {
		return jdbc.sql("select min(scope_path) from initiative where commune_code = ?").param(communeCode)
			.query(String.class).single();
	}

	/** Moves an article of the tests' own to another place (as if written there). */
	void moveTo(long id, String path) {
		jdbc.sql("update article set scope_path = ? where id = ?").params(path, id).update();
	}

	/**
	 * What in a page could run: script elements with a body or a foreign source, frames, objects,
	 * svg/math, style elements or attributes, event-handler attributes, and javascript:, vbscript: or
	 * data: URLs. Server output quotes every attribute value and escapes quotes inside, so the tag and
	 * attribute patterns below read it as a browser would.
	 */
	static List<String> executableIn(String html) {
		List<String> found = new ArrayList<>();
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			String name = tag.group(1).toLowerCase(Locale.ROOT);
			String attrs = tag.group(2);
			if (DANGEROUS_ELEMENTS.contains(name)) {
				found.add(tag.group());
			}
			Matcher attr = ATTR.matcher(attrs);
			boolean hasLocalSrc = false;
			while (attr.find()) {
				String an = attr.group(1).toLowerCase(Locale.ROOT);
				String value = attr.group(2) != null ? attr.group(2) : attr.group(3) != null ? attr.group(3) : attr.group(4);
				String decoded = decode(value == null ? "" : value).replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
				if (an.startsWith("on") || an.equals("style") || an.equals("srcdoc")) {
					found.add(tag.group());
				}
				if (URL_ATTRS.contains(an) && (decoded.startsWith("javascript:") || decoded.startsWith("vbscript:")
						|| decoded.startsWith("data:"))) {
					found.add(tag.group());
				}
				if (an.equals("src") && decoded.startsWith("/")) {
					hasLocalSrc = true;
				}
			}
			if (name.equals("script") && !hasLocalSrc) {
				found.add(tag.group());
			}
		}
		return found;
	}

	private static final List<String> DANGEROUS_ELEMENTS = List.of("iframe", "frame", "object", "embed", "svg", "math",
			"style", "base", "applet", "meta-refresh");
	private static final List<String> URL_ATTRS = List.of("href", "src", "action", "formaction", "xlink:href", "data",
			"poster", "background");
	private static final Pattern TAG = Pattern.compile(
			"<([a-zA-Z][a-zA-Z0-9:-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)\\s*/?>");
	private static final Pattern ATTR = Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
	private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});?");

	private static String decode(String value) {
		Matcher m = NUMERIC.matcher(value);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			int cp;
			try {
				cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
			}
			catch (NumberFormatException notDecimal) {
				cp = '?';
			}
			String ch = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "?";
			m.appendReplacement(out, Matcher.quoteReplacement(ch));
		}
		m.appendTail(out);
		return out.toString().replace("&colon;", ":").replace("&tab;", "").replace("&newline;", "").replace("&amp;", "&");
	}

}
