package dev.fureai.search;

import java.util.List;
import java.util.Set;

import dev.fureai.content.Lang;

/**
 * The outcome of one search.
 *
 * @param question the question as searched (after trimming and the length cap)
 * @param status {@link Status#OK}, or why nothing was searched or the text was shortened
 * @param languages the languages that were searched
 * @param hits ranked hits, best first, at most one per article
 * @param decision whether to answer with the top hit, ask the customer to choose, or
 * admit there is no answer
 */
public record SearchResult(String question, Status status, Set<Lang> languages, List<SearchHit> hits,
		AnswerDecision decision) {

	public SearchResult {
		languages = Set.copyOf(languages);
		hits = List.copyOf(hits);
	}

	public enum Status {

		/** The question was searched as typed. */
		OK,
		/** The question was longer than the cap and only its beginning was searched. */
		TRUNCATED,
		/** The question was empty or only white space: nothing to search. */
		EMPTY

	}

}
