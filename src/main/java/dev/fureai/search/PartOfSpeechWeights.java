package dev.fureai.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Query side: weighs a Japanese question's verbs and adjectives below its nouns. A
 * help-center question carries its topic in nouns (住民票, 手数料, パスワード); its verbs and
 * adjectives (取る, 変わる, 新しい) are frequent and general, and BM25's idf only partly
 * discounts them. The weight travels as a {@link BoostAttribute}, which the query builder
 * turns into the term's boost (and {@link MaxScore} into its ceiling).
 */
final class PartOfSpeechWeights extends TokenFilter {

	private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);

	private final BoostAttribute boost = addAttribute(BoostAttribute.class);

	private final float verbWeight;

	PartOfSpeechWeights(TokenStream input, float verbWeight) {
		super(input);
		this.verbWeight = verbWeight;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		String pos = this.partOfSpeech.getPartOfSpeech();
		boolean predicate = pos != null && (pos.startsWith("動詞") || pos.startsWith("形容詞"));
		this.boost.setBoost(predicate ? this.verbWeight : 1f);
		return true;
	}

}
