package dev.fureai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

import dev.fureai.content.Lang;

/**
 * Coordination: how much of what was asked an article answers. Summed BM25 lets one rare
 * word matched many times outweigh an article that matches every word of the question
 * once; the share of the question's idf mass a section matches (its words in the
 * phrasings or the text, each counted once) corrects that. Each matching section's score
 * is multiplied by {@code (FLOOR + (1 − FLOOR) × share)^exponent}, relative to the best
 * section's factor: the floor keeps sections that match only by bigrams or readings
 * (typing variants, kana questions) in the ranking instead of zeroing them.
 */
final class Coordination {

	/** Measured: 0 and 0.2 cost nDCG, 0.5 and 0.8 about equal (docs/relevance.md). */
	static final float FLOOR = 0.5f;

	private Coordination() {
	}

	/** Multiplies the scores in place; {@code parts} are the per-language queries. */
	static void apply(IndexSearcher searcher, Map<Lang, Query> parts, float exponent, float[] scores)
			throws IOException {
		if (exponent <= 0 || parts.isEmpty()) {
			return;
		}
		float[] share = new float[scores.length];
		for (Map.Entry<Lang, Query> part : parts.entrySet()) {
			float[] matched = shares(searcher, part.getKey(), part.getValue(), scores);
			for (int doc = 0; doc < share.length; doc++) {
				share[doc] = Math.max(share[doc], matched[doc]);
			}
		}
		float best = 0;
		for (int doc = 0; doc < scores.length; doc++) {
			if (scores[doc] > 0) {
				best = Math.max(best, share[doc]);
			}
		}
		// relative to the best share any section reached: the order is the same, and the
		// sections that match the most of the question keep their score, so the
		// decision's coverage keeps its meaning (a kana question matched by readings
		// alone is not marked down)
		double top = FLOOR + (1 - FLOOR) * best;
		for (int doc = 0; doc < scores.length; doc++) {
			if (scores[doc] > 0) {
				scores[doc] *= (float) Math.pow((FLOOR + (1 - FLOOR) * share[doc]) / top, exponent);
			}
		}
	}

	/** Each document's share of the language part's idf mass, 0 to 1. */
	private static float[] shares(IndexSearcher searcher, Lang lang, Query part, float[] scores) throws IOException {
		String questions = Fields.questions(lang);
		Set<BytesRef> words = new LinkedHashSet<>();
		part.visit(new QueryVisitor() {
			@Override
			public void consumeTerms(Query query, Term... terms) {
				for (Term term : terms) {
					if (term.field().equals(questions)) {
						words.add(term.bytes());
					}
				}
			}

			@Override
			public QueryVisitor getSubVisitor(Occur occur, Query parent) {
				return this;
			}
		});
		float[] matched = new float[scores.length];
		if (words.isEmpty()) {
			return matched;
		}
		List<String> fields = List.of(questions, Fields.title(lang), Fields.body(lang));
		int maxDoc = scores.length;
		int[] stamp = new int[maxDoc];
		int[] docs = new int[maxDoc];
		double total = 0;
		int w = 0;
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		List<TermsEnum[]> enums = new ArrayList<>();
		for (String field : fields) {
			TermsEnum[] perLeaf = new TermsEnum[leaves.size()];
			for (LeafReaderContext leaf : leaves) {
				Terms terms = Terms.getTerms(leaf.reader(), field);
				perLeaf[leaf.ord] = terms.iterator();
			}
			enums.add(perLeaf);
		}
		PostingsEnum postings = null;
		for (BytesRef word : words) {
			w++;
			int df = 0;
			for (TermsEnum[] perLeaf : enums) {
				for (LeafReaderContext leaf : leaves) {
					TermsEnum terms = perLeaf[leaf.ord];
					if (!terms.seekExact(word)) {
						continue;
					}
					postings = terms.postings(postings, PostingsEnum.NONE);
					for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
						int global = leaf.docBase + doc;
						if (stamp[global] != w) {
							stamp[global] = w;
							docs[df++] = global;
						}
					}
				}
			}
			// a word the index never saw weighs like one in a single section
			double idf = Math.log(1 + (maxDoc - Math.max(df, 1) + 0.5) / (Math.max(df, 1) + 0.5));
			total += idf;
			for (int i = 0; i < df; i++) {
				matched[docs[i]] += (float) idf;
			}
		}
		if (total > 0) {
			for (int doc = 0; doc < maxDoc; doc++) {
				matched[doc] /= (float) total;
			}
		}
		return matched;
	}

}
