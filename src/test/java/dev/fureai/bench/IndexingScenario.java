package dev.fureai.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fureai.content.ContentScanner;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.search.SearchEngine;
import dev.fureai.search.SearchProperties;

/**
 * Scenario 6: a full index of a content directory, as at startup: the scanner reads and
 * parses every file, the search engine indexes every section. Articles per second of both
 * together. The full benchmark runs it in a JVM of its own, as JMH does scenario 4: in
 * the client's JVM, after it has held 10,000 sessions, the same build measured a fifth
 * slower (docs/benchmarks.md, 2026-12-04 evening).
 */
final class IndexingScenario {

	private static final String RESULT = "indexing-result ";

	record Result(int articles, int problems, double seconds) {

		double perSecond() {
			return this.articles / this.seconds;
		}

	}

	private IndexingScenario() {
	}

	/** Forked: {@code <content directory> <runs>}; one result line per run. */
	public static void main(String[] args) {
		for (Result r : runs(Path.of(args[0]), Integer.parseInt(args[1]))) {
			System.out.printf(Locale.ROOT, "%s%d %d %.6f%n", RESULT, r.articles(), r.problems(), r.seconds());
		}
	}

	/** One build to warm up, then {@code runs} measured builds, in this JVM. */
	static List<Result> runs(Path content, int runs) {
		run(content);
		List<Result> results = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			results.add(run(content));
		}
		return results;
	}

	/**
	 * {@link #runs} in a new JVM with this one's class path and JVM options; its other
	 * output is passed on to {@code System.err}.
	 */
	static List<Result> forked(Path content, int runs) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), IndexingScenario.class.getName(),
				content.toString(), Integer.toString(runs)));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		List<Result> results = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith(RESULT)) {
					String[] f = line.substring(RESULT.length()).split(" ");
					results.add(new Result(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2])));
				}
				else {
					System.err.println(line);
				}
			}
		}
		int exit = process.waitFor();
		if (exit != 0 || results.size() != runs) {
			throw new IllegalStateException(
					"the indexing JVM exited with " + exit + " after " + results.size() + " of " + runs + " runs");
		}
		return results;
	}

	static Result run(Path content) {
		long start = System.nanoTime();
		ContentSnapshot snapshot = ContentScanner.scan(content);
		SearchEngine engine = SearchEngine.build(snapshot, SearchProperties.defaults());
		double seconds = (System.nanoTime() - start) / 1e9;
		if (engine.search("テスト", null, 1) == null) {
			throw new IllegalStateException("no search result");
		}
		return new Result(snapshot.articles().size(), snapshot.problems().size(), seconds);
	}

}
