package dev.fureai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
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
 * term vectors cost a block decode per hit and re-analysing the text with Kuromoji far
 * more. The bigram field is the exception: it keeps no offsets (writing them cost about a
 * tenth of a full build), and the few hits that fall back to it have their text
 * re-analysed by the bigram chain, which costs microseconds. Never throws: on any failure
 * the snippet is the escaped beginning of the text.
 */
final class Snippets {

	private final int length;

	private final Analyzer bigrams = new JaBigramAnalyzer();

	Snippets(int length) {
		this.length = Math.max(length, 10);
	}

	/**
	 * The snippets of a query's hits, in order; {@code terms} are the query's
	 * {@link #terms(Query) terms}, {@code fields} the fields to try for each hit, in
	 * order. Each term's postings are read once for all hits, advancing from one hit to
	 * the next: reaching a document means skipping the positions of every document before
	 * it, so one pass per term instead of one per term and hit.
	 */
	List<String> of(IndexSearcher searcher, int[] docs, Map<Term, TermStates> terms, List<List<String>> fields,
			List<String> texts) {
		List<List<int[]>> ranges = new ArrayList<>(docs.length);
		for (int i = 0; i < docs.length; i++) {
			ranges.add(new ArrayList<>());
		}
		try {
			matches(searcher, docs, terms, fields, texts, ranges);
		}
		catch (IOException | RuntimeException ex) {
			ranges.forEach(List::clear);
		}
		List<String> snippets = new ArrayList<>(docs.length);
		for (int i = 0; i < docs.length; i++) {
			snippets.add(render(texts.get(i), merge(ranges.get(i))));
		}
		return snippets;
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

	/**
	 * Fills each hit's match ranges from the first of its fields that has any: the first
	 * fields of all hits, then the next field of the hits still without a match.
	 */
	private void matches(IndexSearcher searcher, int[] docs, Map<Term, TermStates> terms, List<List<String>> fields,
			List<String> texts, List<List<int[]>> ranges) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		int rounds = fields.stream().mapToInt(List::size).max().orElse(0);
		for (int round = 0; round < rounds; round++) {
			Map<String, List<Integer>> byField = new HashMap<>();
			for (int i = 0; i < docs.length; i++) {
				if (round < fields.get(i).size() && ranges.get(i).isEmpty()) {
					byField.computeIfAbsent(fields.get(i).get(round), (f) -> new ArrayList<>()).add(i);
				}
			}
			for (Map.Entry<String, List<Integer>> field : byField.entrySet()) {
				if (field.getKey().equals(Fields.BODY_BIGRAM)) {
					bigramMatches(terms, field.getValue(), texts, ranges);
					continue;
				}
				List<Integer> hits = new ArrayList<>(field.getValue());
				hits.sort(Comparator.comparingInt((Integer i) -> docs[i]));
				for (int start = 0; start < hits.size();) {
					LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[hits.get(start)], leaves));
					int end = start;
					while (end < hits.size() && docs[hits.get(end)] < leaf.docBase + leaf.reader().maxDoc()) {
						end++;
					}
					matches(leaf, field.getKey(), terms, docs, hits.subList(start, end), ranges);
					start = end;
				}
			}
		}
	}

	/** One field in one segment, for hits in document order. */
	private static void matches(LeafReaderContext leaf, String field, Map<Term, TermStates> terms, int[] docs,
			List<Integer> hits, List<List<int[]>> ranges) throws IOException {
		Terms indexed = leaf.reader().terms(field);
		if (indexed == null) {
			return;
		}
		TermsEnum iterator = indexed.iterator();
		PostingsEnum postings = null;
		for (Map.Entry<Term, TermStates> entry : terms.entrySet()) {
			Term term = entry.getKey();
			if (!term.field().equals(field) || isGrammar(term) || !seek(iterator, term, entry.getValue(), leaf)) {
				continue;
			}
			postings = iterator.postings(postings, PostingsEnum.OFFSETS);
			for (int hit : hits) {
				int target = docs[hit] - leaf.docBase;
				int doc = (postings.docID() < target) ? postings.advance(target) : postings.docID();
				if (doc == DocIdSetIterator.NO_MORE_DOCS) {
					break;
				}
				if (doc != target) {
					continue;
				}
				List<int[]> into = ranges.get(hit);
				for (int i = postings.freq(); i > 0; i--) {
					postings.nextPosition();
					if (postings.startOffset() >= 0) {
						into.add(new int[] { postings.startOffset(), postings.endOffset() });
					}
				}
			}
		}
	}

	/**
	 * The bigram field's matches, from the hits' texts analysed again by the chain that
	 * indexed them: the same tokens at the same offsets as the postings would give.
	 */
	private void bigramMatches(Map<Term, TermStates> terms, List<Integer> hits, List<String> texts,
			List<List<int[]>> ranges) throws IOException {
		Set<String> wanted = new HashSet<>();
		for (Term term : terms.keySet()) {
			if (term.field().equals(Fields.BODY_BIGRAM) && !isGrammar(term)) {
				wanted.add(term.text());
			}
		}
		if (wanted.isEmpty()) {
			return;
		}
		for (int hit : hits) {
			try (TokenStream stream = this.bigrams.tokenStream(Fields.BODY_BIGRAM, texts.get(hit))) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					if (wanted.contains(term.toString())) {
						ranges.get(hit).add(new int[] { offset.startOffset(), offset.endOffset() });
					}
				}
				stream.end();
			}
		}
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
