package dev.fureai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
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
 * what a hit shows comes from the index's memory, which keeps a replaced section until no
 * searcher that could return it is held.
 */
final class HitCollector {

	private final Snippets snippets;

	HitCollector(Snippets snippets) {
		this.snippets = snippets;
	}

	/** {@code scores} are every section's scores ({@link DocScores}), in place. */
	List<SearchHit> collect(IndexSearcher searcher, SectionIndex index, Query query, float[] scores, int k)
			throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		List<ScoreDoc> best = best(scores, leaves, k);
		int[] docs = new int[best.size()];
		List<ShownSection> shown = new ArrayList<>(best.size());
		List<List<String>> fields = new ArrayList<>(best.size());
		List<String> texts = new ArrayList<>(best.size());
		for (int i = 0; i < docs.length; i++) {
			docs[i] = best.get(i).doc;
			long key = key(leaves, docs[i]);
			ShownSection section = index.shown(key);
			if (section == null) {
				// the searcher holds its sections' display data until it is released
				throw new IllegalStateException("no display data for section " + key + " of a held searcher");
			}
			shown.add(section);
			fields.add(snippetFields(section.article().lang()));
			texts.add(section.section().text());
		}
		List<String> snippets = this.snippets.of(searcher, docs, Snippets.terms(query), fields, texts);
		List<SearchHit> hits = new ArrayList<>(best.size());
		for (int i = 0; i < docs.length; i++) {
			hits.add(hit(shown.get(i), best.get(i), snippets.get(i)));
		}
		return hits;
	}

	/**
	 * The best section of each of the {@code k} best articles, best first. Most articles
	 * have a few sections, so the best few times {@code k} sections nearly always hold
	 * {@code k} articles; only when they do not are all matches ranked.
	 */
	private static List<ScoreDoc> best(float[] scores, List<LeafReaderContext> leaves, int k) throws IOException {
		int matched = 0;
		for (float score : scores) {
			matched += (score > 0) ? 1 : 0;
		}
		for (int limit = Math.min(matched, 4 * k + 16);; limit = matched) {
			Set<BytesRef> seen = new HashSet<>();
			List<ScoreDoc> best = new ArrayList<>(k);
			for (long entry : ranked(scores, limit)) {
				int doc = Integer.MAX_VALUE - (int) entry;
				if (seen.add(articleId(leaves, doc))) {
					best.add(new ScoreDoc(doc, scores[doc]));
					if (best.size() >= k) {
						return best;
					}
				}
			}
			if (limit >= matched) {
				return best;
			}
		}
	}

	/**
	 * The {@code limit} best matching documents best first, ties by document order as
	 * Lucene ranks them: a non-negative float's bits order like the float, so score and
	 * inverted document number pack into one sortable long, kept in a min-heap of the
	 * best so far.
	 */
	private static long[] ranked(float[] scores, int limit) {
		long[] heap = new long[limit];
		int size = 0;
		for (int doc = 0; doc < scores.length && limit > 0; doc++) {
			if (scores[doc] > 0) {
				long entry = ((long) Float.floatToIntBits(scores[doc]) << 32) | (Integer.MAX_VALUE - doc);
				if (size < limit) {
					heap[size] = entry;
					up(heap, size++);
				}
				else if (entry > heap[0]) {
					heap[0] = entry;
					down(heap, size);
				}
			}
		}
		Arrays.sort(heap, 0, size);
		long[] best = new long[size];
		for (int i = 0; i < size; i++) {
			best[i] = heap[size - 1 - i];
		}
		return best;
	}

	private static void up(long[] heap, int i) {
		long entry = heap[i];
		while (i > 0 && heap[(i - 1) / 2] > entry) {
			heap[i] = heap[(i - 1) / 2];
			i = (i - 1) / 2;
		}
		heap[i] = entry;
	}

	private static void down(long[] heap, int size) {
		long entry = heap[0];
		int i = 0;
		while (2 * i + 1 < size) {
			int child = 2 * i + 1;
			if (child + 1 < size && heap[child + 1] < heap[child]) {
				child++;
			}
			if (heap[child] >= entry) {
				break;
			}
			heap[i] = heap[child];
			i = child;
		}
		heap[i] = entry;
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

	private static SearchHit hit(ShownSection shown, ScoreDoc hit, String snippet) {
		return new SearchHit(shown.article().id(), shown.article().lang(), shown.section().anchor(),
				shown.article().title(), shown.section().heading(), hit.score, snippet, shown.section().html());
	}

	private static List<String> snippetFields(Lang lang) {
		return (lang == Lang.JA) ? List.of(Fields.body(Lang.JA), Fields.BODY_BIGRAM) : List.of(Fields.body(Lang.EN));
	}

}
