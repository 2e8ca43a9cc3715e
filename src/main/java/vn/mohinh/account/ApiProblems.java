package vn.mohinh.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Security answers for the JSON API: a small problem document, never a redirect to the login page
 * (scripts cannot follow one) and never an HTML error page.
 */
final class ApiProblems {

	private ApiProblems() {
	}

	static void write(HttpServletResponse response, HttpStatus status) throws IOException {
		response.setStatus(status.value());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"mohinh\"");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
				+ status.value() + "}");
	}

}
