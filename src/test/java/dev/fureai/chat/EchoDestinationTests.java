package dev.fureai.chat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's echo destination does not exist unless {@code fureai.bench.echo} is
 * set: without it, {@code /app/chat.echo} is an unknown message type like any other. (The
 * benchmark's short version, {@code BenchSmokeTests}, runs with it on.)
 */
@ChatServerTest
class EchoDestinationTests {

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	BenchProperties bench;

	@Test
	void echoIsOffByDefault() throws Exception {
		assertThat(this.bench.echo()).isFalse();
		assertThat(this.context.getBeansOfType(EchoController.class)).isEmpty();
		try (StompTestClient client = StompTestClient.connect(this.port, Map.of())) {
			client.send("echo", "{\"type\":\"echo\",\"id\":\"e-1\",\"text\":\"こんにちは\"}");
			ServerMessage.Error error = client.next(ServerMessage.Error.class);
			assertThat(error.code()).isEqualTo("unknown_type");
			assertThat(error.replyTo()).isEqualTo("e-1");
		}
	}

}
