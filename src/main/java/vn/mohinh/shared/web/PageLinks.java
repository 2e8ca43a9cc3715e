package vn.mohinh.shared.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
	 * The path with the query string's parameters but those left out. Only the query string: a form
	 * posted to this URL (a password, the CSRF token) never ends up in a link. Decoded and encoded
	 * again, so that a search for "chi thi" is encoded once, not twice.
	 */
	private static String link(String path, HttpServletRequest request, Set<String> leftOut) {
		StringJoiner query = new StringJoiner("&");
		for (Map.Entry<String, String> parameter : queryParameters(request)) {
			if (!leftOut.contains(parameter.getKey())) {
				query.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue()));
			}
		}
		return query.length() == 0 ? path : path + "?" + query;
	}

	private static String separator(HttpServletRequest request, Set<String> leftOut) {
		return queryParameters(request).stream().anyMatch(p -> !leftOut.contains(p.getKey())) ? "&" : "?";
	}

	private static List<Map.Entry<String, String>> queryParameters(HttpServletRequest request) {
		String queryString = request.getQueryString();
		if (queryString == null || queryString.isEmpty()) {
			return List.of();
		}
		List<Map.Entry<String, String>> parameters = new ArrayList<>();
		for (String pair : queryString.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			parameters.add(Map.entry(name, value));
		}
		return parameters;
	}

	/** A malformed escape ("%zz") is kept as typed rather than failing the page. */
	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	/** Form encoding, with %20 rather than "+" for a space: both read back the same, %20 is what people expect. */
	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
