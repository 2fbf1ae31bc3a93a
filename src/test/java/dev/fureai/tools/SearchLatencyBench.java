package dev.fureai.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.fureai.tools.EvalDataset.EvalQuery;
import dev.fureai.tools.EvalDataset.FaqEntry;

/**
 * In-process search latency over an evaluation corpus (not a test: speed belongs here,
 * never in assertions). Indexes the data set with the product pipeline, then runs every
 * query and every FAQ question as a question, warm-up rounds first, and prints p50, p99
 * and max per {@code k}, both as wall-clock time and as the searching thread's CPU time
 * (on a shared machine the wall-clock tail is mostly time spent waiting for a core). The
 * data set is read at run time from {@code ../shared/eval}, never copied. See
 * docs/benchmarks.md for the command.
 */
final class SearchLatencyBench {

	private static final int WARM_UP_ROUNDS = 3;

	private static final int MEASURED_ROUNDS = 5;

	private SearchLatencyBench() {
	}

	public static void main(String[] args) {
		Path dataset = Path.of((args.length > 0) ? args[0] : "../shared/eval/localgovfaq-dev");
		EvalDataset data = new EvalDatasetReader().read(dataset);
		List<String> questions = new ArrayList<>(data.queries().stream().map(EvalQuery::text).toList());
		questions.addAll(data.corpus().stream().map(FaqEntry::question).toList());
		try (ProductRanker ranker = ProductRanker.build(data)) {
			for (int k : new int[] { 3, 10 }) {
				for (int i = 0; i < WARM_UP_ROUNDS; i++) {
					time(ranker, questions, k);
				}
				int n = questions.size();
				long[] nanos = new long[MEASURED_ROUNDS * n];
				long[] cpu = new long[MEASURED_ROUNDS * n];
				for (int i = 0; i < MEASURED_ROUNDS; i++) {
					long[][] round = time(ranker, questions, k);
					System.arraycopy(round[0], 0, nanos, i * n, n);
					System.arraycopy(round[1], 0, cpu, i * n, n);
				}
				Arrays.sort(nanos);
				Arrays.sort(cpu);
				System.out.println(String.format(Locale.ROOT,
						"%s k=%d: %d searches over %d articles, wall p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms;"
								+ " cpu p50 %.3f ms, p90 %.3f ms, p99 %.3f ms",
						data.name(), k, nanos.length, data.corpus().size(), ms(nanos, 0.50), ms(nanos, 0.90),
						ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, ms(cpu, 0.50), ms(cpu, 0.90), ms(cpu, 0.99)));
			}
		}
	}

	private static long[][] time(ProductRanker ranker, List<String> questions, int k) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] nanos = new long[questions.size()];
		long[] cpu = new long[questions.size()];
		for (int i = 0; i < questions.size(); i++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			ranker.search(questions.get(i), k);
			nanos[i] = System.nanoTime() - start;
			cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
		}
		return new long[][] { nanos, cpu };
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
