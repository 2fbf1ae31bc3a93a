package dev.fureai.search;

import java.io.StringReader;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.junit.jupiter.api.Test;

import dev.fureai.content.ContentProblem;
import dev.fureai.content.ContentSnapshot;

import static dev.fureai.search.AnalysisAssertions.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchDictionariesTests {

	@Test
	void shippedFixtureDictionariesAreClean() {
		assertThat(SearchDictionaries.check(Fixtures.snapshot())).isEmpty();
	}

	@Test
	void badUserDictionaryLinesAreReportedByLineAndSkipped() {
		String userDictionary = """
				# 製品名
				ハコブネX2,ハコブネ X2,ハコブネ エックスツー,カスタム名詞
				ハコブネ,ハコ ブネ ,ハコ,カスタム名詞
				ハコブネミニ,ハコブネ ミニ,ハコブネ ミニ
				タスクボード,タスク ボード,タスク ボード,カスタム名詞
				ハコブネ
				""";
		ContentSnapshot snapshot = Fixtures.snapshot(1, Fixtures.articles(), "", userDictionary);
		List<ContentProblem> problems = SearchDictionaries.check(snapshot);
		assertThat(problems).extracting(ContentProblem::line).containsExactly(3, 4, 6);
		assertThat(problems).allSatisfy((p) -> {
			assertThat(p.file()).isEqualTo(Path.of("_search/userdict.txt"));
			assertThat(p.messageJa()).startsWith("ユーザー辞書の行を読めません（").endsWith("）。この行は使いません");
			assertThat(p.message()).startsWith("cannot read the user dictionary line (")
				.endsWith("); this line is skipped");
		});
		assertThat(problems.get(0).messageJa()).contains("分割が 2 語なのに読みが 1 個です");
		assertThat(problems.get(0).message()).contains("2 segments but 1 reading)");
		assertThat(problems.get(1).messageJa()).contains("4 個");
		assertThat(problems.get(1).message()).contains("3 fields instead of the 4");
		assertThat(problems.get(2).message()).contains("(1 field instead of the 4");
		Dictionaries dictionaries = Dictionaries.load(snapshot);
		assertThat(terms(JaMorphAnalyzer.forIndex(dictionaries.userDictionary()), "タスクボードを開く")).startsWith("タスク",
				"ボード");
	}

	@Test
	void aRepeatedUserDictionaryEntryIsReportedNotFatal() {
		// Kuromoji refuses a surface twice with an UnsupportedOperationException, which
		// stopped check, and the service's start, on a line copied twice
		String userDictionary = """
				ハコブネX2,ハコブネ X2,ハコブネ エックスツー,カスタム名詞
				タスクボード,タスク ボード,タスク ボード,カスタム名詞
				ハコブネＸ２,ハコブネ Ｘ２,ハコブネ エックスツー,カスタム名詞
				""";
		ContentSnapshot snapshot = Fixtures.snapshot(1, Fixtures.articles(), "", userDictionary);

		assertThat(SearchDictionaries.check(snapshot)).extracting(ContentProblem::format)
			.containsExactly("_search/userdict.txt:3: ユーザー辞書の行を読めません（表層形「ハコブネx2」は 1 行目にもあります）。この行は使いません"
					+ " (cannot read the user dictionary line (the surface 'ハコブネx2' is on line 1 too); this line is skipped)");
		assertThat(terms(JaMorphAnalyzer.forIndex(Dictionaries.load(snapshot).userDictionary()), "タスクボードを開く"))
			.startsWith("タスク", "ボード");
	}

	@Test
	void userDictionaryEntriesAreNormalisedLikeTheText() {
		ContentSnapshot snapshot = Fixtures.snapshot(1, Fixtures.articles(), "", "ハコブネＸ２,ハコブネ Ｘ２,ハコブネ エックスツー,カスタム名詞\n");
		assertThat(SearchDictionaries.check(snapshot)).isEmpty();
		Dictionaries dictionaries = Dictionaries.load(snapshot);
		assertThat(terms(JaMorphAnalyzer.forIndex(dictionaries.userDictionary()), "ハコブネX2")).containsExactly("ハコブネ",
				"x2");
	}

	@Test
	void badSynonymRulesAreReportedByLineAndTheRestStillApply() {
		String synonyms = """
				解約,退会
				ログイン => 、
				=> 領収書
				sign in,log in
				""";
		List<ContentProblem> problems = SearchDictionaries
			.check(Fixtures.snapshot(1, Fixtures.articles(), synonyms, Fixtures.USER_DICTIONARY));
		assertThat(problems).extracting(ContentProblem::line).containsExactly(2, 3);
		assertThat(problems).allSatisfy((p) -> assertThat(p.file()).isEqualTo(Path.of("_search/synonyms.txt")));
		assertThat(problems.get(0).messageJa()).startsWith("同義語の規則を読めません（").endsWith("）。この行は使いません");
		assertThat(problems.get(0).message()).startsWith("cannot read the synonym rule (")
			.endsWith("); this line is skipped");
		assertThat(problems.get(1).format()).isEqualTo("_search/synonyms.txt:3: 同義語の規則を読めません（「=>」は 1 つだけ、左右に語を書いてください）。"
				+ "この行は使いません (cannot read the synonym rule (write one '=>' with words on both sides); this line is skipped)");
		SynonymsFile parsed = Dictionaries
			.load(Fixtures.snapshot(1, Fixtures.articles(), synonyms, Fixtures.USER_DICTIONARY))
			.synonyms();
		assertThat(terms(JaMorphAnalyzer.forQuery(null, parsed.japanese()), "退会")).contains("解約");
	}

	@Test
	void solrSynonymParserReportsTheLineOfABadRuleInAWholeFile() {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, new JaSynonymRuleAnalyzer(null));
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> parser.parse(new StringReader("解約,退会\n\nログイン => 、\n")))
			.withMessageContaining("line 3");
	}

	@Test
	void onReloadABrokenFileKeepsItsPreviousGoodVersion() {
		Dictionaries before = Dictionaries.load(Fixtures.snapshot());
		Dictionaries after = before.reload(Fixtures.snapshot(2, Fixtures.articles(), Fixtures.SYNONYMS + "=> 壊れた\n",
				Fixtures.USER_DICTIONARY + "壊れた,行\n"));
		assertThat(after.problems()).hasSize(2).allSatisfy((p) -> {
			assertThat(p.messageJa()).endsWith("。このファイルの変更は使わず、直前の正しい版を使い続けます");
			assertThat(p.message())
				.endsWith("; the change to this file is not used; its last good version stays in force");
		});
		assertThat(after.sameUserDictionary(before)).isTrue();
		assertThat(after.synonyms()).isSameAs(before.synonyms());
	}

	@Test
	void onReloadAGoodChangeTakesEffect() {
		Dictionaries before = Dictionaries.load(Fixtures.snapshot());
		Dictionaries after = before.reload(Fixtures.snapshot(2, Fixtures.articles(), "招待,追加\n", ""));
		assertThat(after.problems()).isEmpty();
		assertThat(after.sameUserDictionary(before)).isFalse();
		assertThat(terms(JaMorphAnalyzer.forQuery(after.userDictionary(), after.synonyms().japanese()), "追加"))
			.contains("招待");
	}

}
