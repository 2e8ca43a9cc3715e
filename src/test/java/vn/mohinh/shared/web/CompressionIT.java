package vn.mohinh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tomcat compresses what MoHinh answers in text (MockMvc has no Tomcat, hence a real server): pages,
 * JSON, XML (sitemap, feeds), SVG, CSS and JS, once over 2 KB, for a client that accepts gzip.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CompressionIT {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void textIsCompressedForClientsThatAcceptIt() throws Exception {
		// The XML and SVG probes are test resources (src/test/resources/static/css/probe).
		Map<String, String> types = Map.of("/login", "text/html", "/api/v1/openapi", "application/json",
				"/css/probe/compression.xml", "application/xml", "/css/probe/compression.svg", "image/svg+xml",
				"/css/mohinh.css", "text/css", "/webjars/htmx.org/dist/htmx.min.js", "javascript");
		for (Map.Entry<String, String> entry : types.entrySet()) {
			HttpResponse<byte[]> plain = get(entry.getKey(), null);
			HttpResponse<byte[]> gzip = get(entry.getKey(), "gzip");
			assertThat(plain.statusCode()).as(entry.getKey()).isEqualTo(200);
			assertThat(plain.headers().firstValue("Content-Type").orElse("")).as(entry.getKey()).contains(entry.getValue());
			assertThat(plain.headers().firstValue("Content-Encoding")).as(entry.getKey()).isEmpty();
			assertThat(gzip.headers().firstValue("Content-Encoding")).as(entry.getKey()).hasValue("gzip");
			assertThat(gzip.body().length).as(entry.getKey()).isLessThan(plain.body().length / 2);
		}
	}

}
