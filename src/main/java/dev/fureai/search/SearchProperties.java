package dev.fureai.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code fureai.search.*}). The ranking numbers start from the design's
 * values (docs: japanese-search.md §10) and are meant to be tuned against the relevance
 * set, not guessed.
 *
 * @param maxQuestionLength questions longer than this many characters are cut, and the
 * result says so
 * @param questionsBoost weight of the article's {@code questions:} (morphological)
 * @param titleBoost weight of the title and section heading (morphological)
 * @param bodyBoost weight of the section text (morphological)
 * @param questionsBigramBoost weight of the questions' CJK bigrams
 * @param titleBigramBoost weight of the title's CJK bigrams
 * @param bodyBigramBoost weight of the section text's CJK bigrams
 * @param yomiBoost weight of the reading bigrams of title and questions
 * @param tieBreaker how much the weaker field of one family (morphological vs bigram of
 * the same text) adds to the stronger one, 0 to 1
 * @param bm25K1 BM25 term frequency saturation
 * @param bm25B BM25 length normalisation
 * @param snippetLength about how many characters a snippet shows
 */
@ConfigurationProperties("fureai.search")
public record SearchProperties(@DefaultValue("1000") int maxQuestionLength, @DefaultValue("4.0") float questionsBoost,
		@DefaultValue("3.0") float titleBoost, @DefaultValue("1.0") float bodyBoost,
		@DefaultValue("0.6") float questionsBigramBoost, @DefaultValue("0.6") float titleBigramBoost,
		@DefaultValue("0.2") float bodyBigramBoost, @DefaultValue("0.5") float yomiBoost,
		@DefaultValue("0.2") float tieBreaker, @DefaultValue("1.2") float bm25K1, @DefaultValue("0.75") float bm25B,
		@DefaultValue("120") int snippetLength) {

	/** The defaults, for use outside Spring (commands, tests). */
	public static SearchProperties defaults() {
		return new SearchProperties(1000, 4.0f, 3.0f, 1.0f, 0.6f, 0.6f, 0.2f, 0.5f, 0.2f, 1.2f, 0.75f, 120);
	}

}
