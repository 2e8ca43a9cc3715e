package vn.mohinh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;

/**
 * Pages link their CSS and JS by content hash and WebJars by version; those URLs are kept a year,
 * the same files without fingerprint are revalidated, and pages themselves are never kept publicly.
 */
@MoHinhTest
class AssetDeliveryTests {

	static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	String login() throws Exception {
		return mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	java.util.List<String> assets(String page) {
		Matcher m = LINKED.matcher(page);
		java.util.List<String> found = new java.util.ArrayList<>();
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void pagesLinkFingerprintedAssetsOnly() throws Exception {
		java.util.List<String> assets = assets(login());
		assertThat(assets).isNotEmpty().allSatisfy(url -> assertThat(
				AssetCaching.FINGERPRINTED.matcher(url).matches() || AssetCaching.VERSIONED_WEBJAR.matcher(url).matches())
			.as(url).isTrue());
		assertThat(assets).anyMatch(u -> u.matches("/css/mohinh-[0-9a-f]{32}\\.css"))
			.anyMatch(u -> u.matches("/js/mohinh-[0-9a-f]{32}\\.js"))
			.anyMatch(u -> u.matches("/webjars/bootstrap/\\d[^/]*/css/bootstrap\\.min\\.css"))
			.anyMatch(u -> u.matches("/webjars/htmx\\.org/\\d[^/]*/dist/htmx\\.min\\.js"));
	}

	@Test
	void fingerprintedAssetsAreKeptAYearTheOthersRevalidated() throws Exception {
		for (String url : assets(login())) {
			mvc.perform(get(url)).andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
		}
		mvc.perform(get("/css/mohinh.css")).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"));
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", not(containsString("immutable"))));
		// A hash that is not the content's is no asset at all, and not kept.
		mvc.perform(get("/css/mohinh-0123456789abcdef0123456789abcdef.css")).andExpect(status().isNotFound())
			.andExpect(header().string("Cache-Control", not(containsString("immutable"))));
	}

	@Test
	void pagesAreNeverKeptPublicly() throws Exception {
		mvc.perform(get("/login")).andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(header().string("Cache-Control", not(containsString("public"))));
	}

}
