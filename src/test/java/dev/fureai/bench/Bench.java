package dev.fureai.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import dev.fureai.tools.BenchCorpus;

/**
 * The benchmark command ({@code bench/run}, docs/benchmarks.md): starts the product jar
 * in its own JVM with the benchmark settings, runs scenarios 1–3 and 5 against it through
 * the real protocol, stops it, then runs 6 and 4 (JMH) here, and ends with one
 * {@code bench:} line. Each scenario runs {@code --runs} times; medians are reported, and
 * every ratio is taken within one run.
 */
public final class Bench {

	/**
	 * The command's settings ({@code --name=value}); see {@link #parse}.
	 */
	record Options(Path eval, String dataset, Path jar, String serverHeap, int runs, int questions, int warmup,
			int connections, Duration closedLoop, int sessions, int edits, int articles, int jmhIterations,
			int jmhMillis, Set<Integer> scenarios) {

		static Options defaults() {
			return new Options(Path.of("../shared/eval"), "localgovfaq-dev", Path.of("target/fureai.jar"), "1g", 3,
					20_000, 2_000, 100, Duration.ofSeconds(10), 10_000, 100, 10_000, 10, 1_000,
					Set.of(1, 2, 3, 4, 5, 6));
		}

		/** A small version for the test that runs in {@code ./mvnw verify}. */
		static Options smoke(Path dataset) {
			Path absolute = dataset.toAbsolutePath().normalize();
			return new Options(absolute.getParent(), absolute.getFileName().toString(), null, null, 1, 200, 20, 4,
					Duration.ofSeconds(1), 40, 3, 200, 1, 100, Set.of(1, 2, 3, 4, 5, 6));
		}

		Path datasetDirectory() {
			return this.eval.resolve(this.dataset);
		}

	}

	/** Where the server under test is. */
	record Target(URI http, long pid, Path content) {

