package dev.fureai.search;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes every search result over an evaluation data set (ids, scores, snippets,
 * decision) to a file, for checking that a latency change leaves results identical: run
 * it before and after and compare the files (not a test; the data set is read at run time
 * from {@code ../shared/eval}, never copied). Arguments: data set directory, output file,
 * k.
 */
final class ResultDump {

	private ResultDump() {
	}

	public static void main(String[] args) throws Exception {
		RankingAblation.load(args[0]);
		int k = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		SearchEngine engine = SearchEngine.build(Fixtures.snapshot(1, RankingAblation.articles, "", ""),
				SearchProperties.defaults());
		List<String> questions = new ArrayList<>();
		RankingAblation.queries.forEach((q) -> questions.add(q[1]));
		RankingAblation.articles.forEach((a) -> questions.add(a.title()));
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
			for (String question : questions) {
				SearchResult result = engine.search(question, null, k);
				out.println("Q " + question);
				AnswerDecision d = result.decision();
				out.println(String.format(Locale.ROOT, "D %s %.6f %.6f %s", d.kind(), d.coverage(), d.margin(),
						d.choices().stream().map(SearchHit::articleId).toList()));
				for (SearchHit hit : result.hits()) {
					out.println(String.format(Locale.ROOT, "H %s %s %s %s", hit.articleId(), hit.anchor(), hit.score(),
							hit.snippet()));
				}
			}
		}
	}

}
