package dev.fureai.tools;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fureai.content.ContentProblem;
import dev.fureai.search.AnswerDecision.Kind;
import dev.fureai.search.SearchResult;
import dev.fureai.tools.EvalDataset.EvalQuery;
import dev.fureai.tools.Metrics.Summary;

/**
 * {@code eval DATASET_DIR [--run FILE]}: the product's ranking quality on a data set,
 * beside the plain BM25 baseline, ending with one machine-readable {@code eval:} line.
 */
final class EvalCommand {

	private final PrintStream out;

	private final PrintStream err;

	EvalCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(EvalOptions options) {
		EvalDataset dataset = new EvalDatasetReader().read(options.dataset());
		Map<String, List<RankedDoc>> product = new LinkedHashMap<>();
		Map<String, Kind> decisions = new LinkedHashMap<>();
		try (ProductRanker ranker = ProductRanker.build(dataset)) {
			warnAbout(ranker, dataset);
			for (EvalQuery query : dataset.queries()) {
				SearchResult result = ranker.search(query.text(), Metrics.DEPTH);
				product.put(query.id(), ranker.ranking(result));
				decisions.put(query.id(), result.decision().kind());
			}
		}
		Map<String, List<RankedDoc>> baseline = rankAll(new BaselineRanker(dataset.corpus(), dataset.lang()), dataset);
		if (options.runFile() != null) {
			TrecRun.write(options.runFile(), dataset.queries().stream().map(EvalQuery::id).toList(), product,
					Metrics.DEPTH);
		}
		Summary productSummary = summarize(product, dataset);
		Summary baselineSummary = summarize(baseline, dataset);
		printTable(dataset, productSummary, baselineSummary);
		printDecisions(decisionQuality(product, decisions, dataset));
		this.out.println(String.format(Locale.ROOT,
				"eval: queries=%d ndcg@10=%.3f mrr@10=%.3f hit@1=%.3f hit@5=%.3f recall@10=%.3f baseline_ndcg@10=%.3f",
				productSummary.queries(), productSummary.ndcg(), productSummary.mrr(), productSummary.hit1(),
				productSummary.hit5(), productSummary.recall(), baselineSummary.ndcg()));
		return 0;
	}

	private static Map<String, List<RankedDoc>> rankAll(Ranker ranker, EvalDataset dataset) {
		Map<String, List<RankedDoc>> rankings = new LinkedHashMap<>();
		for (EvalQuery query : dataset.queries()) {
			rankings.put(query.id(), ranker.rank(query.text(), Metrics.DEPTH));
		}
		return rankings;
	}

	private static Summary summarize(Map<String, List<RankedDoc>> rankings, EvalDataset dataset) {
		List<Metrics.QueryScores> scores = new ArrayList<>();
		for (EvalQuery query : dataset.queries()) {
			Map<String, Integer> grades = dataset.judgementsOf(query.id());
			if (Metrics.isScorable(grades)) {
				scores.add(Metrics.score(rankings.get(query.id()).stream().map(RankedDoc::id).toList(), grades));
			}
		}
		return Summary.of(scores);
	}

	private static DecisionQuality decisionQuality(Map<String, List<RankedDoc>> rankings, Map<String, Kind> decisions,
			EvalDataset dataset) {
		List<DecisionQuality.Outcome> outcomes = new ArrayList<>();
		List<Map<String, Integer>> grades = new ArrayList<>();
		for (EvalQuery query : dataset.queries()) {
			Map<String, Integer> judged = dataset.judgementsOf(query.id());
			if (Metrics.isScorable(judged)) {
				outcomes.add(new DecisionQuality.Outcome(decisions.get(query.id()),
						rankings.get(query.id()).stream().map(RankedDoc::id).toList()));
				grades.add(judged);
			}
		}
		return DecisionQuality.of(outcomes, grades);
	}

	private void printDecisions(DecisionQuality q) {
		this.out
			.println(String.format(Locale.ROOT, "判定 (decision): 回答 answer %d, 確認 clarify %d, 回答なし no answer %d / %d 件",
					q.answered(), q.clarified(), q.declined(), q.questions()));
		this.out.println(String.format(Locale.ROOT,
				"  coverage %.3f  precision %.3f  clarify Hit@3 %.3f  no-answer with nothing relevant in top 3 %.3f",
				q.coverage(), q.precision(), q.clarifyHit3(), q.noAnswerRight()));
	}

	private void warnAbout(ProductRanker ranker, EvalDataset dataset) {
		List<ContentProblem> problems = ranker.problems();
		if (problems.isEmpty() && ranker.indexedArticles() == dataset.corpus().size()) {
			return;
		}
		this.err.printf("警告: 記事 %d 件のうち %d 件だけが読み込まれ、問題が %d 件ありました (warning: articles loaded %d of %d)%n",
				dataset.corpus().size(), ranker.indexedArticles(), problems.size(), ranker.indexedArticles(),
				dataset.corpus().size());
		problems.stream().limit(5).forEach((problem) -> this.err.println("  " + problem.format()));
	}

	private void printTable(EvalDataset dataset, Summary product, Summary baseline) {
		this.out.printf("データセット %s (%s): 記事 %d 件, クエリ %d 件, 評価したクエリ %d 件 (判定のないクエリは除外)%n", dataset.name(),
				dataset.lang().code(), dataset.corpus().size(), dataset.queries().size(), product.queries());
		this.out.printf("%-10s %8s %8s %8s %8s %10s %8s%n", "", "nDCG@10", "MRR@10", "Hit@1", "Hit@5", "Recall@10",
				"queries");
		printRow("fureai", product);
		printRow("baseline", baseline);
	}

	private void printRow(String name, Summary summary) {
		this.out.println(String.format(Locale.ROOT, "%-10s %8.3f %8.3f %8.3f %8.3f %10.3f %8d", name, summary.ndcg(),
				summary.mrr(), summary.hit1(), summary.hit5(), summary.recall(), summary.queries()));
	}

}
