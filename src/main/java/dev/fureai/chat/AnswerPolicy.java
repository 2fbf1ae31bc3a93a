package dev.fureai.chat;

import java.util.List;

import dev.fureai.search.SearchHit;
import dev.fureai.search.SearchResult;

/**
 * Decides between answering, asking which guide was meant, and admitting there is no
 * answer. Provisional: the answer-quality work will move a calibrated decision into the
 * search module; until then the scores of one result are compared with each other only,
 * because raw scores are not comparable across questions.
 */
final class AnswerPolicy {

	private final ChatProperties properties;

	AnswerPolicy(ChatProperties properties) {
		this.properties = properties;
	}

	Decision decide(SearchResult result) {
		List<SearchHit> hits = result.hits();
		if (hits.isEmpty() || hits.getFirst().score() < this.properties.minScore()) {
			return new Decision.NoAnswer(hits.subList(0, Math.min(hits.size(), this.properties.choices())));
		}
		SearchHit best = hits.getFirst();
		if (hits.size() == 1 || best.score() >= hits.get(1).score() * this.properties.answerRatio()) {
			return new Decision.Answer(best, hits.subList(1, hits.size()));
		}
		return new Decision.Clarify(hits.subList(0, Math.min(hits.size(), this.properties.choices())));
	}

	sealed interface Decision {

		/** The best hit answers; the others are candidates for "related". */
		record Answer(SearchHit hit, List<SearchHit> others) implements Decision {
		}

		record Clarify(List<SearchHit> choices) implements Decision {
		}

		record NoAnswer(List<SearchHit> closest) implements Decision {
		}

	}

}
