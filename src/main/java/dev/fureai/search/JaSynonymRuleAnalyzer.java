package dev.fureai.search;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;

/**
 * Splits Japanese synonym rules exactly as {@link JaMorphAnalyzer} splits text up to its
 * synonym filter (normaliser, tokenizer, base form). Lucene's factory would otherwise
 * split rules on white space, so 関空 would expand to one unsplit term that no index
 * contains.
 */
final class JaSynonymRuleAnalyzer extends Analyzer {

	private final UserDictionary userDictionary;

	JaSynonymRuleAnalyzer(UserDictionary userDictionary) {
		this.userDictionary = userDictionary;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return TextNormalizer.wrap(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = JaMorphAnalyzer.tokenizer(this.userDictionary);
		return new TokenStreamComponents(tokenizer, JaMorphAnalyzer.lemmas(tokenizer));
	}

}
