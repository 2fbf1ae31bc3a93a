package dev.fureai.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.fureai.tools.BenchCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's short version: every scenario, small, against this test's server (on a
 * random port, with the benchmark settings) and the sample content, through the real
 * protocol. Checks that nothing fails and the {@code bench:} line's form — never the
 * figures (speed is measured by {@code bench/run}, not asserted).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:bench-smoke;DB_CLOSE_DELAY=-1", "fureai.bench.echo=true",
				"fureai.chat.messages-per-minute=1000000", "fureai.content.watch=true" })
class BenchSmokeTests {

	private static final Path CONTENT = temporaryCopyOfTheSampleContent();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("fureai.content.dir", CONTENT::toString);
	}

	@Test
	void everyScenarioRunsWithoutErrorsAndEndsWithTheBenchLine(@TempDir Path work) throws Exception {
		Path sample = Path.of("content");
		BenchCorpus corpus = BenchCorpus.read(sample);
		Bench.Options options = Bench.Options.smoke(sample);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

		Bench.Network network = Bench.network(options,
				new Bench.Target(URI.create("http://localhost:" + this.port), ProcessHandle.current().pid(), CONTENT),
				corpus, out);
		Bench.InProcess inProcess = Bench.inProcess(options, work, corpus, 0, out);
		String line = Bench.line(network, inProcess);
		String report = bytes.toString(StandardCharsets.UTF_8);
		System.out.print(report);
		System.out.println(line);

		// the scenario lines name the first failure: a red run says what went wrong
		assertThat(network.errors()).as("errors and unanswered messages in scenarios 1, 2 and 5 of%n%s", report)
			.isZero();
		assertThat(network.sessionErrors())
			.as("failed handshakes, lost replies, error replies, dropped sessions in scenario 3 of%n%s", report)
			.isZero();
		assertThat(network.sessions()).isEqualTo(40);
		assertThat(line).matches("bench: answer_p50_ratio=\\d+\\.\\d\\d answer_p99_ratio=\\d+\\.\\d\\d"
				+ " throughput_ratio=\\d+\\.\\d\\d sessions=40 session_errors=0 rss_mb=\\d+ threads=\\d+"
				+ " search_p99_us=\\d+ reload_p99_ms=\\d+ index_per_s=\\d+");
		assertThat(report).contains("scenario 1 run 1", "scenario 2 run 1", "scenario 3 run 1", "scenario 4 fork 1",
				"scenario 5 run 1", "scenario 6 run 1");
	}

	@AfterAll
	static void deleteContent() {
		Bench.delete(CONTENT);
	}

	private static Path temporaryCopyOfTheSampleContent() {
		try {
			Path copy = Files.createTempDirectory("fureai-bench-smoke-");
			BenchCorpus.read(Path.of("content")).writeArticles(copy);
			return copy;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
