package vn.mohinh.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to another page of the current list, keeping its filters ({@code @pageLinks} in templates). */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().encode()
			.toUriString();
	}

}