		URI ws() {
			return URI.create(this.http.toString().replaceFirst("^http", "ws") + "/ws");
		}

	}

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Options options = parse(args);
		PrintStream out = System.out;
		BenchCorpus corpus = BenchCorpus.read(options.datasetDirectory());
		Path work = Files.createTempDirectory("fureai-bench-");
		try {
			Path content = Files.createDirectories(work.resolve("content"));
			corpus.writeArticles(content);
			out.printf(Locale.ROOT, "bench: %s, %d articles, %d questions (read from %s at run time); client JVM %s%n",
					options.dataset(), corpus.size(), corpus.questions().size(),
					options.datasetDirectory().toAbsolutePath().normalize(), Runtime.version());
			Network network;
			try (ServerProcess server = ServerProcess.start(options.jar(), work, content, options.serverHeap(), out)) {
				network = network(options,
						new Target(URI.create("http://localhost:" + server.port()), server.pid(), content), corpus,
						out);
			}
			String line = line(network, inProcess(options, work, corpus, 1, out));
			out.println(line);
		}
		finally {
			delete(work);
		}
	}

	static Options parse(String[] args) {
		Options d = Options.defaults();
		Map<String, String> given = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		List<String> known = List.of("eval", "dataset", "jar", "server-heap", "runs", "questions", "warmup",
				"connections", "seconds", "sessions", "edits", "articles", "jmh-iterations", "scenarios");
		given.keySet().stream().filter((name) -> !known.contains(name)).findFirst().ifPresent((name) -> {
			throw new IllegalArgumentException("unknown option --" + name + "; known: " + known);
		});
		Set<Integer> scenarios = new TreeSet<>();
		for (String each : given.getOrDefault("scenarios", "1,2,3,4,5,6").split(",")) {
			scenarios.add(Integer.parseInt(each.trim()));
		}
		return new Options(Path.of(given.getOrDefault("eval", d.eval().toString())),
				given.getOrDefault("dataset", d.dataset()), Path.of(given.getOrDefault("jar", d.jar().toString())),
				given.getOrDefault("server-heap", d.serverHeap()), positive(given, "runs", d.runs()),
				positive(given, "questions", d.questions()), positive(given, "warmup", d.warmup()),
				positive(given, "connections", d.connections()),
				Duration.ofSeconds(positive(given, "seconds", (int) d.closedLoop().toSeconds())),
				positive(given, "sessions", d.sessions()), positive(given, "edits", d.edits()),
				positive(given, "articles", d.articles()), positive(given, "jmh-iterations", d.jmhIterations()),
				d.jmhMillis(), Set.copyOf(scenarios));
	}

	private static int positive(Map<String, String> given, String name, int otherwise) {
		if (!given.containsKey(name)) {
			return otherwise;
		}
		int n = Integer.parseInt(given.get(name));
		if (n < 1) {
			throw new IllegalArgumentException("--" + name + " must be at least 1");
		}
		return n;
	}

	/** What scenarios 1, 2, 3 and 5 measured, medians over the runs. */
	record Network(double p50Ratio, double p99Ratio, double throughputRatio, int sessions, int sessionErrors,
			long rssMb, int threads, double reloadP99Ms, long errors) {
	}

	/** What scenarios 4 and 6 measured. */
	record InProcess(double searchP99Micros, double indexPerSecond) {
	}

	/** Scenarios 1, 2, 3 and 5 against a running server. */
	static Network network(Options o, Target target, BenchCorpus corpus, PrintStream out) throws Exception {
		List<LoadScenarios.Sequential> sequential = new ArrayList<>();
		List<LoadScenarios.ClosedLoop> closedLoop = new ArrayList<>();
		List<LoadScenarios.Sessions> sessions = new ArrayList<>();
		List<ReloadScenario.Result> reloads = new ArrayList<>();
		try (LoadScenarios load = new LoadScenarios(target.ws(), corpus.questions())) {
			for (int run = 1; o.scenarios().contains(1) && run <= o.runs(); run++) {
				LoadScenarios.Sequential s = load.sequential(o.questions(), o.warmup());
				sequential.add(s);
				out.printf(Locale.ROOT,
						"scenario 1 run %d: one connection, %d questions + %d echoes after %d warm-up each:"
								+ " answer %s; echo %s; ratios p50 %.2f p90 %.2f p99 %.2f; errors %d%s%n",
						run, o.questions(), o.questions(), o.warmup(), s.answer().describe(), s.echo().describe(),
						s.p50Ratio(), s.p90Ratio(), s.p99Ratio(), s.errors(), firstError(s.firstError()));
			}
			for (int run = 1; o.scenarios().contains(2) && run <= o.runs(); run++) {
				LoadScenarios.ClosedLoop c = load.closedLoop(o.connections(), o.closedLoop(), run == 1);
				closedLoop.add(c);
				out.printf(Locale.ROOT,
						"scenario 2 run %d: %d closed-loop connections, %d s each: answer %.0f/s (%s); echo %.0f/s (%s);"
								+ " throughput ratio %.2f, p99 ratio %.2f; errors %d%s%n",
						run, o.connections(), o.closedLoop().toSeconds(), c.answerPerSecond(), c.answer().describe(),
						c.echoPerSecond(), c.echo().describe(), c.throughputRatio(),
						c.answer().micros(0.99) / c.echo().micros(0.99), c.errors(), firstError(c.firstError()));
			}
			for (int run = 1; o.scenarios().contains(3) && run <= o.runs(); run++) {
				LoadScenarios.Sessions s = load.sessions(o.sessions(), target.pid());
				sessions.add(s);
				out.printf(Locale.ROOT,
						"scenario 3 run %d: %d sessions (2 questions each): held %d, failed handshakes %d, lost replies %d,"
								+ " error replies %d, dropped %d; server threads %d at %d sessions, %d at %d;"
								+ " server RSS %d MB at %d, %d MB at %d%s%n",
						run, s.requested(), s.held(), s.failedHandshakes(), s.lostReplies(), s.errorReplies(),
						s.dropped(), s.atTenth().threads(), Math.max(1, s.requested() / 10), s.atAll().threads(),
						s.requested(), s.atTenth().rssMb(), Math.max(1, s.requested() / 10), s.atAll().rssMb(),
						s.requested(), firstError(s.firstError()));
			}
		}
		ReloadScenario reload = new ReloadScenario(target.http(), target.content(), corpus);
		for (int run = 1; o.scenarios().contains(5) && run <= o.runs(); run++) {
			ReloadScenario.Result r = reload.run(o.edits());
			reloads.add(r);
			out.printf(Locale.ROOT,
					"scenario 5 run %d: %d saves, save → searchable p50 %.0f ms, p99 %.0f ms;"
							+ " not searchable within 30 s: %d%n",
					run, o.edits(), r.latencies().micros(0.5) / 1e3, r.latencies().micros(0.99) / 1e3, r.failed());
		}
		long errors = sequential.stream().mapToLong(LoadScenarios.Sequential::errors).sum()
				+ closedLoop.stream().mapToLong(LoadScenarios.ClosedLoop::errors).sum()
				+ reloads.stream().mapToLong(ReloadScenario.Result::failed).sum();
		Network network = new Network(median(sequential, LoadScenarios.Sequential::p50Ratio),
				median(sequential, LoadScenarios.Sequential::p99Ratio),
				median(closedLoop, LoadScenarios.ClosedLoop::throughputRatio),
				// a skipped scenario 3 must not read as "N sessions, 0 errors"
				sessions.isEmpty() ? 0 : o.sessions(), sessions.stream().mapToInt(LoadScenarios.Sessions::errors).sum(),
				sessions.stream().mapToLong((s) -> s.atAll().rssMb()).max().orElse(0),
				sessions.stream().mapToInt((s) -> s.atAll().threads()).max().orElse(0),
				median(reloads, (r) -> r.latencies().micros(0.99) / 1e3), errors);
		out.printf(Locale.ROOT,
				"scenario 1 medians: answer p50 %.0f µs p90 %.0f µs p99 %.0f µs; echo p50 %.0f µs p90 %.0f µs p99 %.0f µs;"
						+ " ratios p50 %.2f p90 %.2f p99 %.2f%n",
				median(sequential, (s) -> s.answer().micros(0.5)), median(sequential, (s) -> s.answer().micros(0.9)),
				median(sequential, (s) -> s.answer().micros(0.99)), median(sequential, (s) -> s.echo().micros(0.5)),
				median(sequential, (s) -> s.echo().micros(0.9)), median(sequential, (s) -> s.echo().micros(0.99)),
				network.p50Ratio(), median(sequential, LoadScenarios.Sequential::p90Ratio), network.p99Ratio());
		out.printf(Locale.ROOT,
				"scenario 2 medians: answer %.0f/s p99 %.0f µs; echo %.0f/s p99 %.0f µs; throughput ratio %.2f;"
						+ " errors %d%n",
				median(closedLoop, LoadScenarios.ClosedLoop::answerPerSecond),
				median(closedLoop, (c) -> c.answer().micros(0.99)),
				median(closedLoop, LoadScenarios.ClosedLoop::echoPerSecond),
				median(closedLoop, (c) -> c.echo().micros(0.99)), network.throughputRatio(),
				closedLoop.stream().mapToLong(LoadScenarios.ClosedLoop::errors).sum());
		out.printf(Locale.ROOT, "scenario 5 medians: save → searchable p50 %.0f ms, p99 %.0f ms%n",
				median(reloads, (r) -> r.latencies().micros(0.5) / 1e3), network.reloadP99Ms());
		return network;
	}

	/**
	 * Scenarios 6 and 4 in this JVM (JMH forks its own), after the server has stopped.
	 * @param jmhForks JMH forks (0 runs in this JVM)
	 */
	static InProcess inProcess(Options o, Path work, BenchCorpus corpus, int jmhForks, PrintStream out)
			throws Exception {
		double[] perSecond = new double[0];
		if (o.scenarios().contains(6)) {
			Path generated = Files.createDirectories(work.resolve("generated"));
			corpus.writeGenerated(generated, o.articles());
			IndexingScenario.run(generated);
			perSecond = new double[o.runs()];
			for (int run = 0; run < o.runs(); run++) {
				IndexingScenario.Result r = IndexingScenario.run(generated);
				if (r.articles() != o.articles() || r.problems() != 0) {
					throw new IllegalStateException(
							"indexed " + r.articles() + " of " + o.articles() + " articles, problems " + r.problems());
				}
				perSecond[run] = r.perSecond();
				out.printf(Locale.ROOT, "scenario 6 run %d: %d generated articles indexed in %.2f s: %.0f articles/s%n",
						run + 1, r.articles(), r.seconds(), r.perSecond());
			}
		}
		SearchScenario.Result search = new SearchScenario.Result(new double[0], new double[0], 0);
		if (o.scenarios().contains(4)) {
			int forks = (jmhForks == 0) ? 0 : o.runs();
			search = SearchScenario.run(o.datasetDirectory(), forks, o.jmhIterations(), o.jmhMillis(), forks > 0);
			for (int i = 0; i < search.p99().length; i++) {
				out.printf(Locale.ROOT, "scenario 4 fork %d: search p50 %.0f µs, p99 %.0f µs%n", i + 1, search.p50()[i],
						search.p99()[i]);
			}
		}
		InProcess result = new InProcess(search.medianP99(), Latencies.median(perSecond));
		out.printf(Locale.ROOT,
				"scenario 4 medians: search p50 %.0f µs, p99 %.0f µs (%d samples); scenario 6 median: %.0f articles/s%n",
				search.medianP50(), search.medianP99(), search.samples(), result.indexPerSecond());
		return result;
	}

	static String line(Network n, InProcess p) {
		return String.format(Locale.ROOT,
				"bench: answer_p50_ratio=%.2f answer_p99_ratio=%.2f throughput_ratio=%.2f sessions=%d session_errors=%d"
						+ " rss_mb=%d threads=%d search_p99_us=%d reload_p99_ms=%d index_per_s=%d",
				n.p50Ratio(), n.p99Ratio(), n.throughputRatio(), n.sessions(), n.sessionErrors(), n.rssMb(),
				n.threads(), Math.round(p.searchP99Micros()), Math.round(n.reloadP99Ms()),
				Math.round(p.indexPerSecond()));
	}

	private static <T> double median(List<T> runs, ToDoubleFunction<T> figure) {
		return Latencies.median(runs.stream().mapToDouble(figure).toArray());
	}

	private static String firstError(String error) {
		return (error != null) ? " (first: " + error + ")" : "";
	}

	static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
