package vn.mohinh.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;

/** What the page layout needs on every page: who is signed in, links to the other language. */
@ControllerAdvice
class LayoutAdvice {

	private final PageLinks links;

	LayoutAdvice(PageLinks links) {
		this.links = links;
	}

	@ModelAttribute("me")
	ScopedPrincipal me() {
		return CurrentUser.get().orElse(null);
	}

	/** Links to other pages of the current list ({@code links.to(n)}); bean references are refused in th:href. */
	@ModelAttribute("links")
	PageLinks links() {
		return links;
	}

	/** This page in Vietnamese and in English (computed here: templates may not read request parameters). */
	@ModelAttribute("languageLinks")
	java.util.Map<String, String> languageLinks() {
		return java.util.Map.of("vi", links.with("lang", "vi"), "en", links.with("lang", "en"));
	}

}
