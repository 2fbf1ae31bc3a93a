package dev.fureai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysed title and questions of one article. Every section document carries them,
 * and a title is often one of the questions word for word, so the same text would go
 * through Kuromoji once per section and field. Each text is analysed once per chain here
 * and its tokens are replayed into every field of that chain.
 * <p>
 * A chain is named by the field whose analyser ran: the title and questions fields of one
 * kind share their analyser ({@link Analyzers#of}), so they share tokens.
 */
final class Phrasings {

	private final Analyzer analyzer;

	private final Map<String, Tokens> analysed = new HashMap<>();

	Phrasings(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The tokens of {@code text} as {@code chainField}'s analyser makes them. */
	TokenStream tokens(String chainField, String text) {
		return this.analysed.computeIfAbsent(chainField + '\u0000' + text, (key) -> analyse(chainField, text)).replay();
	}

	private Tokens analyse(String field, String text) {
		List<String> terms = new ArrayList<>();
		List<int[]> places = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
				places.add(new int[] { increment.getPositionIncrement(), offset.startOffset(), offset.endOffset() });
			}
			stream.end();
			return new Tokens(terms.toArray(String[]::new), places.toArray(int[][]::new), offset.endOffset(),
					increment.getPositionIncrement());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the indexer reads of a token stream: terms, position increments, offsets, and
	 * the final offset and increment that {@code end()} reports.
	 */
	private record Tokens(String[] terms, int[][] places, int finalOffset, int finalIncrement) {

		TokenStream replay() {
			return new Replay(this);
		}

	}

	private static final class Replay extends TokenStream {

		private final Tokens tokens;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private int next;

		Replay(Tokens tokens) {
			this.tokens = tokens;
		}

		@Override
		public boolean incrementToken() {
			if (this.next >= this.tokens.terms().length) {
				return false;
			}
			clearAttributes();
			int[] place = this.tokens.places()[this.next];
			this.term.setEmpty().append(this.tokens.terms()[this.next]);
			this.increment.setPositionIncrement(place[0]);
			this.offset.setOffset(place[1], place[2]);
			this.next++;
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			this.offset.setOffset(this.tokens.finalOffset(), this.tokens.finalOffset());
			this.increment.setPositionIncrement(this.tokens.finalIncrement());
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.next = 0;
		}

	}

}
