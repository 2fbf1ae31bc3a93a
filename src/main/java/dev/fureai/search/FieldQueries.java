package dev.fureai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds one query's per-field clauses against one searcher. A question is analysed once
 * per chain and the same tokens become the query of every field that chain serves
 * (replayed through {@link QueryBuilder}, so synonym graphs stay graph queries). Each
 * term's statistics are looked up once and travel with its {@link TermQuery}: scoring and
 * {@link MaxScore} then need no second dictionary lookup.
 */
final class FieldQueries extends QueryBuilder {

	private final IndexSearcher searcher;

	private final Map<Term, TermStates> states = new HashMap<>();

	private final Map<String, TermsEnum[]> enums = new HashMap<>();

	private final float synonymTie;

	/**
	 * @param synonymTie the share of a word's other readings counted beside its best one
	 * (see {@link #newGraphSynonymQuery})
	 */
	FieldQueries(IndexSearcher searcher, float synonymTie) {
		super(null);
		this.searcher = searcher;
		this.synonymTie = synonymTie;
	}

	/**
	 * The OR query of the analysed tokens on each field, {@code null} where nothing is
	 * left; the stream is consumed and closed.
	 */
	List<Query> perField(TokenStream tokens, List<String> fields) {
		List<Query> queries = new ArrayList<>(fields.size());
		try (CachingTokenFilter cached = new CachingTokenFilter(tokens)) {
			for (String field : fields) {
				queries.add(createFieldQuery(cached, Occur.SHOULD, field, false, 0));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return queries;
	}

	/**
	 * Distinct terms of a stream (at most {@code max}, skipping some), as a flat OR query
	 * per field: for n-gram chains, whose tokens are all alternatives of equal standing.
	 */
	List<Query> termsPerField(TokenStream tokens, int max, Predicate<String> skip, List<String> fields) {
		Set<String> terms = new LinkedHashSet<>();
		try (tokens) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (terms.size() < max && tokens.incrementToken()) {
				if (!skip.test(term.toString())) {
					terms.add(term.toString());
				}
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return termsPerField(terms, fields);
	}

	/** Given terms as a flat OR query per field ({@code null} where there are none). */
	List<Query> termsPerField(Collection<String> terms, List<String> fields) {
		List<Query> queries = new ArrayList<>(fields.size());
		for (String field : fields) {
			if (terms.isEmpty()) {
				queries.add(null);
				continue;
			}
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			terms.forEach((t) -> query.add(newTermQuery(new Term(field, t), 1), Occur.SHOULD));
			queries.add(query.build());
		}
		return queries;
	}

	/**
	 * The readings of a word with a multi-word synonym (請求書 | インボイス, analysed as 請求 書 or
	 * インボイス) are alternatives of one word: the best counts, the others only by the tie,
	 * as the morphological and bigram matches of one text do. Lucene sums them, so an
	 * article naming both (「インボイス制度（適格請求書）」) scored the one word twice and came within 6
	 * % of the article matching every word of 請求書をダウンロードしたい. Without a tie, an article
	 * naming only the other reading would outrank the one about the word asked for.
	 */
	@Override
	protected Query newGraphSynonymQuery(Iterator<Query> queries) {
		List<Query> alternatives = new ArrayList<>();
		queries.forEachRemaining(alternatives::add);
		return (alternatives.size() == 1) ? alternatives.get(0)
				: new DisjunctionMaxQuery(alternatives, this.synonymTie);
	}

	@Override
	protected Query newTermQuery(Term term, float boost) {
		Query query = new TermQuery(term, states(term));
		return (boost == 1) ? query : new BoostQuery(query, boost);
	}

	/**
	 * Like {@link TermStates#build}, but with one terms enumeration per field and segment
	 * for all the query's terms, where {@code build} opens one per term.
	 */
	private TermStates states(Term term) {
		TermStates cached = this.states.get(term);
		if (cached != null) {
			return cached;
		}
		try {
			IndexReaderContext top = this.searcher.getTopReaderContext();
			TermStates states = new TermStates(top);
			TermsEnum[] perLeaf = this.enums.computeIfAbsent(term.field(), (f) -> new TermsEnum[top.leaves().size()]);
			for (LeafReaderContext leaf : top.leaves()) {
				if (perLeaf[leaf.ord] == null) {
					perLeaf[leaf.ord] = open(leaf, term);
				}
				TermsEnum terms = perLeaf[leaf.ord];
				if (terms != null && terms.seekExact(term.bytes())) {
					states.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
				}
			}
			this.states.put(term, states);
			return states;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TermsEnum open(LeafReaderContext leaf, Term term) {
		try {
			Terms terms = Terms.getTerms(leaf.reader(), term.field());
			return terms.iterator();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
