package dev.fureai.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOSupplier;
import org.apache.lucene.util.SmallFloat;

/**
 * Scores every document for a query term at a time, into one array per sum or dis-max,
 * instead of Lucene's document-at-a-time merge of all postings through a priority queue.
 * A help center has a few thousand sections and a question a hundred or more field-term
 * clauses; most documents match some clause, so the merge's per-posting heap work
 * dominated a search and pruning never applied. Each leaf clause keeps Lucene's own
 * scorer, so the scores are Lucene's: SHOULD clauses are summed, a dis-max is its best
 * clause plus the tie share of the others, boosts multiply. Shapes other than those
 * (required clauses, phrase or synonym queries) are scored by Lucene as one leaf.
 */
final class DocScores {

	private DocScores() {
	}

	/** Each document's score, 0 for documents the query does not match. */
	static float[] of(IndexSearcher searcher, Query query) throws IOException {
		float[] scores = new float[searcher.getIndexReader().maxDoc()];
		add(searcher, query, 1f, scores, new HashMap<>());
		return scores;
	}

	private static void add(IndexSearcher searcher, Query query, float boost, float[] into,
			Map<String, FieldState> fields) throws IOException {
		if (query instanceof BoostQuery boosted) {
			add(searcher, boosted.getQuery(), boost * boosted.getBoost(), into, fields);
		}
		else if (query instanceof BooleanQuery bool && onlyShould(bool)) {
			for (BooleanClause clause : bool.clauses()) {
				add(searcher, clause.query(), boost, into, fields);
			}
		}
		else if (query instanceof DisjunctionMaxQuery dismax) {
			addDisMax(searcher, dismax, boost, into, fields);
		}
		else if (query instanceof TermQuery term && term.getTermStates() != null
				&& term.getTermStates().wasBuiltFor(searcher.getTopReaderContext())) {
			addTerm(searcher, term, boost, into, fields);
		}
		else {
			addLeaf(searcher, query, boost, into);
		}
	}

	private static boolean onlyShould(BooleanQuery bool) {
		if (bool.getMinimumNumberShouldMatch() > 0) {
			return false;
		}
		for (BooleanClause clause : bool.clauses()) {
			if (clause.occur() != BooleanClause.Occur.SHOULD) {
				return false;
			}
		}
		return true;
	}

	private static void addDisMax(IndexSearcher searcher, DisjunctionMaxQuery dismax, float boost, float[] into,
			Map<String, FieldState> fields) throws IOException {
		float tie = dismax.getTieBreakerMultiplier();
		float[] max = new float[into.length];
		float[] sum = (tie > 0) ? new float[into.length] : null;
		float[] member = new float[into.length];
		for (Query disjunct : dismax.getDisjuncts()) {
			Arrays.fill(member, 0);
			add(searcher, disjunct, boost, member, fields);
			for (int doc = 0; doc < member.length; doc++) {
				float score = member[doc];
				if (score > max[doc]) {
					max[doc] = score;
				}
				if (sum != null) {
					sum[doc] += score;
				}
			}
		}
		for (int doc = 0; doc < into.length; doc++) {
			float best = max[doc];
			into[doc] += (sum != null) ? best + tie * (sum[doc] - best) : best;
		}
	}

