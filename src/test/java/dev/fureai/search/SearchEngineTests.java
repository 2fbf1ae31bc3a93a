package dev.fureai.search;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.fureai.content.Article;
import dev.fureai.content.Lang;
import dev.fureai.search.SearchResult.Status;

import static org.assertj.core.api.Assertions.assertThat;

class SearchEngineTests {

	private static final SearchEngine engine = SearchEngine.build(Fixtures.snapshot(), SearchProperties.defaults());

	@Test
	void emptyAndBlankQuestionsSearchNothing() {
		for (String question : new String[] { "", "   \n\t", null }) {
			SearchResult result = engine.search(question, null, 5);
			assertThat(result.status()).isEqualTo(Status.EMPTY);
			assertThat(result.question()).isEmpty();
			assertThat(result.hits()).isEmpty();
		}
	}

	@Test
	void overLongQuestionsAreCutAndSaySo() {
		SearchProperties properties = SearchProperties.defaults().withMaxQuestionLength(20);
		SearchEngine capped = SearchEngine.build(Fixtures.snapshot(), properties);
		SearchResult result = capped.search("領収書がほしい" + "あ".repeat(50), null, 3);
		assertThat(result.status()).isEqualTo(Status.TRUNCATED);
		assertThat(result.question()).hasSize(20).startsWith("領収書がほしい");
		assertThat(result.hits()).first().extracting(SearchHit::articleId).isEqualTo("receipt");
	}

	@Test
	void maximalQuestionsStayWithinLuceneClauseLimits() {
		String longest = "解約や領収書やパスワードやユーザー招待やアプリの設定について、".repeat(40).substring(0, 1000);
		assertThat(engine.search(longest, null, 5).status()).isEqualTo(Status.OK);
		assertThat(engine.search("password reset sso ".repeat(60).substring(0, 1000), null, 5).languages())
			.containsExactlyInAnyOrder(Lang.JA, Lang.EN);
	}

	@Test
	void punctuationOnlyFindsNothingWithoutFailing() {
		SearchResult result = engine.search("？？！！…", null, 5);
		assertThat(result.status()).isEqualTo(Status.OK);
		assertThat(result.hits()).isEmpty();
	}

	@Test
	void colloquialJapaneseFindsTheArticle() {
		assertThat(top("パスワードを忘れてしまいました")).isEqualTo("password");
		assertThat(top("有料プランをやめたいです")).isEqualTo("cancel");
		assertThat(top("メンバーを追加するには？")).isEqualTo("invite");
	}

	@Test
	void synonymsHiraganaAndWidthVariantsFindTheArticle() {
		assertThat(top("退会したい")).isEqualTo("cancel");
		assertThat(top("レシートがほしい")).isEqualTo("receipt");
		assertThat(top("領収証")).isEqualTo("receipt");
		assertThat(top("りょうしゅうしょ")).isEqualTo("receipt");
		assertThat(top("ろぐいんできません")).isEqualTo("password");
		// a reading in katakana, full or half width: one unknown word to the dictionary
		assertThat(top("リョウシュウショ")).isEqualTo("receipt");
		assertThat(top("ﾘｮｳｼｭｳｼｮ")).isEqualTo("receipt");
		// Latin words beside it do not change how the Japanese was typed
		assertThat(top("りょうしゅうしょ <script>")).isEqualTo("receipt");
		assertThat(top("ﾊﾟｽﾜｰﾄﾞ")).isEqualTo("password");
		assertThat(top("ハコブネＸ２")).isEqualTo("app");
	}

	@Test
	void romajiTypedWithTheInputMethodOffFindsTheArticle() {
		assertThat(top("ryoushuusho")).isEqualTo("receipt");
		assertThat(top("ryousyuusyo hosii")).isEqualTo("receipt");
		assertThat(top("pasuwa-do wasureta")).isEqualTo("password");
		AnswerDecision romaji = engine.search("ryoushuusho", null, 5).decision();
		AnswerDecision kana = engine.search("りょうしゅうしょ", null, 5).decision();
		assertThat(romaji.coverage()).as("decided like the same question typed in kana")
			.isCloseTo(kana.coverage(), org.assertj.core.api.Assertions.within(0.01));
		assertThat(romaji.kind()).isEqualTo(kana.kind());
		assertThat(engine.search("export projects", null, 5).hits()).as("English is not read as romaji")
			.first()
			.extracting(SearchHit::articleId)
			.isEqualTo("export-en");
	}

