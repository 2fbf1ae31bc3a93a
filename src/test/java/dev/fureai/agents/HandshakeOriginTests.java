package dev.fureai.agents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.fureai.testing.Handshakes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Foreign and tricky Origins at both WebSocket endpoints, with no origin listed (the
 * application's own origin only): every one is refused with 403 at the handshake, on the
 * agents' endpoint even with a signed-in CSM's session cookie, while the same requests
 * with the application's own origin open.
 */
@AgentsServerTest
class HandshakeOriginTests {

	@LocalServerPort
	int port;

	@Test
	void foreignAndTrickyOriginsAreRefusedAtBothEndpoints() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		String cookie = sato.sessionCookie();
		String own = "http://localhost:" + this.port;
		assertThat(Handshakes.status(this.port, "/ws", own, null)).as("own origin, /ws").isEqualTo(101);
		assertThat(Handshakes.status(this.port, "/ws/agent", own, cookie)).as("own origin, /ws/agent").isEqualTo(101);

		Map<String, Integer> opened = new LinkedHashMap<>();
		for (String origin : trickyOrigins()) {
			for (String path : List.of("/ws", "/ws/agent")) {
				int status = Handshakes.status(this.port, path, origin, path.equals("/ws/agent") ? cookie : null);
				if (status != 403) {
					opened.put(path + " Origin: " + origin, status);
				}
			}
		}
		assertThat(opened).as("handshakes not refused with 403").isEmpty();
	}

	private List<String> trickyOrigins() {
		int port = this.port;
		return List.of("https://app.example.com.evil.test", "https://evil.test", "null",
				"http://localhost:" + (port + 1), "http://localhost", "https://localhost:" + port,
				"ws://localhost:" + port, "http://localhost.:" + port, "http://localhost:" + port + ".evil.test",
				"http://localhost.evil.test:" + port, "http://evil.test:" + port, "HTTP://LOCALHOST:" + port,
				"http://LocalHost:" + port, "http://evil.test@localhost:" + port, "http://127.0.0.1:" + port,
				"http://[::1]:" + port, "http://localhost:" + port + "@evil.test",
				"http://evil.test@localhost:" + port + ".evil.test", "http://evil.test#@localhost:" + port,
				"http://evil.test\\@localhost:" + port, "http://localhost%2eevil.test:" + port,
				"http://localhost:" + port + "%00.evil.test", "file://",
				"chrome-extension://abcdefghijklmnopabcdefghijklmnop", "*", "");
	}

}
