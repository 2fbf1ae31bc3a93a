package dev.fureai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;

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
 * clause limit; the bigram budget is small because a long question's first 24 distinct
 * bigrams already cover what its words miss, and every bigram is three more posting lists
 * (measured: 48 → 24 leaves the dev figures within 0.001 and cuts the latency tail).
 */
final class QueryFactory {

	static final int MORPH_TOKENS = 100;

	static final int NGRAM_TERMS = 24;

	static final int EXPANSION_TERMS = 16;

	private final Analyzers analyzers;

	private final SearchProperties.Ranking ranking;

	private final Thesaurus thesaurus;

	QueryFactory(Analyzers analyzers, SearchProperties properties) {
		this.analyzers = analyzers;
		this.ranking = properties.ranking();
		// loaded here, when the engine is built, so the first customer's question does
		// not
		// pay for parsing the dictionary (about a second)
		this.thesaurus = (this.ranking.thesaurusBoost() > 0) ? Thesaurus.shared() : null;
	}

	/**
	 * The query against one searcher, or {@code null} when no word of the text survives
	 * analysis; each language's part also goes into {@code parts} when given.
	 */
	Query build(String text, Set<Lang> languages, Map<Lang, Query> parts, IndexSearcher searcher) {
		FieldQueries fields = new FieldQueries(searcher, this.ranking.tieBreaker());
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Lang lang : List.of(Lang.JA, Lang.EN)) {
			if (languages.contains(lang)) {
				Japanese japanese = (lang == Lang.JA) ? withRomaji(text, languages, fields) : null;
				Query part = (japanese != null) ? japanese.query() : english(text, fields);
				Query expansion = (japanese != null) ? expansion(japanese.phrasings(), fields) : null;
				Query searched = (expansion == null) ? part
						: new BooleanQuery.Builder().add(part, Occur.SHOULD).add(expansion, Occur.SHOULD).build();
				// the ceiling of the decision's coverage leaves expansions out: they
				// widen what may match, not what the question asked
				Query asked = (japanese != null) ? japanese.asked() : part;
				if (lang == Lang.JA && languages.contains(Lang.EN)
						&& !(part instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
					asked = boost(asked, this.ranking.latinJapaneseBoost());
					searched = boost(searched, this.ranking.latinJapaneseBoost());
				}
				if (add(query, searched) && parts != null) {
					parts.put(lang, asked);
				}
			}
		}
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? null : built;
	}

	/**
	 * Latin-only text may be Japanese typed with the input method off (ryoushuusho): its
	 * hiragana reading is searched as a question typed in kana, beside the text itself,
	 * which still finds product names and English terms in Japanese articles.
	 */
	private Japanese withRomaji(String text, Set<Lang> languages, FieldQueries fields) {
		Japanese asTyped = japanese(text, fields);
		if (!languages.contains(Lang.EN)) {
			return asTyped;
		}
		return Romaji.toHiragana(text).map((kana) -> japanese(kana, fields)).map((read) -> {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			add(query, asTyped.query());
			add(query, read.query());
			BooleanQuery.Builder phrasings = new BooleanQuery.Builder();
			add(phrasings, asTyped.phrasings());
			add(phrasings, read.phrasings());
			// what was asked is the reading: the romaji words as typed match nothing
			// Japanese and would only raise the ceiling
			return new Japanese(query.build(), phrasings.build(), read.query());
		}).orElse(asTyped);
	}

	/**
	 * The Japanese query, its part on the phrasings field (the question's words), and the
	 * part that sets the decision's ceiling.
	 */
	private record Japanese(Query query, Query phrasings, Query asked) {
	}

	private Japanese japanese(String text, FieldQueries fields) {
		SearchProperties.Ranking r = this.ranking;

		List<Query> morph = fields.perField(morphTokens(this.analyzers.jaQuery(), text),
				List.of(Fields.questions(Lang.JA), Fields.title(Lang.JA), Fields.body(Lang.JA)));
		List<Query> bigrams = fields.termsPerField(this.analyzers.bigram().tokenStream(Fields.BODY_BIGRAM, text),
				NGRAM_TERMS, QueryFactory::isGrammar,
				List.of(Fields.QUESTIONS_BIGRAM, Fields.TITLE_BIGRAM, Fields.BODY_BIGRAM));
		Query phrasings = bestOf(morph.get(0), morph.get(1));
		Query phrasingBigrams = bestOf(boost(bigrams.get(0), r.bigramBoost()), boost(bigrams.get(1), r.bigramBoost()));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		add(query, family(phrasings, phrasingBigrams));
		add(query, family(boost(morph.get(2), r.bodyBoost()), boost(bigrams.get(2), r.bodyBigramBoost())));
		if (typedInKana(text) && r.yomiBoost() > 0) {
			Query yomi = fields
				.termsPerField(this.analyzers.yomi().tokenStream(Fields.YOMI, text), NGRAM_TERMS, (t) -> false,
						List.of(Fields.YOMI))
				.get(0);
			add(query, boost(yomi, r.yomiBoost()));
		}
		Query built = query.build();
		return new Japanese(built, morph.get(0), built);
	}

