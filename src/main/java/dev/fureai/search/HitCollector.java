package dev.fureai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import dev.fureai.content.Lang;

/**
 * Runs a query and keeps the best section of each article, fetching deeper until
 * {@code k} articles are found or the hits run out. Sections of one article are adjacent
 * in score often enough that four times {@code k} is usually one round. Collapsing reads
 * only the article id from doc values; stored fields and snippets are read for the
 * {@code k} hits returned, nothing else.
 */
final class HitCollector {

	private final Snippets snippets;

	HitCollector(Snippets snippets) {
		this.snippets = snippets;
	}

	List<SearchHit> collect(IndexSearcher searcher, Query query, int k) throws IOException {
		List<ScoreDoc> best = new ArrayList<>();
		Set<BytesRef> seen = new HashSet<>();
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		for (int depth = Math.max(4 * k, 20);; depth *= 4) {
			TopDocs top = searcher.search(query, depth);
			best.clear();
			seen.clear();
			for (ScoreDoc hit : top.scoreDocs) {
				if (seen.size() >= k) {
					break;
				}
				if (seen.add(articleId(leaves, hit.doc))) {
					best.add(hit);
				}
			}
			if (seen.size() >= k || top.scoreDocs.length < depth) {
				break;
			}
		}
		StoredFields stored = searcher.storedFields();
		List<SearchHit> hits = new ArrayList<>(best.size());
		for (ScoreDoc hit : best) {
			hits.add(hit(searcher, stored.document(hit.doc), hit, query));
		}
		return hits;
	}

	private static BytesRef articleId(List<LeafReaderContext> leaves, int doc) throws IOException {
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID);
		if (!ids.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("section without an article id: " + doc);
		}
		return BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()));
	}

	private SearchHit hit(IndexSearcher searcher, Document doc, ScoreDoc hit, Query query) throws IOException {
		Lang lang = Lang.fromCode(doc.get(Fields.LANG)).orElse(Lang.JA);
		List<String> fields = (lang == Lang.JA) ? List.of(Fields.body(Lang.JA), Fields.BODY_BIGRAM)
				: List.of(Fields.body(Lang.EN));
		String text = doc.get(Fields.STORED_TEXT);
		String snippet = this.snippets.of(searcher.getIndexReader().termVectors(), hit.doc, query, fields, text);
		return new SearchHit(doc.get(Fields.ID), lang, doc.get(Fields.ANCHOR), doc.get(Fields.STORED_TITLE),
				doc.get(Fields.STORED_HEADING), hit.score, snippet, doc.get(Fields.STORED_HTML));
	}

}
