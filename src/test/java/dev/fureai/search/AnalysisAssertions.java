package dev.fureai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small {@code BaseTokenStreamTestCase.assertAnalyzesTo}: exact terms, offsets,
 * position increments and (optionally) position lengths, plus the token stream contract
 * (reset, end, close; the stream is reusable).
 */
final class AnalysisAssertions {

	private AnalysisAssertions() {
	}

	static void assertAnalyzesTo(Analyzer analyzer, String input, String[] terms, int[] starts, int[] ends,
			int[] increments) {
		assertAnalyzesTo(analyzer, input, terms, starts, ends, increments, null);
	}

	static void assertAnalyzesTo(Analyzer analyzer, String input, String[] terms, int[] starts, int[] ends,
			int[] increments, int[] lengths) {
		for (int round = 0; round < 2; round++) {
			List<Token> tokens = tokens(analyzer, input);
			assertThat(tokens).extracting(Token::term).as("terms of %s", input).containsExactly(terms);
			if (starts != null) {
				assertThat(tokens).extracting(Token::start)
					.as("start offsets of %s", input)
					.containsExactly(box(starts));
				assertThat(tokens).extracting(Token::end).as("end offsets of %s", input).containsExactly(box(ends));
			}
			if (increments != null) {
				assertThat(tokens).extracting(Token::increment)
					.as("position increments of %s", input)
					.containsExactly(box(increments));
			}
			if (lengths != null) {
				assertThat(tokens).extracting(Token::length)
					.as("position lengths of %s", input)
					.containsExactly(box(lengths));
			}
		}
	}

	static List<String> terms(Analyzer analyzer, String input) {
		return tokens(analyzer, input).stream().map(Token::term).toList();
	}

	static List<Token> tokens(Analyzer analyzer, String input) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", input)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				assertThat(offset.startOffset()).isLessThanOrEqualTo(offset.endOffset());
				assertThat(offset.endOffset()).isLessThanOrEqualTo(input.length());
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
						increment.getPositionIncrement(), length.getPositionLength()));
			}
			stream.end();
			assertThat(offset.endOffset()).as("final offset").isEqualTo(input.length());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return tokens;
	}

	private static Integer[] box(int[] values) {
		return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
	}

	record Token(String term, int start, int end, int increment, int length) {

		@Override
		public String toString() {
			return this.term + "[" + this.start + "," + this.end + ",+" + this.increment + ",len" + this.length + "]";
		}

	}

}
