package dev.fureai.chat;

import java.nio.file.Path;
import java.util.Map;

import dev.fureai.FureaiApplication;
import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.Resume;
import dev.fureai.chat.ServerMessage.Answer;
import dev.fureai.chat.ServerMessage.Entry;
import dev.fureai.chat.ServerMessage.Resumed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conversation survives a server restart: the whole application is stopped and started
 * again on the same H2 file, and the visitor resumes with its history.
 */
class ChatRestartTests {

	@TempDir
	Path data;

	@Test
	void aVisitorResumesTheSameConversationAfterTheServerRestarts() throws Exception {
		String secret;
		String conversation;
		try (ConfigurableApplicationContext first = start()) {
			try (StompTestClient client = StompTestClient.connect(port(first), Map.of())) {
				client.send(new Resume("r1", null));
				secret = client.next(Resumed.class).visitorSecret();
				client.send(new Ask("q1", null, "領収書がほしい"));
				conversation = client.next(Answer.class).conversationId();
			}
		}
		try (ConfigurableApplicationContext second = start()) {
			try (StompTestClient client = StompTestClient.connect(port(second), Map.of("visitor", secret))) {
				client.send(new Resume("r2", null));
				Resumed resumed = client.next(Resumed.class);
				assertThat(resumed.conversationId()).isEqualTo(conversation);
				assertThat(resumed.history()).extracting(Entry::from).containsExactly("customer", "bot");
				assertThat(resumed.history().getFirst().message().path("text").asString()).isEqualTo("領収書がほしい");
			}
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(FureaiApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("fureai") + ";WRITE_DELAY=0",
				"--fureai.content.watch=false", "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
