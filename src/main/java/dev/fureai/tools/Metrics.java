package dev.fureai.tools;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The retrieval metrics exactly as the data sets' README defines them, so that figures
 * compare with published ones: nDCG@10 with linear gain (the grade) and a log2 discount
 * (rank i counts 1/log2(i+1)), the ideal DCG taken from the judgements; MRR@10, Hit@1 and
 * Hit@5 counting grade &ge; 1 as relevant; Recall@10 as relevant judged documents in the
 * top 10 over relevant judged documents.
 */
final class Metrics {

	static final int DEPTH = 10;

	private Metrics() {
	}

	/**
	 * Scores one ranking against one query's judgements, which must contain a relevant
	 * document (see {@link #isScorable(Map)}).
	 * @param ranking document ids, best first (only the first {@value #DEPTH} count)
	 * @param grades grade by document id
	 */
	static QueryScores score(List<String> ranking, Map<String, Integer> grades) {
		if (!isScorable(grades)) {
			throw new IllegalArgumentException("no relevant document judged");
		}
		List<String> top = ranking.stream().distinct().limit(DEPTH).toList();
		double dcg = 0;
		int firstRelevant = 0;
		int found = 0;
		for (int i = 0; i < top.size(); i++) {
			int grade = grades.getOrDefault(top.get(i), 0);
			dcg += grade / log2(i + 2);
			if (grade >= 1) {
				found++;
				firstRelevant = (firstRelevant == 0) ? i + 1 : firstRelevant;
			}
		}
		long relevant = grades.values().stream().filter((g) -> g >= 1).count();
		return new QueryScores(dcg / idealDcg(grades.values()), (firstRelevant > 0) ? 1.0 / firstRelevant : 0,
				(firstRelevant == 1) ? 1 : 0, (firstRelevant >= 1 && firstRelevant <= 5) ? 1 : 0,
				(double) found / relevant);
	}

	/**
	 * Whether a query can be scored at all: a query with no relevant judgement has no
	 * ideal ranking, so it is left out of the averages (and counted apart).
	 */
	static boolean isScorable(Map<String, Integer> grades) {
		return grades.values().stream().anyMatch((g) -> g >= 1);
	}

	private static double idealDcg(Collection<Integer> grades) {
		List<Integer> best = grades.stream().sorted((a, b) -> b - a).limit(DEPTH).toList();
		double dcg = 0;
		for (int i = 0; i < best.size(); i++) {
			dcg += best.get(i) / log2(i + 2);
		}
		return dcg;
	}

	private static double log2(int x) {
		return Math.log(x) / Math.log(2);
	}

	/**
	 * One query's scores.
	 */
	record QueryScores(double ndcg, double reciprocalRank, double hit1, double hit5, double recall) {
	}

	/**
	 * Scores averaged over queries.
	 */
	record Summary(int queries, double ndcg, double mrr, double hit1, double hit5, double recall) {

		static Summary of(List<QueryScores> scores) {
			int n = scores.size();
			if (n == 0) {
				return new Summary(0, 0, 0, 0, 0, 0);
			}
			return new Summary(n, scores.stream().mapToDouble(QueryScores::ndcg).sum() / n,
					scores.stream().mapToDouble(QueryScores::reciprocalRank).sum() / n,
					scores.stream().mapToDouble(QueryScores::hit1).sum() / n,
					scores.stream().mapToDouble(QueryScores::hit5).sum() / n,
					scores.stream().mapToDouble(QueryScores::recall).sum() / n);
		}

	}

}
