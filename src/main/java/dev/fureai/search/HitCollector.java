package dev.fureai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

import dev.fureai.content.Lang;

/**
 * Scores the query over every section ({@link DocScores}) and keeps the best section of
 * each article until {@code k} articles are found. Collapsing reads only the article id
 * from doc values; snippets are read for the {@code k} hits returned, nothing else, and
 * what a hit shows comes from the index's memory (stored fields only for a section
 * replaced while the query ran).
 */
final class HitCollector {

	private final Snippets snippets;

	HitCollector(Snippets snippets) {
		this.snippets = snippets;
	}

	List<SearchHit> collect(IndexSearcher searcher, SectionIndex index, Query query, int k) throws IOException {
		float[] scores = DocScores.of(searcher, query);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Set<BytesRef> seen = new HashSet<>();
		List<ScoreDoc> best = new ArrayList<>(k);
		for (long entry : ranked(scores)) {
			int doc = Integer.MAX_VALUE - (int) entry;
			if (seen.add(articleId(leaves, doc))) {
				best.add(new ScoreDoc(doc, scores[doc]));
				if (best.size() >= k) {
					break;
				}
			}
		}
		List<SearchHit> hits = new ArrayList<>(best.size());
		Map<Term, TermStates> terms = Snippets.terms(query);
		for (ScoreDoc hit : best) {
			ShownSection shown = index.shown(key(leaves, hit.doc));
			hits.add((shown != null) ? hit(searcher, shown, hit, terms)
					: hit(searcher, searcher.storedFields().document(hit.doc), hit, terms));
		}
		return hits;
	}

	/**
	 * The matching documents best first, ties by document order as Lucene ranks them: a
	 * non-negative float's bits order like the float, so score and inverted document
	 * number pack into one sortable long.
	 */
	private static long[] ranked(float[] scores) {
		long[] entries = new long[scores.length];
		int n = 0;
		for (int doc = 0; doc < scores.length; doc++) {
			if (scores[doc] > 0) {
				entries[n++] = ((long) Float.floatToIntBits(scores[doc]) << 32) | (Integer.MAX_VALUE - doc);
			}
		}
		long[] matched = Arrays.copyOf(entries, n);
		Arrays.sort(matched);
		for (int i = 0, j = n - 1; i < j; i++, j--) {
			long swap = matched[i];
			matched[i] = matched[j];
			matched[j] = swap;
		}
		return matched;
	}

	private static BytesRef articleId(List<LeafReaderContext> leaves, int doc) throws IOException {
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID);
		if (!ids.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("section without an article id: " + doc);
		}
		return BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()));
	}

	private static long key(List<LeafReaderContext> leaves, int doc) throws IOException {
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		NumericDocValues keys = DocValues.getNumeric(leaf.reader(), Fields.KEY);
		return keys.advanceExact(doc - leaf.docBase) ? keys.longValue() : -1;
	}

	private SearchHit hit(IndexSearcher searcher, ShownSection shown, ScoreDoc hit, Map<Term, TermStates> terms) {
		Lang lang = shown.article().lang();
		String snippet = this.snippets.of(searcher, hit.doc, terms, snippetFields(lang), shown.section().text());
		return new SearchHit(shown.article().id(), lang, shown.section().anchor(), shown.article().title(),
				shown.section().heading(), hit.score, snippet, shown.section().html());
	}

	private static List<String> snippetFields(Lang lang) {
		return (lang == Lang.JA) ? List.of(Fields.body(Lang.JA), Fields.BODY_BIGRAM) : List.of(Fields.body(Lang.EN));
	}

	private SearchHit hit(IndexSearcher searcher, Document doc, ScoreDoc hit, Map<Term, TermStates> terms) {
		Lang lang = Lang.fromCode(doc.get(Fields.LANG)).orElse(Lang.JA);
		String text = doc.get(Fields.STORED_TEXT);
		String snippet = this.snippets.of(searcher, hit.doc, terms, snippetFields(lang), text);
		return new SearchHit(doc.get(Fields.ID), lang, doc.get(Fields.ANCHOR), doc.get(Fields.STORED_TITLE),
				doc.get(Fields.STORED_HEADING), hit.score, snippet, doc.get(Fields.STORED_HTML));
	}

}
