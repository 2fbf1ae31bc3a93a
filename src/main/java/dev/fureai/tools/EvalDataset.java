package dev.fureai.tools;

import java.util.List;
import java.util.Map;

import dev.fureai.content.Lang;

/**
 * A retrieval evaluation data set: FAQ entries, user queries and graded judgements, as
 * {@code corpus.jsonl}, {@code queries.jsonl} and {@code qrels.tsv} hold them.
 *
 * @param name the directory's name, for the report
 * @param lang the language of the corpus, told by its script
 * @param corpus the FAQ entries, in file order
 * @param queries the queries, in file order
 * @param judgements grade by document id, by query id; unlisted documents are not
 * relevant
 */
record EvalDataset(String name, Lang lang, List<FaqEntry> corpus, List<EvalQuery> queries,
		Map<String, Map<String, Integer>> judgements) {

	EvalDataset {
		corpus = List.copyOf(corpus);
		queries = List.copyOf(queries);
		judgements = Map.copyOf(judgements);
	}

	Map<String, Integer> judgementsOf(String queryId) {
		return this.judgements.getOrDefault(queryId, Map.of());
	}

	record FaqEntry(String id, String question, String answer) {
	}

	record EvalQuery(String id, String text) {
	}

}
