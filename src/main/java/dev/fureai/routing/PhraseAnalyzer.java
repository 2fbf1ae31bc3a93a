package dev.fureai.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the words phrase lists are matched on. Ordering contract: NFKC first
 * (full-width ＣＡＮＣＥＬ and half-width ｷｬﾝｾﾙ become plain), Kuromoji in SEARCH mode
 * (compounds split: 解約方法 is 解約 + 方法), base forms (解約したい → 解約 する たい), lower case, then
 * Porter stemming, which only changes Latin words (cancelling, cancelled → cancel;
 * refunds → refund). A phrase and a message pass through the same chain, so a writer
 * writes phrases as they would say them.
 */
final class PhraseAnalyzer extends Analyzer {

	/** Longer messages are cut: nobody hides a churn-risk word after 2,000 characters. */
	static final int MAX_TEXT = 2000;

	/** A word in base form and its Kuromoji part of speech (empty for Latin words). */
	record Word(String base, String partOfSpeech) {

		boolean noun() {
			return this.partOfSpeech != null && this.partOfSpeech.startsWith("名詞");
		}

	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.SEARCH);
		TokenStream stream = new PorterStemFilter(new LowerCaseFilter(new JapaneseBaseFormFilter(tokenizer)));
		return new TokenStreamComponents(tokenizer, stream);
	}

	List<Word> words(String text) {
		String input = Normalizer.normalize((text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text,
				Normalizer.Form.NFKC);
		List<Word> words = new ArrayList<>();
		try (TokenStream stream = tokenStream("text", input)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PartOfSpeechAttribute pos = stream.addAttribute(PartOfSpeechAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(new Word(term.toString(), pos.getPartOfSpeech()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
