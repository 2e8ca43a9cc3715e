package vn.mohinh.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** Links to the current page with other parameters, keeping its filters ({@code @pageLinks} in templates). */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		return with("page", String.valueOf(page));
	}

	/** The current page with one query parameter replaced (e.g. {@code lang=en}). */
	public String with(String name, String value) {
		// Relative, so that links stay right behind a reverse proxy.
		UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(name, value).build().encode();
		return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
	}

}
