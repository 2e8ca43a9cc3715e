package vn.mohinh.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Assets whose URL names their content are kept a year and never revalidated: CSS and JS with the
 * content hash in the name ({@code /css/mohinh-<md5>.css}, from {@code spring.web.resources.chain})
 * and WebJars with their version in the path ({@code /webjars/bootstrap/5.3.3/…}). A new release
 * has new URLs. The same files asked for without hash or version are only revalidated
 * ({@code spring.web.resources.cache.cachecontrol.no-cache}): they may change under the same URL.
 *
 * <p>Spring's resource handler sets one Cache-Control for a whole location; this filter replaces it
 * when the path carries a fingerprint, and only when the handler sets one (a 404 or 304 keeps its own).
 */
@Component
class AssetCaching extends OncePerRequestFilter {

	static final Pattern FINGERPRINTED = Pattern.compile("/(css|js)/[^/]+-[0-9a-f]{32}\\.(css|js)");
	static final Pattern VERSIONED_WEBJAR = Pattern.compile("/webjars/[^/]+/\\d[^/]*/.+");
	static final String FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !FINGERPRINTED.matcher(path).matches() && !VERSIONED_WEBJAR.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? FOREVER : value);
			}

			@Override
			public void addHeader(String name, String value) {
				if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
					super.setHeader(name, FOREVER);
				}
				else {
					super.addHeader(name, value);
				}
			}
		});
	}

}
