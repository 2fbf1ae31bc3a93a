package dev.fureai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import dev.fureai.content.Lang;

/**
 * Runs a query and keeps the best section of each article, fetching deeper until
 * {@code k} articles are found or the hits run out. Sections of one article are adjacent
 * in score often enough that four times {@code k} is usually one round.
 */
final class HitCollector {

	private static final Set<String> ID_ONLY = Set.of(Fields.ID);

	private final Snippets snippets;

	HitCollector(Snippets snippets) {
		this.snippets = snippets;
	}

	List<SearchHit> collect(IndexSearcher searcher, Query query, int k) throws IOException {
		StoredFields stored = searcher.storedFields();
		List<ScoreDoc> best = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int depth = Math.max(4 * k, 20);; depth *= 4) {
			TopDocs top = searcher.search(query, depth);
			best.clear();
			seen.clear();
			for (ScoreDoc hit : top.scoreDocs) {
				if (seen.size() < k && seen.add(stored.document(hit.doc, ID_ONLY).get(Fields.ID))) {
					best.add(hit);
				}
			}
			if (seen.size() >= k || top.scoreDocs.length < depth) {
				break;
			}
		}
		List<SearchHit> hits = new ArrayList<>(best.size());
		for (ScoreDoc hit : best) {
			hits.add(hit(searcher, stored.document(hit.doc), hit, query));
		}
		return hits;
	}

	private SearchHit hit(IndexSearcher searcher, Document doc, ScoreDoc hit, Query query) throws IOException {
		Lang lang = Lang.fromCode(doc.get(Fields.LANG)).orElse(Lang.JA);
		List<String> fields = (lang == Lang.JA) ? List.of(Fields.body(Lang.JA), Fields.BODY_BIGRAM)
				: List.of(Fields.body(Lang.EN));
		String text = doc.get(Fields.STORED_TEXT);
		String snippet = this.snippets.of(searcher.getIndexReader().termVectors(), hit.doc, query, fields, text);
		return new SearchHit(doc.get(Fields.ID), doc.get(Fields.ANCHOR), doc.get(Fields.STORED_TITLE),
				doc.get(Fields.STORED_HEADING), hit.score, snippet, doc.get(Fields.STORED_HTML));
	}

}
