package dev.fureai.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.fureai.content.Lang;

/**
 * Search settings ({@code fureai.search.*}). The ranking weights and the decision
 * thresholds were set on the development evaluation sets as {@code docs/relevance.md}
 * describes; change them only with a new measurement.
 *
 * @param maxQuestionLength questions longer than this many characters are cut, and the
 * result says so
 * @param ranking how fields and scores are weighed
 * @param decision when to answer, ask back, or admit there is no answer
 * @param snippetLength about how many characters a snippet shows
 */
@ConfigurationProperties("fureai.search")
public record SearchProperties(@DefaultValue("1000") int maxQuestionLength, @DefaultValue Ranking ranking,
		@DefaultValue Decision decision, @DefaultValue("120") int snippetLength) {

	/** The defaults, for use outside Spring (commands, tests). */
	public static SearchProperties defaults() {
		return new SearchProperties(1000, Ranking.defaults(), Decision.defaults(), 120);
	}

	/** The same settings with another question length cap. */
	public SearchProperties withMaxQuestionLength(int length) {
		return new SearchProperties(length, this.ranking, this.decision, this.snippetLength);
	}

	/**
	 * Field weights, relative to the article's phrasings (title and {@code questions:},
	 * which count 1 and of which only the best-matching one counts).
	 *
	 * @param bodyBoost weight of a Japanese section's text
	 * @param englishBodyBoost weight of an English section's text
	 * @param bigramBoost weight of the phrasings' CJK bigrams
	 * @param bodyBigramBoost weight of the section text's CJK bigrams
	 * @param yomiBoost weight of the phrasings' reading bigrams, used only for questions
	 * with words typed in kana alone
	 * @param tieBreaker how much the weaker of a text's morphological and bigram matches
	 * adds to the stronger one, 0 to 1
	 * @param bm25K1 BM25 term frequency saturation
	 * @param bm25B BM25 length normalisation
	 * @param latinJapaneseBoost weight of Japanese articles for a question written in
	 * Latin letters alone, which is searched in both languages: Japanese articles hold
	 * Latin words as names and terms, English ones as their language
	 * @param thesaurusBoost weight of the general thesaurus's synonyms of a Japanese
	 * question's words (query side only), 0 to leave them out
	 * @param coordination exponent of the coordination factor (the share of the
	 * question's idf mass a section matches, see {@link Coordination}), 0 for none
	 */
	public record Ranking(@DefaultValue("1.0") float bodyBoost, @DefaultValue("0.7") float englishBodyBoost,
			@DefaultValue("0.3") float bigramBoost, @DefaultValue("0.3") float bodyBigramBoost,
			@DefaultValue("0.5") float yomiBoost, @DefaultValue("0.2") float tieBreaker,
			@DefaultValue("1.2") float bm25K1, @DefaultValue("0.75") float bm25B,
			@DefaultValue("0.5") float latinJapaneseBoost, @DefaultValue("0.5") float thesaurusBoost,
			@DefaultValue("0") float coordination) {

		public static Ranking defaults() {
			return new Ranking(1.0f, 0.7f, 0.3f, 0.3f, 0.5f, 0.2f, 1.2f, 0.75f, 0.5f, 0.5f, 0f);
		}

	}

	/**
	 * Thresholds of the answer / clarify / no-answer decision, on signals between 0 and 1
	 * (see {@link AnswerDecision}), for Japanese articles, and for English ones in
	 * {@code english}: the two analyses give the signals different spreads (English stems
	 * make near-duplicate articles tie more often), so each language has its own, set
	 * from its own dev data (docs/relevance.md).
	 *
	 * @param answerCoverage the top hit's score over the query's highest possible score
	 * needed to answer outright
	 * @param answerMargin how far (as a share of its score) the top hit must lead the
	 * second to answer outright
	 * @param noAnswerCoverage below this coverage nothing found is worth showing
	 * @param choices how many hits a clarify decision offers
	 * @param english the thresholds when the top hit is an English article
	 */
	public record Decision(@DefaultValue("0.20") float answerCoverage, @DefaultValue("0.40") float answerMargin,
			@DefaultValue("0.10") float noAnswerCoverage, @DefaultValue("3") int choices,
			@DefaultValue Thresholds english) {

		public static Decision defaults() {
			return new Decision(0.20f, 0.40f, 0.10f, 3, Thresholds.englishDefaults());
		}

		/** The thresholds that apply when the top hit is in the given language. */
		Thresholds forLang(Lang lang) {
			return (lang == Lang.EN && this.english != null) ? this.english
					: new Thresholds(this.answerCoverage, this.answerMargin, this.noAnswerCoverage);
		}

	}

	/**
	 * One language's thresholds.
	 *
	 * @param answerCoverage coverage needed to answer outright
	 * @param answerMargin lead over the second hit needed to answer outright
	 * @param noAnswerCoverage below this coverage nothing found is worth showing
	 */
	public record Thresholds(@DefaultValue("0.20") float answerCoverage, @DefaultValue("0.05") float answerMargin,
			@DefaultValue("0.075") float noAnswerCoverage) {

		static Thresholds englishDefaults() {
			return new Thresholds(0.20f, 0.05f, 0.075f);
		}

	}

}
