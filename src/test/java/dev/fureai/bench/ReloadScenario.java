package dev.fureai.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import dev.fureai.tools.BenchCorpus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenario 5: a writer saves an article in the running server's content directory; the
 * time until {@code /api/search} shows the new version (its new title) is measured. Each
 * save puts a new random word into the title and the body, so only the new version
 * matches it.
 */
final class ReloadScenario {

	private static final Duration GIVE_UP = Duration.ofSeconds(30);

	record Result(Latencies latencies, int failed) {
	}

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI base;

	private final Path content;

	private final BenchCorpus corpus;

	ReloadScenario(URI base, Path content, BenchCorpus corpus) {
		this.base = base;
		this.content = content;
		this.corpus = corpus;
	}

	Result run(int edits) throws Exception {
		long[] nanos = new long[edits];
		int measured = 0;
		int failed = 0;
		for (int i = 0; i < edits; i++) {
			String word = word();
			this.corpus.write(this.content, "bench-reload", "リロード計測 " + word, "保存した版の目印は " + word + " です。");
			long saved = System.nanoTime();
			long deadline = saved + GIVE_UP.toNanos();
			boolean found = false;
			while (!found && System.nanoTime() < deadline) {
				found = shows(word);
				if (!found) {
					Thread.sleep(2);
				}
			}
			if (found) {
				nanos[measured++] = System.nanoTime() - saved;
			}
			else {
				failed++;
			}
		}
		return new Result(Latencies.of(java.util.Arrays.copyOf(nanos, measured)), failed);
	}

	private boolean shows(String word) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(this.base.resolve("/api/search?k=3&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
		}
		for (JsonNode hit : this.json.readTree(response.body()).path("hits")) {
			if (hit.path("title").asString("").contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** Ten random lower-case letters: a word no article has. */
	private static String word() {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
