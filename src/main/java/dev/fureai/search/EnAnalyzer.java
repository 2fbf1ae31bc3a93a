package dev.fureai.search;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The English chain, {@code EnglishAnalyzer}'s steps with the normaliser in front (so
 * full-width Latin typed on a Japanese keyboard matches). Ordering contract: normaliser →
 * standard tokenizer → possessive → lower case ({@link #lemmas shared with the rule
 * parser}) → query side only: synonyms (the synonyms file's all-ASCII rules) → stop words
 * → Porter stem, after synonyms so rules are written as plain words.
 */
final class EnAnalyzer extends Analyzer {

	private final SynonymMap synonyms;

	private final boolean stem;

	private EnAnalyzer(SynonymMap synonyms, boolean stem) {
		this.synonyms = synonyms;
		this.stem = stem;
	}

	static EnAnalyzer forIndex() {
		return new EnAnalyzer(null, true);
	}

	static EnAnalyzer forQuery(SynonymMap synonyms) {
		return new EnAnalyzer(synonyms, true);
	}

	/** Splits English synonym rules as the query chain splits text before synonyms. */
	static EnAnalyzer forRules() {
		return new EnAnalyzer(null, false);
	}

	static TokenStream lemmas(Tokenizer tokenizer) {
		return new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer));
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return TextNormalizer.wrap(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = lemmas(tokenizer);
		if (!this.stem) {
			return new TokenStreamComponents(tokenizer, stream);
		}
		if (this.synonyms != null && this.synonyms.fst != null) {
			stream = new SynonymGraphFilter(stream, this.synonyms, true);
		}
		stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

}
