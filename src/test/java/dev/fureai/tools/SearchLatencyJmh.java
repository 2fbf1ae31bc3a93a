package dev.fureai.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.fureai.content.ContentScanner;
import dev.fureai.search.SearchEngine;
import dev.fureai.search.SearchProperties;
import dev.fureai.search.SearchResult;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark scenario 4: one full {@code SearchEngine.search} (analysis, query, sections,
 * snippets, decision) with the chat's {@code k = 3}, over the data set indexed by the
 * production pipeline, cycling through its queries and FAQ questions. JMH's sample mode
 * gives the latency distribution; run by {@code dev.fureai.bench.Bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchLatencyJmh {

	/** An evaluation data set directory, or a content directory. */
	@Param("../shared/eval/localgovfaq-dev")
	public String dataset;

	private Path content;

	private SearchEngine engine;

	private String[] questions;

	private int next;

	@Setup(Level.Trial)
	public void index() throws IOException {
		BenchCorpus corpus = BenchCorpus.read(Path.of(this.dataset));
		this.content = Files.createTempDirectory("fureai-jmh-");
		corpus.writeArticles(this.content);
		this.engine = SearchEngine.build(ContentScanner.scan(this.content), SearchProperties.defaults());
		this.questions = corpus.questions().toArray(String[]::new);
	}

	@TearDown(Level.Trial)
	public void delete() {
		try (Stream<Path> files = Files.walk(this.content)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Benchmark
	public SearchResult search() {
		String question = this.questions[this.next];
		this.next = (this.next + 1) % this.questions.length;
		return this.engine.search(question, null, 3);
	}

}
