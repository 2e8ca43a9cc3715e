package vn.mohinh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Links keep the list's filters, encoded once, and never carry what a form posted. */
class PageLinksTests {

	final PageLinks links = new PageLinks();

	void current(String method, String uri, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		request.setQueryString(query);
		// A posted form's fields are parameters too; they must stay out of every link.
		request.addParameter("password", "a-good-password");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aSearchIsEncodedOnce() {
		current("GET", "/documents", "q=chi%20thi&kind=CHI_THI&page=2");
		assertThat(links.to(3)).isEqualTo("/documents?q=chi%20thi&kind=CHI_THI&page=3");
		assertThat(links.with("lang", "en")).isEqualTo("/documents?q=chi%20thi&kind=CHI_THI&page=2&lang=en");
		assertThat(links.sibling("export.xlsx")).isEqualTo("/documents/export.xlsx?q=chi%20thi&kind=CHI_THI");
		current("GET", "/localities", "q=%C4%91%E1%BA%AFk+ru%E1%BB%93ng");
		assertThat(links.to(1)).isEqualTo("/localities?q=%C4%91%E1%BA%AFk%20ru%E1%BB%93ng&page=1");
	}

	@Test
	void postedFieldsNeverReachALink() {
		current("POST", "/admin/users", null);
		assertThat(links.with("lang", "vi")).isEqualTo("/admin/users?lang=vi");
		assertThat(links.sibling("export.xlsx")).isEqualTo("/admin/users/export.xlsx");
	}

}