	/**
	 * A term with its statistics: BM25 over its postings and norms, exactly as
	 * {@code TermScorer} computes it, with one terms enumeration and postings enum per
	 * field and segment for all terms instead of one per term.
	 */
	private static void addTerm(IndexSearcher searcher, TermQuery query, float boost, float[] into,
			Map<String, FieldState> fields) throws IOException {
		TermStates states = query.getTermStates();
		Term term = query.getTerm();
		if (states.docFreq() == 0) {
			return;
		}
		FieldState field = fields.get(term.field());
		if (field == null) {
			field = new FieldState(searcher, term.field());
			fields.put(term.field(), field);
		}
		if (field.statistics == null) {
			return;
		}
		Bm25 bm25 = field.scorer(searcher, term, states, boost);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		for (int ord = 0; ord < leaves.size(); ord++) {
			LeafReaderContext leaf = leaves.get(ord);
			IOSupplier<TermState> supplier = states.get(leaf);
			TermState state = (supplier != null) ? supplier.get() : null;
			if (state == null) {
				continue;
			}
			TermsEnum terms = field.terms(leaf, ord);
			terms.seekExact(term.bytes(), state);
			PostingsEnum postings = terms.postings(field.postings[ord], PostingsEnum.FREQS);
			field.postings[ord] = postings;
			NumericDocValues norms = leaf.reader().getNormValues(term.field());
			Bits live = leaf.reader().getLiveDocs();
			for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				if (live == null || live.get(doc)) {
					long norm = (norms != null && norms.advanceExact(doc)) ? norms.longValue() : 1L;
					into[leaf.docBase + doc] += bm25.score(postings.freq(), norm);
				}
			}
		}
	}

	private static void addLeaf(IndexSearcher searcher, Query query, float boost, float[] into) throws IOException {
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, boost);
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			// scorers see deleted documents too: only bulk scoring filters them
			Bits live = leaf.reader().getLiveDocs();
			DocIdSetIterator docs = scorer.iterator();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if (live == null || live.get(doc)) {
					into[leaf.docBase + doc] += scorer.score();
				}
			}
		}
	}

	/** A term's BM25 scorer: a per-term weight over its field's shared norm table. */
	private interface Bm25 {

		float score(int freq, long norm);

	}

	/**
	 * What every term of one field shares within a query: the field's statistics, its
	 * enumerations per segment, and (for {@link BM25Similarity}) the table of inverse
	 * length norms, which Lucene's scorer otherwise rebuilds (256 divisions) and explains
	 * (boxed numbers, strings) for each term.
	 */
	private static final class FieldState {

		final CollectionStatistics statistics;

		final TermsEnum[] terms;

		final PostingsEnum[] postings;

		final float[] normInverses;

		FieldState(IndexSearcher searcher, String field) throws IOException {
			this.statistics = searcher.collectionStatistics(field);
			int leaves = searcher.getIndexReader().leaves().size();
			this.terms = new TermsEnum[leaves];
			this.postings = new PostingsEnum[leaves];
			this.normInverses = (this.statistics != null && searcher.getSimilarity().getClass() == BM25Similarity.class)
					? normInverses((BM25Similarity) searcher.getSimilarity(), this.statistics) : null;
		}

		TermsEnum terms(LeafReaderContext leaf, int ord) throws IOException {
			if (this.terms[ord] == null) {
				this.terms[ord] = Terms.getTerms(leaf.reader(), this.statistics.field()).iterator();
			}
			return this.terms[ord];
		}

		Bm25 scorer(IndexSearcher searcher, Term term, TermStates states, float boost) throws IOException {
			if (this.normInverses == null) {
				TermStatistics stats = searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
				SimScorer scorer = searcher.getSimilarity().scorer(boost, this.statistics, stats);
				return scorer::score;
			}
			// BM25Similarity's arithmetic, step for step, so the scores are bit for bit
			// Lucene's
			long docFreq = states.docFreq();
			long docCount = this.statistics.docCount();
			float idf = (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
			float weight = boost * idf;
			float[] table = this.normInverses;
			return (freq, norm) -> weight - weight / (1f + freq * table[((byte) norm) & 0xFF]);
		}

		private static float[] normInverses(BM25Similarity bm25, CollectionStatistics statistics) {
			float k1 = bm25.getK1();
			float b = bm25.getB();
			float avgdl = (float) (statistics.sumTotalTermFreq() / (double) statistics.docCount());
			float[] table = new float[256];
			for (int i = 0; i < table.length; i++) {
				table[i] = 1f / (k1 * ((1 - b) + b * SmallFloat.byte4ToInt((byte) i) / avgdl));
			}
			return table;
		}

	}

}
