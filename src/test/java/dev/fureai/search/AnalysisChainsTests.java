package dev.fureai.search;

import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.junit.jupiter.api.Test;

import dev.fureai.content.DictionaryFile;

import static dev.fureai.search.AnalysisAssertions.assertAnalyzesTo;
import static dev.fureai.search.AnalysisAssertions.terms;
import static org.assertj.core.api.Assertions.assertThat;

class AnalysisChainsTests {

	private static final UserDictionary USER_DICTIONARY = UserDictionaryFile
		.parse(new DictionaryFile(Path.of("_search/userdict.txt"), Fixtures.USER_DICTIONARY), Dictionaries.SKIPPED)
		.dictionary();

	private static final SynonymsFile SYNONYMS = SynonymsFile.parse(
			new DictionaryFile(Path.of("_search/synonyms.txt"), Fixtures.SYNONYMS), USER_DICTIONARY,
			Dictionaries.SKIPPED);

	private final Analyzer index = JaMorphAnalyzer.forIndex(USER_DICTIONARY);

	private final Analyzer query = JaMorphAnalyzer.forQuery(USER_DICTIONARY, SYNONYMS.japanese());

	@Test
	void colloquialQuestionKeepsContentWordsInBaseForm() {
		assertAnalyzesTo(this.index, "パスワードを忘れた場合はどうすればいいですか？", new String[] { "パスワード", "忘れる", "場合", "どう", "いい" },
				new int[] { 0, 6, 9, 12, 17 }, new int[] { 5, 8, 11, 14, 19 }, new int[] { 1, 2, 2, 2, 3 });
	}

	@Test
	void queryDropsConversationalFillersOnly() {
		assertAnalyzesTo(this.query, "パスワードを忘れた場合はどうすればいいですか？", new String[] { "パスワード", "忘れる", "場合" },
				new int[] { 0, 6, 9 }, new int[] { 5, 8, 11 }, new int[] { 1, 2, 2 });
		assertThat(terms(this.query, "解約の方法を教えてください")).contains("方法").doesNotContain("教える", "くださる");
	}

	@Test
	void fullWidthLatinIsNormalisedBeforeTokenizing() {
		assertAnalyzesTo(this.index, "ＰＡＳＳＷＯＲＤ　リセット", new String[] { "password", "リセット" }, new int[] { 0, 9 },
				new int[] { 8, 13 }, new int[] { 1, 1 });
	}

	@Test
	void halfWidthKatakanaIsOneWordWithOffsetsOnTheOriginal() {
		assertAnalyzesTo(this.index, "ﾛｸﾞｲﾝできません", new String[] { "ログイン" }, new int[] { 0 }, new int[] { 5 },
				new int[] { 1 });
	}

	@Test
	void katakanaLongVowelVariantsMeet() {
		assertAnalyzesTo(this.index, "ユーザーとユーザ", new String[] { "ユーザ", "ユーザ" }, new int[] { 0, 5 }, new int[] { 4, 8 },
				new int[] { 1, 2 });
	}

	@Test
	void userDictionaryKeepsProductNamesWhole() {
		assertAnalyzesTo(this.index, "ハコブネＸ２の設定", new String[] { "ハコブネ", "x2", "設定" }, new int[] { 0, 4, 7 },
				new int[] { 4, 6, 9 }, new int[] { 1, 1, 2 });
		assertThat(terms(JaMorphAnalyzer.forIndex(null), "ハコブネＸ２の設定")).doesNotContain("x2");
	}

	@Test
	void synonymsApplyToBaseFormsAtTheSamePosition() {
		assertAnalyzesTo(this.query, "定期便をやめたい", new String[] { "定期", "便", "解約", "退会", "やめる" },
				new int[] { 0, 2, 4, 4, 4 }, new int[] { 2, 3, 6, 6, 6 }, new int[] { 1, 1, 2, 0, 0 });
		assertThat(terms(this.index, "定期便をやめたい")).containsExactly("定期", "便", "やめる");
	}

	@Test
	void multiWordSynonymsFormAGraph() {
		SynonymsFile rules = SynonymsFile.parse(new DictionaryFile(Path.of("s"), "関西国際空港,関空\n"), null,
				Dictionaries.SKIPPED);
		Analyzer analyzer = JaMorphAnalyzer.forQuery(null, rules.japanese());
		assertAnalyzesTo(analyzer, "関空に行きたい", new String[] { "関西", "関空", "国際", "空港", "行く" },
				new int[] { 0, 0, 0, 0, 3 }, new int[] { 2, 2, 2, 2, 5 }, new int[] { 1, 0, 1, 1, 2 },
				new int[] { 1, 3, 1, 1, 1 });
	}

	@Test
	void hiraganaOnlyInputDefeatsTheMorphologicalChainButNotTheReading() {
		assertThat(terms(this.index, "ろぐいんできません")).doesNotContain("ログイン");
		Analyzer yomi = new YomiAnalyzer(new Readings(USER_DICTIONARY));
		assertThat(terms(yomi, "ろぐいん")).containsExactly("ログ", "グイ", "イン").isEqualTo(terms(yomi, "ログイン"));
	}

	@Test
	void readingOfKanjiAndKanaSpellingsIsTheSame() {
		Readings readings = new Readings(USER_DICTIONARY);
		assertThat(readings.of("解約方法")).isEqualTo("カイヤクホウホウ").isEqualTo(readings.of("かいやく方法"));
		assertThat(readings.of("問合せ")).isEqualTo(readings.of("問い合わせ"));
		Analyzer yomi = new YomiAnalyzer(readings);
		assertAnalyzesTo(yomi, "解約方法", new String[] { "カイ", "イヤ", "ヤク", "クホ", "ホウ", "ウホ", "ホウ" }, null, null,
				new int[] { 1, 1, 1, 1, 1, 1, 1 });
		assertThat(terms(yomi, "かいやく方法")).isEqualTo(terms(yomi, "解約方法"));
	}

	@Test
	void bigramsCoverVariantKanjiWithOffsets() {
		assertAnalyzesTo(new JaBigramAnalyzer(), "領収証とＡＢＣ", new String[] { "領収", "収証", "証と", "abc" },
				new int[] { 0, 1, 2, 4 }, new int[] { 2, 3, 4, 7 }, new int[] { 1, 1, 1, 1 });
	}

	@Test
	void englishIsStemmedAndGetsAsciiSynonymsAtQueryTime() {
		assertAnalyzesTo(EnAnalyzer.forIndex(), "Exporting the team's Projects",
				new String[] { "export", "team", "project" }, new int[] { 0, 14, 21 }, new int[] { 9, 20, 29 },
				new int[] { 1, 2, 1 });
		assertThat(terms(EnAnalyzer.forQuery(SYNONYMS.english()), "log in")).contains("log", "sign");
		assertThat(terms(EnAnalyzer.forIndex(), "log in")).containsExactly("log");
	}

	@Test
	void englishQueriesDropTheQuestionsFrameTitlesKeepIt() {
		assertThat(terms(EnAnalyzer.forQuery(SYNONYMS.english()), "How do I export my team's projects?"))
			.containsExactly("export", "team", "project");
		assertThat(terms(EnAnalyzer.forQuery(SYNONYMS.english()), "Where can I find the invoices?"))
			.containsExactly("where", "find", "invoic");
		assertThat(terms(EnAnalyzer.forIndex(), "How do I export my team's projects?")).containsExactly("how", "do",
				"i", "export", "my", "team", "project");
	}

}
