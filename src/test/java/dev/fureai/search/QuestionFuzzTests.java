package dev.fureai.search;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.fureai.content.Article;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.DictionaryFile;
import dev.fureai.content.Lang;
import dev.fureai.content.Section;
import dev.fureai.fuzzing.FuzzText;
import dev.fureai.fuzzing.HtmlSafety;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer text → query → answer, with whatever a customer can type. Seeds and findings:
 * {@code src/test/resources/dev/fureai/search/QuestionFuzzTestsInputs/<method>/}; how to
 * fuzz: docs/security-testing.md.
 */
class QuestionFuzzTests {

	private static final Lang[] LANGS = { null, Lang.JA, Lang.EN };

	private static final SearchEngine engine = SearchEngine.build(snapshot(), SearchProperties.defaults());

	@FuzzTest
	void search(byte[] input) {
		// One language per input, from its length: three searches per input would cost
		// the fuzzer two thirds of its speed for little new coverage.
		Lang lang = LANGS[input.length % LANGS.length];
		int k = 1 + input.length % 7;
		SearchResult result = engine.search(FuzzText.decode(input), lang, k);
		assertThat(result.hits()).hasSizeLessThanOrEqualTo(k);
		result.hits().forEach((hit) -> HtmlSafety.assertSafeSnippet(hit.snippet()));
	}

	@FuzzTest
	void suggest(byte[] input) {
		int k = 1 + input.length % 7;
		assertThat(engine.suggest(FuzzText.decode(input), k)).hasSizeLessThanOrEqualTo(k);
	}

	private static ContentSnapshot snapshot() {
		Map<String, Article> articles = new LinkedHashMap<>();
		for (Article article : List.of(
				article("login", Lang.JA, "ログインできないときは", List.of("ログインできません", "サインインに失敗する"),
						"パスワードを5回まちがえると、アカウントは30分ロックされます。時間をおいてから再度お試しください。", "二段階認証",
						"認証アプリの時刻がずれていると、コードが通りません。スマートフォンの時刻設定を「自動」にしてください。"),
				article("invoice", Lang.JA, "請求書と領収書", List.of("請求書を再発行したい", "領収書の宛名を変えたい"),
						"請求書は毎月1日に発行されます。宛名に <株式会社> や & を含めても、そのまま表示されます。", "支払い方法",
						"クレジットカードのほか、請求書払い（銀行振込）にも対応しています。"),
				article("csv", Lang.JA, "CSVで顧客を取り込む", List.of("顧客リストをインポートしたい"),
						"1行目は見出し行にしてください。\"会社名\",\"メール\" のように引用符で囲んだ値も読み込めます。", "文字コード",
						"UTF-8（BOMあり・なし）とShift_JISに対応しています。"),
				article("widget", Lang.JA, "チャットウィジェットを埋め込む", List.of("サイトにチャットを置きたい"),
						"<script> タグをコピーして、ページの </body> の直前に貼り付けます。", "表示されない場合",
						"広告ブロッカーが有効だと、ウィジェットが読み込まれないことがあります。"),
				article("export", Lang.EN, "Exporting your data", List.of("How do I export my projects?"),
						"Owners can export every project as CSV. Exports include tasks & comments <em>and</em> files.",
						"Limits", "Exports larger than 2 GB are split into several files."))) {
			articles.put(article.id(), article);
		}
		List<DictionaryFile> dictionaries = List.of(new DictionaryFile(Path.of("_search/synonyms.txt"), """
				ログイン,サインイン
				請求書,インボイス
				取り込む,インポート
				"""), new DictionaryFile(Path.of("_search/userdict.txt"), """
				二段階認証,二段階 認証,ニダンカイ ニンショウ,カスタム名詞
				"""));
		return new ContentSnapshot(Path.of("content"), 1, articles, dictionaries, List.of());
	}

	private static Article article(String id, Lang lang, String title, List<String> questions, String intro,
			String heading, String body) {
		return new Article(id, title, questions, "", List.of(), lang, List.of(),
				List.of(new Section("", null, "<p>intro</p>", intro), new Section("s", heading, "<p>s</p>", body)),
				Path.of(id + ".md"));
	}

}