	@Test
	void scriptDecidesTheLanguages() {
		assertThat(engine.search("解約", null, 5).languages()).containsExactly(Lang.JA);
		SearchResult latin = engine.search("SAML", null, 5);
		assertThat(latin.languages()).containsExactlyInAnyOrder(Lang.JA, Lang.EN);
		assertThat(latin.hits()).first().extracting(SearchHit::articleId).isEqualTo("sso");
		assertThat(engine.search("export projects", null, 5).hits()).first()
			.extracting(SearchHit::articleId)
			.isEqualTo("export-en");
	}

	@Test
	void anExplicitLanguageRestrictsTheSearch() {
		assertThat(engine.search("SAML", Lang.EN, 5).hits()).isEmpty();
		SearchResult english = engine.search("How can I export my data?", Lang.EN, 5);
		assertThat(english.languages()).isEqualTo(Set.of(Lang.EN));
		assertThat(english.hits()).extracting(SearchHit::articleId).containsExactly("export-en");
		// Japanese articles only: the thesaurus may find one written with エクスポート
		assertThat(engine.search("export", Lang.JA, 5).hits()).extracting(SearchHit::lang).doesNotContain(Lang.EN);
		assertThat(engine.search("export", Lang.JA, 5).hits()).extracting(SearchHit::articleId)
			.doesNotContain("export-en");
	}

	@Test
	void oneHitPerArticleWithItsBestSection() {
		SearchResult result = engine.search("解約したらデータは削除されますか", null, 10);
		List<String> ids = result.hits().stream().map(SearchHit::articleId).toList();
		assertThat(ids).doesNotHaveDuplicates().first().isEqualTo("cancel");
		SearchHit best = result.hits().get(0);
		assertThat(best.address()).isEqualTo("cancel#before-cancel");
		assertThat(best.sectionHeading()).isEqualTo("解約前に確認すること");
		assertThat(best.title()).isEqualTo("解約方法");
		assertThat(best.html()).startsWith("<p>");
	}

	@Test
	void kLimitsTheHits() {
		assertThat(engine.search("設定", null, 1).hits()).hasSize(1);
		assertThat(engine.search("設定", null, 0).hits()).isEmpty();
	}

	@Test
	void snippetsMarkMatchesAndEscapeTheContent() {
		SearchHit hit = engine.search("会社名", null, 1).hits().get(0);
		assertThat(hit.articleId()).isEqualTo("receipt");
		assertThat(hit.snippet()).contains("&lt;<mark>会社名</mark>&gt;").doesNotContain("<会社名>");
		SearchHit english = engine.search("tasks comments", Lang.EN, 1).hits().get(0);
		assertThat(english.snippet()).contains("<mark>tasks</mark> &amp; <mark>comments</mark>");
	}

	@Test
	void snippetsMarkWholeWordsAndNotGrammar() {
		SearchHit hit = engine.search("パスワードを忘れた", null, 1).hits().get(0);
		assertThat(hit.snippet()).contains("<mark>パスワード</mark>をお<mark>忘れ</mark>")
			.doesNotContain("<mark>を")
			.doesNotContain("<mark>た");
	}

	/**
	 * A section only bigrams match is marked from its text analysed again (the bigram
	 * field keeps no offsets): at the original characters, through the normaliser's width
	 * and length changes (ﾄﾞ is one character after NFKC).
	 */
	@Test
	void snippetsMarkBigramOnlyMatchesAtTheOriginalText() {
		Article product = Fixtures.ja("product", "製品の紹介", List.of("製品について"),
				Fixtures.intro("ﾌﾚｱｸﾗｳﾄﾞは、ｼｮｰﾄｶｯﾄｷｰでも操作できます。"));
		SearchEngine small = SearchEngine.build(Fixtures.snapshot(1, List.of(product), "", ""),
				SearchProperties.defaults());
		SearchHit hit = small.search("カット", null, 1).hits().get(0);
		assertThat(hit.articleId()).isEqualTo("product");
		assertThat(hit.snippet()).contains("ｼｮｰﾄ<mark>ｶｯﾄ</mark>ｷｰでも");
	}

