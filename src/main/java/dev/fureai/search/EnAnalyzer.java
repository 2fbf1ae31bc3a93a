package dev.fureai.search;

import java.io.Reader;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
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
 * (query side only: and the {@link #QUERY_FILLERS}) → Porter stem, after synonyms so
 * rules are written as plain words.
 */
final class EnAnalyzer extends Analyzer {

	/**
	 * The frame of an English question, not its subject: "How do I …", "Why does my …",
	 * "What can you …". The English twin of {@link JaMorphAnalyzer#QUERY_FILLERS}, and
	 * likewise dropped on the query side only: a title "How do I export my data?" keeps
	 * them in the index, where a question without them simply does not ask for them.
	 * Interrogatives that name what is asked (where, when, which, who) stay.
	 */
	static final CharArraySet QUERY_FILLERS = CharArraySet.unmodifiableSet(new CharArraySet(
			List.of("how", "what", "why", "do", "does", "did", "can", "could", "i", "me", "my", "you", "your", "we"),
			false));

	private final SynonymMap synonyms;

	private final boolean stem;

	private final CharArraySet fillers;

	private EnAnalyzer(SynonymMap synonyms, boolean stem, CharArraySet fillers) {
		this.synonyms = synonyms;
		this.stem = stem;
		this.fillers = fillers;
	}

	static EnAnalyzer forIndex() {
		return new EnAnalyzer(null, true, CharArraySet.EMPTY_SET);
	}

	static EnAnalyzer forQuery(SynonymMap synonyms) {
		return new EnAnalyzer(synonyms, true, QUERY_FILLERS);
	}

	/** Splits English synonym rules as the query chain splits text before synonyms. */
	static EnAnalyzer forRules() {
		return new EnAnalyzer(null, false, CharArraySet.EMPTY_SET);
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
		if (!this.fillers.isEmpty()) {
			stream = new StopFilter(stream, this.fillers);
		}
		return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

}
