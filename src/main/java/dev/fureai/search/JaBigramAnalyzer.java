package dev.fureai.search;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The CJK bigram safety net ({@code ja_bigram}) for words the morphological chain splits
 * differently (領収証 vs 領収書, product names). Ordering contract: normaliser char filter →
 * {@code StandardTokenizer} (which types CJK characters for the bigram filter and keeps
 * Latin words whole) → width → lower case → bigrams without unigrams (an isolated CJK
 * character still comes out alone). Boosted low: bigrams are noisy.
 */
final class JaBigramAnalyzer extends Analyzer {

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return TextNormalizer.wrap(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
		int flags = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
		return new TokenStreamComponents(tokenizer, new CJKBigramFilter(stream, flags, false));
	}

}
