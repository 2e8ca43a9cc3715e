package vn.mohinh;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@MoHinhTest
class ApplicationSmokeTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsUpWithoutLogin() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("UP")));
	}

	@Test
	void pagesNeedLogin() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection());
	}

	@Test
	void demoAccountLogsInWithDemoPassword() throws Exception {
		mvc.perform(post("/login").param("username", "huyen").param("password", "mohinh-demo").with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	@WithUserDetails("huyen")
	void everyPageCarriesCsrfMetaAndStrictCsp() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<meta name=\"_csrf\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<meta name=\"_csrf_header\"")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))));
	}

	@Test
	@WithUserDetails("huyen")
	void vietnameseFirstEnglishOnRequest() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "en-US"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Địa bàn")));
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Localities")));
	}

	@Test
	@WithUserDetails("lanhdao")
	void refusedPagesAnswerWithAVietnamesePage() throws Exception {
		mvc.perform(get("/admin/users").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			.andExpect(result -> org.assertj.core.api.Assertions.assertThat(String.valueOf(result.getResponse().getContentType()))
				.doesNotContain("json"));
		mvc.perform(get("/api/v1/admin/users")).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

}
