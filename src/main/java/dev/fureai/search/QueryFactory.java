package dev.fureai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import dev.fureai.content.Lang;

/**
 * Builds the Lucene query from analysed tokens only; customer text never meets a query
 * parser. Each Japanese field family (questions, title, body) is a
 * {@link DisjunctionMaxQuery} of its morphological and bigram fields, so the same words
 * matched twice do not count twice; families and the reading field are SHOULD clauses of
 * one boolean query. Token budgets keep even a maximal question under Lucene's 1024
 * clause limit: morphological fields take the first {@value #MORPH_TOKENS} tokens, bigram
 * and reading fields the first {@value #NGRAM_TERMS} distinct bigrams.
 */
final class QueryFactory {

	static final int MORPH_TOKENS = 100;

	static final int NGRAM_TERMS = 48;

	private final Analyzers analyzers;

	private final SearchProperties properties;

	QueryFactory(Analyzers analyzers, SearchProperties properties) {
		this.analyzers = analyzers;
		this.properties = properties;
	}

	/** The query, or {@code null} when no word of the text survives analysis. */
	Query build(String text, Set<Lang> languages) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (languages.contains(Lang.JA)) {
			add(query, japanese(text));
		}
		if (languages.contains(Lang.EN)) {
			add(query, english(text));
		}
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? null : built;
	}

	private Query japanese(String text) {
		Analyzer morph = new LimitTokenCountAnalyzer(this.analyzers.jaQuery(), MORPH_TOKENS);
		SearchProperties p = this.properties;
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		add(query, family(morph(morph, Fields.questions(Lang.JA), text, p.questionsBoost()),
				ngrams(Fields.QUESTIONS_BIGRAM, text, p.questionsBigramBoost())));
		add(query, family(morph(morph, Fields.title(Lang.JA), text, p.titleBoost()),
				ngrams(Fields.TITLE_BIGRAM, text, p.titleBigramBoost())));
		add(query, family(morph(morph, Fields.body(Lang.JA), text, p.bodyBoost()),
				ngrams(Fields.BODY_BIGRAM, text, p.bodyBigramBoost())));
		add(query, terms(this.analyzers.yomi(), Fields.YOMI, text, p.yomiBoost()));
		return query.build();
	}

	private Query english(String text) {
		Analyzer morph = new LimitTokenCountAnalyzer(this.analyzers.enQuery(), MORPH_TOKENS);
		SearchProperties p = this.properties;
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		add(query, morph(morph, Fields.questions(Lang.EN), text, p.questionsBoost()));
		add(query, morph(morph, Fields.title(Lang.EN), text, p.titleBoost()));
		add(query, morph(morph, Fields.body(Lang.EN), text, p.bodyBoost()));
		return query.build();
	}

	private Query family(Query morph, Query ngrams) {
		List<Query> members = new ArrayList<>(2);
		if (morph != null) {
			members.add(morph);
		}
		if (ngrams != null) {
			members.add(ngrams);
		}
		return members.isEmpty() ? null : new DisjunctionMaxQuery(members, this.properties.tieBreaker());
	}

	private static Query morph(Analyzer analyzer, String field, String text, float boost) {
		Query query = new QueryBuilder(analyzer).createBooleanQuery(field, text);
		return (query != null) ? new BoostQuery(query, boost) : null;
	}

	private Query ngrams(String field, String text, float boost) {
		return terms(this.analyzers.bigram(), field, text, boost, QueryFactory::isGrammar);
	}

	/**
	 * Bigrams of hiragana alone (した, ます, でき) are mostly grammar and match nearly every
	 * text; words typed in hiragana are the reading field's job.
	 */
	static boolean isGrammar(String bigram) {
		return bigram.chars().allMatch((c) -> c >= 'ぁ' && c <= 'ゖ');
	}

	private static Query terms(Analyzer analyzer, String field, String text, float boost) {
		return terms(analyzer, field, text, boost, (t) -> false);
	}

	private static Query terms(Analyzer analyzer, String field, String text, float boost,
			java.util.function.Predicate<String> skip) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (terms.size() < NGRAM_TERMS && stream.incrementToken()) {
				if (!skip.test(term.toString())) {
					terms.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (terms.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		terms.forEach((t) -> query.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
		return new BoostQuery(query.build(), boost);
	}

	private static void add(BooleanQuery.Builder query, Query clause) {
		if (clause instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
			return;
		}
		if (clause != null) {
			query.add(clause, Occur.SHOULD);
		}
	}

}
