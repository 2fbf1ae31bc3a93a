package dev.fureai.search;

import java.io.IOException;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The highest score one article could reach for a query from {@link QueryFactory}: each
 * term at its BM25 ceiling ({@code boost × idf}, the limit as its frequency grows),
 * summed over SHOULD clauses, the best of a dis-max plus its tie share, and the best of
 * the top-level language alternatives (an article has one language). Words the index
 * never saw count at the idf of a term in one document, so a question about things the
 * help center does not cover has a high ceiling and a low coverage.
 */
final class MaxScore {

	private MaxScore() {
	}

	static double of(IndexSearcher searcher, Query query) throws IOException {
		return ceiling(searcher, query);
	}

	private static double ceiling(IndexSearcher searcher, Query query) throws IOException {
		if (query instanceof BoostQuery boosted) {
			return boosted.getBoost() * ceiling(searcher, boosted.getQuery());
		}
		if (query instanceof BooleanQuery bool) {
			double sum = 0;
			for (BooleanClause clause : bool.clauses()) {
				if (clause.occur() != BooleanClause.Occur.MUST_NOT && clause.occur() != BooleanClause.Occur.FILTER) {
					sum += ceiling(searcher, clause.query());
				}
			}
			return sum;
		}
		if (query instanceof DisjunctionMaxQuery dismax) {
			double max = 0;
			double sum = 0;
			for (Query member : dismax.getDisjuncts()) {
				double c = ceiling(searcher, member);
				max = Math.max(max, c);
				sum += c;
			}
			return max + dismax.getTieBreakerMultiplier() * (sum - max);
		}
		if (query instanceof TermQuery term) {
			TermStates states = term.getTermStates();
			return idf(searcher, term.getTerm(), (states != null) ? states.docFreq() : -1);
		}
		if (query instanceof SynonymQuery synonyms) {
			double max = 0;
			for (Term term : synonyms.getTerms()) {
				max = Math.max(max, idf(searcher, term, -1));
			}
			return max;
		}
		return 0;
	}

	/** {@code knownDocFreq} below 0 means: look it up. */
	private static double idf(IndexSearcher searcher, Term term, int knownDocFreq) throws IOException {
		CollectionStatistics field = searcher.collectionStatistics(term.field());
		long docCount = (field != null) ? field.docCount() : 0;
		long docFreq = Math.max(1, (knownDocFreq >= 0) ? knownDocFreq : searcher.getIndexReader().docFreq(term));
		docCount = Math.max(docCount, docFreq);
		return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
	}

}
