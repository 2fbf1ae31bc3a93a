package dev.fureai.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer-threshold sweep behind docs/relevance.md (not a test): runs the default
 * engine over an evaluation data set and prints, for each coverage and margin threshold
 * pair (step 0.05; printed for every margin), the share answered and the precision of the
 * answers; then the largest coverage at precision ≥ 0.90; then, for no-answer floors
 * 0.05–0.125, the share declined and the share of those rightly declined. The data set is
 * read at run time, never copied.
 */
final class DecisionSweep {

	private DecisionSweep() {
	}

	public static void main(String[] args) throws Exception {
		RankingAblation.load(args[0]);
		List<RankingAblation.Row> rows = RankingAblation.run(SearchProperties.defaults());
		double bestShare = 0;
		String best = "none";
		for (int c = 0; c <= 18; c++) {
			for (int m = 0; m <= 12; m++) {
				double coverage = c * 0.05;
				double margin = m * 0.05;
				int answered = 0;
				int right = 0;
				for (RankingAblation.Row row : rows) {
					AnswerDecision d = row.result().decision();
					if (!row.ranking().isEmpty() && d.coverage() >= coverage && d.margin() >= margin) {
						answered++;
						right += (RankingAblation.qrels.get(row.qid()).getOrDefault(row.ranking().get(0), 0) >= 1) ? 1
								: 0;
					}
				}
				double share = (double) answered / rows.size();
				double precision = (answered == 0) ? 0 : (double) right / answered;
				if (precision >= 0.90 && share > bestShare) {
					bestShare = share;
					best = String.format(Locale.ROOT, "coverage ≥ %.2f, margin ≥ %.2f: answered %.3f, precision %.3f",
							coverage, margin, share, precision);
				}
				if (m >= 0) {
					System.out
						.println(String.format(Locale.ROOT, "%.2f %.2f %.3f %.3f", coverage, margin, share, precision));
				}
			}
		}
		System.out.println("best at precision ≥ 0.90: " + best);
		// the no-answer floor: how many questions it declines, and how many of those
		// truly had nothing relevant in the top 3
		for (int f = 1; f <= 4; f++) {
			double floor = f * 0.025 + 0.025;
			int declined = 0;
			int rightly = 0;
			for (RankingAblation.Row row : rows) {
				if (row.ranking().isEmpty() || row.result().decision().coverage() < floor) {
					declined++;
					Map<String, Integer> judged = RankingAblation.qrels.get(row.qid());
					rightly += row.ranking().stream().limit(3).noneMatch((id) -> judged.getOrDefault(id, 0) >= 1) ? 1
							: 0;
				}
			}
			System.out.println(String.format(Locale.ROOT, "no answer below %.3f: declined %.3f, rightly %.3f", floor,
					(double) declined / rows.size(), (declined == 0) ? 0 : (double) rightly / declined));
		}
	}

}
