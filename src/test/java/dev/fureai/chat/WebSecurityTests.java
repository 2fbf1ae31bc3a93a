package dev.fureai.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP rules of the running application: public pages and APIs open, everything else
 * denied, and no demo token endpoint unless the demo profile is on.
 */
@ChatServerTest
class WebSecurityTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theDemoTokenEndpointIsOffByDefault() throws Exception {
		assertThat(get("/demo/token?tier=high").statusCode()).isEqualTo(404);
	}

	@Test
	void publicPagesAndApisAreOpen() throws Exception {
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(get("/api/suggest?q=%E8%AB%8B").statusCode()).isEqualTo(200);
		HttpResponse<String> page = get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
	}

	@Test
	void everythingElseIsDenied() throws Exception {
		assertThat(get("/actuator/env").statusCode()).isEqualTo(403);
		assertThat(get("/admin").statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
