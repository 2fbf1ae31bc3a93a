package dev.fureai.search;

import java.io.Reader;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * NFKC with case folding ({@code nfkc_cf}), applied as a char filter before every
 * tokenizer. Kuromoji splits full-width Latin into symbols and misreads half-width
 * katakana, so the text must be normalised <em>before</em> tokenizing (LUCENE-9853). ICU
 * is chosen over {@code CJKWidthCharFilter} because it also folds case, circled digits
 * and compatibility characters (①, ㈱) in one step, and it corrects offsets, so
 * highlighting stays on the original text.
 */
final class TextNormalizer {

	private static final Normalizer2 NFKC_CF = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

	private TextNormalizer() {
	}

	static Reader wrap(Reader reader) {
		return new ICUNormalizer2CharFilter(reader, NFKC_CF);
	}

	static String normalize(String text) {
		return NFKC_CF.normalize(text);
	}

}