	@Test
	void suggestionsCompleteKanjiKanaAndRomajiPrefixes() {
		for (String prefix : new String[] { "解約", "かいや", "kaiy", "ｶｲﾔ" }) {
			assertThat(engine.suggest(prefix, 5)).as(prefix).first().isEqualTo(new Suggestion("解約方法", "cancel"));
		}
		assertThat(engine.suggest("りょうしゅ", 5)).extracting(Suggestion::articleId).containsOnly("receipt");
		assertThat(engine.suggest("pasuwa", 5)).extracting(Suggestion::text)
			.containsExactly("パスワードを忘れた場合", "パスワードを忘れました");
		assertThat(engine.suggest("Exp", 5)).extracting(Suggestion::articleId).contains("export-en");
	}

	@Test
	void suggestionsAreDistinctAndLimited() {
		List<Suggestion> suggestions = engine.suggest("ろぐ", 1);
		assertThat(suggestions).hasSize(1);
		assertThat(engine.suggest("ろぐいん", 8)).extracting(Suggestion::text).doesNotHaveDuplicates();
	}

	@Test
	void blankPrefixSuggestsNothing() {
		assertThat(engine.suggest("", 5)).isEmpty();
		assertThat(engine.suggest("  ", 5)).isEmpty();
		assertThat(engine.suggest(null, 5)).isEmpty();
	}

	@Test
	void termsAreTheBaseFormsTheSearchUsesWithSynonymsAndWithoutFillers() {
		assertThat(engine.terms("パスワードを忘れてしまいました")).containsExactly("しまう", "パスワード", "忘れる");
		assertThat(engine.terms("パスワードを忘れた場合はどうすればいいですか？")).contains("パスワード", "忘れる", "場合")
			.doesNotContain("を", "どう", "いい");
		// the writers' synonyms: 解約,退会,やめる
		assertThat(engine.terms("退会したいです")).contains("解約", "退会", "やめる");
		assertThat(engine.terms("ﾊﾟｽﾜｰﾄﾞ")).containsExactly("パスワード");
		assertThat(engine.terms("How do I reset my password?")).contains("password", "reset");
		assertThat(engine.terms("  ")).isEmpty();
		assertThat(engine.terms(null)).isEmpty();
	}

	/**
	 * A word with a multi-word synonym (請求書 → 請求 書 | インボイス) counts once, by its best
	 * reading, however many of its readings an article names.
	 */
	@Test
	void aWordAndItsSynonymsCountAsOneWord() {
		List<dev.fureai.content.Article> articles = List.of(
				Fixtures.ja("download", "請求書をダウンロードする", List.of(),
						Fixtures.intro("請求書は管理画面の請求履歴からPDFでダウンロードできます。請求書は毎月1日に発行され、すべての請求書を何度でもダウンロードできます。")),
				Fixtures.ja("invoice", "インボイス制度（適格請求書）への対応について", List.of(),
						Fixtures.intro("発行する請求書はインボイス制度の適格請求書の記載事項を満たしています。ダウンロードしたPDFを保管してください。")),
				Fixtures.ja("password", "パスワードを変更する", List.of(), Fixtures.intro("パスワードは個人設定から変更できます。")),
				Fixtures.ja("invite", "メンバーを招待する", List.of(), Fixtures.intro("メンバーは管理画面から招待できます。")));
		SearchEngine billing = SearchEngine.build(Fixtures.snapshot(1, articles, "請求書,インボイス\n", ""),
				SearchProperties.defaults());
		List<SearchHit> hits = billing.search("請求書をダウンロードしたい", null, 2).hits();
		assertThat(hits).extracting(SearchHit::articleId).containsExactly("download", "invoice");
		// summed (Lucene's default), the invoice article's 請求書 and インボイス brought it
		// close to the article that matches both words of the question
		assertThat(hits.get(1).score()).isLessThan(0.8f * hits.get(0).score());
		// but the word asked for still counts more than its synonym
		assertThat(billing.search("インボイス", null, 2).hits()).first()
			.extracting(SearchHit::articleId)
			.isEqualTo("invoice");
	}

	private static String top(String question) {
		List<SearchHit> hits = engine.search(question, null, 3).hits();
		assertThat(hits).as(question).isNotEmpty();
		return hits.get(0).articleId();
	}

}
