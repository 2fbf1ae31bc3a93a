package dev.fureai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.IOSupplier;

/**
 * Snippets from the offsets the body fields keep in their postings: the query's terms in
 * the section text, the window of text with the most of them, escaped, with each match in
 * {@code <mark>}. Fields are tried in order and the first with a match wins, so bigrams
 * (noisy) only mark text when no word matched; bigrams of hiragana alone (した, ます) are
 * grammar, not content, and are never marked. Reading offsets from the postings is a
 * short skip per query term and hit, reusing each term's dictionary entry from the query;
 * term vectors cost a block decode per hit and re-analysing the text far more. Never
 * throws: on any failure the snippet is the escaped beginning of the text.
 */
final class Snippets {

	private final int length;

	Snippets(int length) {
		this.length = Math.max(length, 10);
	}

	/**
	 * The snippet of one hit; {@code terms} are the query's {@link #terms(Query) terms},
	 * collected once for all hits.
	 */
	String of(IndexSearcher searcher, int doc, Map<Term, TermStates> terms, List<String> fields, String text) {
		try {
			return render(text, matches(searcher, doc, terms, fields));
		}
		catch (IOException | RuntimeException ex) {
			return render(text, List.of());
		}
	}

	/** The query's terms, each with its dictionary entry when the query carries one. */
	static Map<Term, TermStates> terms(Query query) {
		Map<Term, TermStates> terms = new HashMap<>();
		if (query != null) {
			query.visit(new QueryVisitor() {
				@Override
				public void consumeTerms(Query leaf, Term... found) {
					TermStates states = (leaf instanceof TermQuery term) ? term.getTermStates() : null;
					for (Term t : found) {
						if (states != null) {
							terms.put(t, states);
						}
						else {
							terms.putIfAbsent(t, null);
						}
					}
				}

				@Override
				public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
					return (occur == BooleanClause.Occur.MUST_NOT) ? EMPTY_VISITOR : this;
				}
			});
		}
		return terms;
	}

	private static List<int[]> matches(IndexSearcher searcher, int doc, Map<Term, TermStates> terms,
			List<String> fields) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		int target = doc - leaf.docBase;
		List<int[]> ranges = new ArrayList<>();
		for (String field : fields) {
			Terms indexed = leaf.reader().terms(field);
			if (indexed == null) {
				continue;
			}
			TermsEnum iterator = indexed.iterator();
			PostingsEnum postings = null;
			for (Map.Entry<Term, TermStates> entry : terms.entrySet()) {
				Term term = entry.getKey();
				if (!term.field().equals(field) || isGrammar(term) || !seek(iterator, term, entry.getValue(), leaf)) {
					continue;
				}
				postings = iterator.postings(postings, PostingsEnum.OFFSETS);
				if (postings.advance(target) != target) {
					continue;
				}
				for (int i = postings.freq(); i > 0; i--) {
					postings.nextPosition();
					if (postings.startOffset() >= 0) {
						ranges.add(new int[] { postings.startOffset(), postings.endOffset() });
					}
				}
			}
			if (!ranges.isEmpty()) {
				break;
			}
		}
		return merge(ranges);
	}

	private static boolean seek(TermsEnum iterator, Term term, TermStates states, LeafReaderContext leaf)
			throws IOException {
		if (states != null && states.wasBuiltFor(ReaderUtil.getTopLevelContext(leaf))) {
			IOSupplier<TermState> supplier = states.get(leaf);
			TermState state = (supplier != null) ? supplier.get() : null;
			if (state == null) {
				return false;
			}
			iterator.seekExact(term.bytes(), state);
			return true;
		}
		return iterator.seekExact(term.bytes());
	}

	private static boolean isGrammar(Term term) {
		return term.field().equals(Fields.BODY_BIGRAM) && term.text().chars().allMatch((c) -> c >= 'ぁ' && c <= 'ゖ');
	}

	private static List<int[]> merge(List<int[]> ranges) {
		ranges.sort(Comparator.comparingInt((int[] r) -> r[0]));
		List<int[]> merged = new ArrayList<>();
		for (int[] range : ranges) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && range[0] <= last[1]) {
				last[1] = Math.max(last[1], range[1]);
			}
			else {
				merged.add(range.clone());
			}
		}
		return merged;
	}

	private String render(String text, List<int[]> matches) {
		int start = windowStart(text, matches);
		int end = Math.min(text.length(), start + this.length);
		start = boundary(text, start);
		end = boundary(text, end);
		StringBuilder html = new StringBuilder(this.length * 2);
		if (start > 0) {
			html.append('…');
		}
		int at = start;
		for (int[] match : matches) {
			int from = Math.max(match[0], at);
			int to = Math.min(match[1], end);
			if (from >= to || from < start || to > text.length()) {
				continue;
			}
			HtmlText.escape(text, at, from, html);
			html.append("<mark>");
			HtmlText.escape(text, from, to, html);
			html.append("</mark>");
			at = to;
		}
		HtmlText.escape(text, at, end, html);
		if (end < text.length()) {
			html.append('…');
		}
		return html.toString();
	}

	/**
	 * Where the window with the most matches starts (a little before its first match).
	 */
	private int windowStart(String text, List<int[]> matches) {
		int best = 0;
		int bestCount = 0;
		for (int i = 0; i < matches.size(); i++) {
			int start = Math.max(0, matches.get(i)[0] - this.length / 5);
			int count = 0;
			for (int j = i; j < matches.size() && matches.get(j)[1] <= start + this.length; j++) {
				count++;
			}
			if (count > bestCount) {
				best = start;
				bestCount = count;
			}
		}
		return Math.max(0, Math.min(best, text.length() - this.length));
	}

	private static int boundary(String text, int index) {
		return (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))) ? index - 1 : index;
	}

}
