package dev.fureai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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
 * parser. The query has one SHOULD clause per language, so {@link MaxScore} can tell the
 * best an article of the top hit's language could score.
 * <p>
 * An article's title and {@code questions:} are alternative phrasings of one question:
 * only the best-matching one counts (a {@link DisjunctionMaxQuery} without tie), so an
 * article whose title repeats its question does not score twice. The section text is a
 * second, equally important clause: customers use the answer's words as often as the
 * question's. The morphological and bigram matches of one text are a dis-max family, so
 * the same words matched twice count little more than once. The reading field joins only
 * for {@link #typedInKana questions typed in kana}: on ordinary questions its bigrams of
 * grammar endings are noise. Token budgets keep a maximal question under Lucene's 1024
 * clause limit.
 */
final class QueryFactory {

	static final int MORPH_TOKENS = 100;

	static final int NGRAM_TERMS = 48;

	private final Analyzers analyzers;

	private final SearchProperties.Ranking ranking;

	QueryFactory(Analyzers analyzers, SearchProperties properties) {
		this.analyzers = analyzers;
		this.ranking = properties.ranking();
	}

	/** The query, or {@code null} when no word of the text survives analysis. */
	Query build(String text, Set<Lang> languages) {
		return build(text, languages, null);
	}

	/**
	 * The query; each language's part also goes into {@code parts} when given.
	 */
	Query build(String text, Set<Lang> languages, Map<Lang, Query> parts) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Lang lang : List.of(Lang.JA, Lang.EN)) {
			if (languages.contains(lang)) {
				Query part = (lang == Lang.JA) ? japanese(text) : english(text);
				if (add(query, part) && parts != null) {
					parts.put(lang, part);
				}
			}
		}
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? null : built;
	}

	private Query japanese(String text) {
		Analyzer morph = new LimitTokenCountAnalyzer(this.analyzers.jaQuery(), MORPH_TOKENS);
		SearchProperties.Ranking r = this.ranking;
		Query phrasings = bestOf(morph(morph, Fields.questions(Lang.JA), text, 1),
				morph(morph, Fields.title(Lang.JA), text, 1));
		Query phrasingBigrams = bestOf(ngrams(Fields.QUESTIONS_BIGRAM, text, r.bigramBoost()),
				ngrams(Fields.TITLE_BIGRAM, text, r.bigramBoost()));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		add(query, family(phrasings, phrasingBigrams));
		add(query, family(morph(morph, Fields.body(Lang.JA), text, r.bodyBoost()),
				ngrams(Fields.BODY_BIGRAM, text, r.bodyBigramBoost())));
		if (typedInKana(text)) {
			add(query, terms(this.analyzers.yomi(), Fields.YOMI, text, r.yomiBoost(), (t) -> false));
		}
		return query.build();
	}

	private Query english(String text) {
		Analyzer morph = new LimitTokenCountAnalyzer(this.analyzers.enQuery(), MORPH_TOKENS);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		add(query,
				bestOf(morph(morph, Fields.questions(Lang.EN), text, 1), morph(morph, Fields.title(Lang.EN), text, 1)));
		add(query, morph(morph, Fields.body(Lang.EN), text, this.ranking.englishBodyBoost()));
		return query.build();
	}

	/**
	 * Below this share of hiragana among its letters a question is written the usual way:
	 * content words in kanji or katakana, grammar in hiragana.
	 */
	static final double KANA_SHARE = 0.9;

	/**
	 * Whether the question is typed in hiragana (mostly), which the dictionary cannot
	 * split reliably (ろぐいんできません): then the reading bigrams find the words.
	 */
	static boolean typedInKana(String text) {
		int letters = 0;
		int hiragana = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				hiragana += ((c >= 'ぁ' && c <= 'ゖ') || c == 'ー') ? 1 : 0;
			}
		}
		return letters > 0 && hiragana >= KANA_SHARE * letters;
	}

	private Query family(Query morph, Query ngrams) {
		List<Query> members = present(morph, ngrams);
		return members.isEmpty() ? null : new DisjunctionMaxQuery(members, this.ranking.tieBreaker());
	}

	private static Query bestOf(Query... alternatives) {
		List<Query> members = present(alternatives);
		return members.isEmpty() ? null : new DisjunctionMaxQuery(members, 0);
	}

	private static List<Query> present(Query... queries) {
		List<Query> members = new ArrayList<>(queries.length);
		for (Query query : queries) {
			if (query != null) {
				members.add(query);
			}
		}
		return members;
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

	private static Query terms(Analyzer analyzer, String field, String text, float boost, Predicate<String> skip) {
		if (boost <= 0) {
			return null;
		}
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

	private static boolean add(BooleanQuery.Builder query, Query clause) {
		if (clause == null || (clause instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
			return false;
		}
		query.add(clause, Occur.SHOULD);
		return true;
	}

}
