package dev.fureai.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The katakana reading of a whole text, words concatenated: 解約方法 and かいやく方法 both read
 * カイヤクホウホウ. Per-word readings would not meet, because hiragana input is segmented
 * differently (かい/やく). NORMAL mode, because readings of search-mode parts and of the
 * whole word are the same and NORMAL is cheaper. Words without a reading (unknown words,
 * Latin) contribute their surface, hiragana turned into katakana. Punctuation and spaces
 * are dropped.
 */
final class Readings extends Analyzer {

	private final UserDictionary userDictionary;

	Readings(UserDictionary userDictionary) {
		this.userDictionary = userDictionary;
	}

	String of(String text) {
		StringBuilder reading = new StringBuilder(text.length() * 2);
		try (TokenStream stream = tokenStream("reading", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			ReadingAttribute yomi = stream.addAttribute(ReadingAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = yomi.getReading();
				reading.append((word != null) ? word : term);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return toKatakana(reading);
	}

	static String toKatakana(CharSequence text) {
		StringBuilder katakana = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			katakana.append((c >= 'ぁ' && c <= 'ゖ') ? (char) (c + ('ァ' - 'ぁ')) : c);
		}
		return katakana.toString();
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return TextNormalizer.wrap(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		return new TokenStreamComponents(
				new JapaneseTokenizer(this.userDictionary, true, true, JapaneseTokenizer.Mode.NORMAL));
	}

}
