package dev.fureai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ContentWiringTests {

	@TempDir
	Path dir;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ContentTestConfiguration.class);

	@Test
	void defaultsBindToTheDocumentedValues() {
		this.runner.withPropertyValues("fureai.content.watch=false").run((context) -> {
			ContentProperties properties = context.getBean(ContentProperties.class);
			assertThat(properties.directory()).isEqualTo(Path.of("content"));
			assertThat(properties.debounce()).isEqualTo(Duration.ofMillis(150));
			assertThat(ContentProperties.defaults())
				.isEqualTo(new ContentProperties("content", true, Duration.ofMillis(150)));
		});
	}

	@Test
	void listenersHearChangesAndClosingStopsTheWatcher() throws IOException {
		Files.writeString(this.dir.resolve("a.md"), "---\nid: a\ntitle: A\n---\n");
		this.runner.withPropertyValues("fureai.content.dir=" + this.dir, "fureai.content.debounce=50ms")
			.run((context) -> {
				Articles articles = context.getBean(Articles.class);
				assertThat(articles.snapshot().articles()).containsOnlyKeys("a");

				Files.writeString(this.dir.resolve("b.md"), "---\nid: b\ntitle: B\n---\n");

				Listener listener = context.getBean(Listener.class);
				await().atMost(Duration.ofSeconds(5)).until(() -> !listener.changes.isEmpty());
				assertThat(listener.changes.getFirst().changedIds()).containsExactly("b");
				WatchedArticles watched = context.getBean(WatchedArticles.class);
				assertThat(watched.isRunning()).isTrue();
				context.close();
				assertThat(watched.isRunning()).isFalse();
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ContentProperties.class)
	@Import(WatchedArticles.class)
	static class ContentTestConfiguration {

		@Bean
		Listener listener() {
			return new Listener();
		}

	}

	static class Listener {

		final List<ContentChanged> changes = new CopyOnWriteArrayList<>();

		@EventListener
		void on(ContentChanged change) {
			this.changes.add(change);
		}

	}

}
