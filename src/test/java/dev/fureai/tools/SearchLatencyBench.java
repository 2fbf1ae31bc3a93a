package dev.fureai.tools;

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
 * and max per {@code k}. The data set is read at run time from {@code ../shared/eval},
 * never copied. See docs/benchmarks.md for the command.
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
				long[] nanos = new long[0];
				for (int i = 0; i < MEASURED_ROUNDS; i++) {
					long[] round = time(ranker, questions, k);
					long[] all = Arrays.copyOf(nanos, nanos.length + round.length);
					System.arraycopy(round, 0, all, nanos.length, round.length);
					nanos = all;
				}
				Arrays.sort(nanos);
				System.out.println(String.format(Locale.ROOT,
						"%s k=%d: %d searches over %d articles, p50 %.3f ms, p99 %.3f ms, max %.3f ms", data.name(), k,
						nanos.length, data.corpus().size(), ms(nanos, 0.50), ms(nanos, 0.99),
						nanos[nanos.length - 1] / 1e6));
			}
		}
	}

	private static long[] time(ProductRanker ranker, List<String> questions, int k) {
		long[] nanos = new long[questions.size()];
		for (int i = 0; i < questions.size(); i++) {
			long start = System.nanoTime();
			ranker.search(questions.get(i), k);
			nanos[i] = System.nanoTime() - start;
		}
		return nanos;
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
