package dev.fureai.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

import dev.fureai.tools.SearchLatencyJmh;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Scenario 4: {@link SearchLatencyJmh} under JMH, each fork a run: the p50 and p99 of
 * each fork's samples, and their medians.
 */
final class SearchScenario {

	record Result(double[] p50, double[] p99, long samples) {

		double medianP50() {
			return Latencies.median(this.p50);
		}

		double medianP99() {
			return Latencies.median(this.p99);
		}

	}

	private SearchScenario() {
	}

	/**
	 * @param forks separate JVMs (0: in this JVM, for the short version in tests)
	 */
	static Result run(Path dataset, int forks, int iterations, int millisPerIteration, boolean verbose)
			throws Exception {
		Options options = new OptionsBuilder().include(SearchLatencyJmh.class.getName() + ".search")
			.param("dataset", dataset.toAbsolutePath().toString())
			.forks(forks)
			.warmupIterations(Math.max(1, iterations / 2))
			.warmupTime(TimeValue.milliseconds(millisPerIteration))
			.measurementIterations(iterations)
			.measurementTime(TimeValue.milliseconds(millisPerIteration))
			.timeUnit(TimeUnit.MICROSECONDS)
			.shouldFailOnError(true)
			.verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT)
			.build();
		Collection<RunResult> results = new Runner(options).run();
		RunResult result = results.iterator().next();
		Collection<BenchmarkResult> runs = result.getBenchmarkResults();
		double[] p50 = new double[runs.size()];
		double[] p99 = new double[runs.size()];
		int i = 0;
		for (BenchmarkResult run : runs) {
			p50[i] = run.getPrimaryResult().getStatistics().getPercentile(50);
			p99[i] = run.getPrimaryResult().getStatistics().getPercentile(99);
			i++;
		}
		return new Result(p50, p99, result.getPrimaryResult().getStatistics().getN());
	}

}
