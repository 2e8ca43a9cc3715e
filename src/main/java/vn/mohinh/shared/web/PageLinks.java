package vn.mohinh.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Links to the current page with other parameters, keeping its filters ({@code @pageLinks} in templates). */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		return with("page", String.valueOf(page));
	}

	/** The current page with one query parameter replaced (e.g. {@code lang=en}). */
	public String with(String name, String value) {
		HttpServletRequest request = request();
		// Relative, so that links stay right behind a reverse proxy.
		return link(request.getRequestURI(), request, Set.of(name)) + separator(request, Set.of(name)) + encode(name)
				+ "=" + encode(value);
	}

	/** The current filters at another path, without paging: the list's export ({@code export.xlsx}). */
	public String sibling(String name) {
		HttpServletRequest request = request();
		String path = request.getRequestURI();
		return link(path.endsWith("/") ? path + name : path + "/" + name, request, Set.of("page", "size"));
	}

	/**
	 * The path with the request's parameters but those left out. Built from the decoded parameters,
	 * not the raw query string, so that a search for "chi thi" is encoded once, not twice.
	 */
	private static String link(String path, HttpServletRequest request, Set<String> leftOut) {
		StringJoiner query = new StringJoiner("&");
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!leftOut.contains(parameter.getKey())) {
				for (String value : parameter.getValue()) {
					query.add(encode(parameter.getKey()) + "=" + encode(value));
				}
			}
		}
		return query.length() == 0 ? path : path + "?" + query;
	}

	private static String separator(HttpServletRequest request, Set<String> leftOut) {
		return request.getParameterMap().keySet().stream().anyMatch(k -> !leftOut.contains(k)) ? "&" : "?";
	}

	/** Form encoding, with %20 rather than "+" for a space: both read back the same, %20 is what people expect. */
	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
