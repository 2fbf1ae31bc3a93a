package dev.fureai.search;

import java.util.List;

/**
 * What the chat should do with a search result: answer with one article, ask the customer
 * to pick among a few, or admit that nothing fits.
 * <p>
 * The decision rests on two signals that do not depend on the raw size of BM25 scores:
 * {@code coverage}, the top hit's score over the highest score any article could reach
 * for this query (every query word matched, weighed by its rarity), and {@code margin},
 * how far the top hit leads the second, as a share of its score. The thresholds are in
 * {@link SearchProperties.Decision}.
 *
 * @param kind answer, clarify or no answer
 * @param choices the hit to answer with (one), the hits to choose from (a few), or none
 * @param coverage the top hit's share of the query's highest possible score, 0 to 1
 * @param margin the top hit's lead over the second as a share of its score, 0 to 1
 * @param reason why, in a few words, for logs and analytics
 */
public record AnswerDecision(Kind kind, List<SearchHit> choices, double coverage, double margin, String reason) {

	public AnswerDecision {
		choices = List.copyOf(choices);
	}

	/** A decision with nothing to offer. */
	public static AnswerDecision noAnswer(String reason) {
		return new AnswerDecision(Kind.NO_ANSWER, List.of(), 0, 0, reason);
	}

	/** The three possible decisions. */
	public enum Kind {

		/** One article answers the question with confidence: show it. */
		ANSWER,
		/** Some articles look relevant but none stands out: let the customer pick. */
		CLARIFY,
		/**
		 * Nothing relevant was found: offer alternatives or hand over to a person.
		 */
		NO_ANSWER

	}

}
