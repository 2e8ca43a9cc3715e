package vn.mohinh.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to the current page with other parameters, keeping its filters ({@code @pageLinks} in templates). */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		return with("page", String.valueOf(page));
	}

	/** The current page with one query parameter replaced (e.g. {@code lang=en}). */
	public String with(String name, String value) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(name, value).build().encode()
			.toUriString();
	}

}
