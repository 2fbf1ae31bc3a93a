package dev.fureai.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;

/**
 * The reading field's chain ({@code yomi}): the {@link Readings reading} of the whole
 * value, then character bigrams, so segmentation no longer matters. This catches
 * hiragana-only input (りょうしゅうしょ) and okurigana variants (問合せ / 問い合わせ). The reading
 * replaces the text in a char filter whose offsets are only scaled back into the text's
 * bounds (a reading has no exact place in the text): never highlight from this field.
 */
final class YomiAnalyzer extends Analyzer {

	private final Readings readings;

	YomiAnalyzer(Readings readings) {
		this.readings = readings;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		try {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[1024];
			for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
				text.append(buffer, 0, n);
			}
			return new ReadingReader(reader, this.readings.of(text.toString()), text.length());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		return new TokenStreamComponents(new NGramTokenizer(2, 2));
	}

	private static final class ReadingReader extends CharFilter {

		private final int readingLength;

		private final int textLength;

		ReadingReader(Reader text, String reading, int textLength) {
			super(new StringReader(reading));
			this.readingLength = reading.length();
			this.textLength = textLength;
		}

		@Override
		protected int correct(int currentOff) {
			return (this.readingLength == 0) ? 0
					: (int) ((long) Math.min(currentOff, this.readingLength) * this.textLength / this.readingLength);
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			return this.input.read(buffer, offset, length);
		}

	}

}