	/**
	 * The thesaurus's synonyms of the question's words, on the phrasings and the section
	 * text at a low weight, {@code null} when off or nothing expands. The words are taken
	 * in the question's order, which decides which of them expand when there are more
	 * synonyms than {@link #EXPANSION_TERMS}.
	 */
	private Query expansion(Query phrasings, FieldQueries fields) {
		if (this.thesaurus == null || phrasings == null) {
			return null;
		}
		Set<String> words = new LinkedHashSet<>();
		termsInOrder(phrasings, words);
		List<String> synonyms = this.thesaurus.expand(words, EXPANSION_TERMS);
		if (synonyms.isEmpty()) {
			return null;
		}
		List<Query> expanded = fields.termsPerField(synonyms,
				List.of(Fields.questions(Lang.JA), Fields.title(Lang.JA), Fields.body(Lang.JA)));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		add(query, bestOf(expanded.get(0), expanded.get(1)));
		add(query, boost(expanded.get(2), this.ranking.bodyBoost()));
		return boost(query.build(), this.ranking.thesaurusBoost());
	}

	/**
	 * The texts of a query's terms in the order its clauses were added. Lucene's
	 * {@code visit} walks a boolean query's clauses out of hash sets, and terms hash with
	 * a seed drawn per process: the same question would expand differently, and rank
	 * differently, from one start of the server to the next.
	 */
	static void termsInOrder(Query query, Set<String> into) {
		switch (query) {
			case BooleanQuery bool -> bool.clauses().forEach((clause) -> termsInOrder(clause.query(), into));
			case BoostQuery boosted -> termsInOrder(boosted.getQuery(), into);
			case TermQuery term -> into.add(term.getTerm().text());
			case SynonymQuery synonyms -> synonyms.getTerms().forEach((term) -> into.add(term.text()));
			case PhraseQuery phrase -> Arrays.stream(phrase.getTerms()).forEach((term) -> into.add(term.text()));
			default -> {
				// other shapes (graph queries of multi-word synonyms) in a fixed order
				Set<String> sorted = new TreeSet<>();
				query.visit(new QueryVisitor() {
					@Override
					public void consumeTerms(Query leaf, Term... terms) {
						for (Term term : terms) {
							sorted.add(term.text());
						}
					}

					@Override
					public QueryVisitor getSubVisitor(Occur occur, Query parent) {
						return this;
					}
				});
				into.addAll(sorted);
			}
		}
	}

	private Query english(String text, FieldQueries fields) {
		List<Query> morph = fields.perField(morphTokens(this.analyzers.enQuery(), text),
				List.of(Fields.questions(Lang.EN), Fields.title(Lang.EN), Fields.body(Lang.EN)));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		add(query, bestOf(morph.get(0), morph.get(1)));
		add(query, boost(morph.get(2), this.ranking.englishBodyBoost()));
		return query.build();
	}

	private static TokenStream morphTokens(Analyzer analyzer, String text) {
		return new LimitTokenCountFilter(analyzer.tokenStream("query", text), MORPH_TOKENS);
	}

	private static Query boost(Query query, float boost) {
		return (query == null || boost <= 0) ? null : new BoostQuery(query, boost);
	}

	/**
	 * Below this share of hiragana among its letters a question is written the usual way:
	 * content words in kanji or katakana, grammar in hiragana.
	 */
	static final double KANA_SHARE = 0.9;

	/**
	 * Whether the question is typed in hiragana (mostly), which the dictionary cannot
	 * split reliably (ろぐいんできません), or all in katakana, which it reads as one unknown word
	 * (セイキュウショ, ｾｲｷｭｳｼｮ): then the reading bigrams find the words. A question mixing
	 * katakana loanwords with kanji or hiragana (パスワードを忘れた) is written the usual way.
	 * Latin words (product names, code, a stray tag) say nothing about how the Japanese
	 * was typed, so they are not counted: せいきゅうしょ script found nothing at all.
	 */
	static boolean typedInKana(String text) {
		int letters = 0;
		int hiragana = 0;
		int katakana = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
				letters++;
				hiragana += ((c >= 'ぁ' && c <= 'ゖ') || c == 'ー') ? 1 : 0;
				katakana += ((c >= 'ァ' && c <= 'ヺ') || c == 'ー' || (c >= 'ｦ' && c <= 'ﾟ')) ? 1 : 0;
			}
		}
		return letters > 0 && (hiragana >= KANA_SHARE * letters || katakana == letters);
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

	/**
	 * Bigrams of hiragana alone (した, ます, でき) are mostly grammar and match nearly every
	 * text; words typed in hiragana are the reading field's job.
	 */
	static boolean isGrammar(String bigram) {
		return bigram.chars().allMatch((c) -> c >= 'ぁ' && c <= 'ゖ');
	}

	private static boolean add(BooleanQuery.Builder query, Query clause) {
		if (clause == null || (clause instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
			return false;
		}
		query.add(clause, Occur.SHOULD);
		return true;
	}

}
