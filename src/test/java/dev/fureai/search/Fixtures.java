package dev.fureai.search;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fureai.content.Article;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.DictionaryFile;
import dev.fureai.content.Lang;
import dev.fureai.content.Section;

/**
 * A small help center for a fictional project management SaaS, ハコブネ, written for these
 * tests.
 */
final class Fixtures {

	static final String SYNONYMS = """
			# 問い合わせでよく使われる言い換え
			解約,退会,やめる
			ログイン,サインイン
			領収書,領収証,レシート
			sign in,log in
			""";

	static final String USER_DICTIONARY = """
			# 製品名
			ハコブネX2,ハコブネ X2,ハコブネ エックスツー,カスタム名詞
			""";

	private Fixtures() {
	}

	static ContentSnapshot snapshot() {
		return snapshot(1, articles(), SYNONYMS, USER_DICTIONARY);
	}

	static ContentSnapshot snapshot(long version, List<Article> articles, String synonyms, String userDictionary) {
		Map<String, Article> byId = new LinkedHashMap<>();
		articles.forEach((a) -> byId.put(a.id(), a));
		return new ContentSnapshot(Path.of("content"), version, byId,
				List.of(new DictionaryFile(Path.of("_search/synonyms.txt"), synonyms),
						new DictionaryFile(Path.of("_search/userdict.txt"), userDictionary)),
				List.of());
	}

	static List<Article> articles() {
		return List.of(
				ja("cancel", "解約方法", List.of("解約したい", "有料プランをやめるには？"), intro("有料プランの解約は、管理画面の「契約とお支払い」からいつでも手続きできます。"),
						section("before-cancel", "解約前に確認すること",
								"解約するとプロジェクトは読み取り専用になり、90日後に削除されます。必要なデータは先にエクスポートしてください。")),
				ja("password", "パスワードを忘れた場合", List.of("パスワードを忘れました", "ログインできない"),
						intro("ログイン画面の「パスワードをお忘れですか？」から再設定用のメールを送れます。メールが届かない場合は迷惑メールフォルダーを確認してください。")),
				ja("receipt", "領収書の発行", List.of("領収書がほしい", "請求書をダウンロードしたい"),
						intro("領収書は「契約とお支払い」の請求履歴から PDF でダウンロードできます。宛名は <会社名> の形式で変更できます。")),
				ja("sso", "シングルサインオン（SSO）の設定", List.of("SAMLでログインしたい"),
						intro("エンタープライズプランでは SAML 2.0 によるシングルサインオンを利用できます。"),
						section("okta", "Oktaとの連携", "Okta の管理画面でアプリを追加し、メタデータURLをハコブネに登録します。")),
				ja("invite", "ユーザーを招待する", List.of("メンバーを追加したい"),
						intro("プロジェクトの設定画面からメールアドレスを入力してユーザーを招待します。招待メールの有効期限は7日間です。")),
				ja("app", "ハコブネX2アプリのインストール", List.of("スマホで使いたい"),
						intro("ハコブネX2 は iPhone と Android に対応したモバイルアプリです。ストアで「ハコブネ」と検索してください。")),
				new Article("export-en", "Exporting your data", List.of("How do I export my projects?"), "", List.of(),
						Lang.EN, List.of(),
						List.of(intro(
								"Owners can export every project as CSV from Settings. Exports include tasks & comments.")),
						Path.of("export-en.md")));
	}

	static Article ja(String id, String title, List<String> questions, Section... sections) {
		return new Article(id, title, questions, "", List.of(), Lang.JA, List.of(), List.of(sections),
				Path.of(id + ".md"));
	}

	static Section intro(String text) {
		return new Section("", null, "<p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p>", text);
	}

	static Section section(String anchor, String heading, String text) {
		return new Section(anchor, heading, "<p>" + text + "</p>", text);
	}

}
