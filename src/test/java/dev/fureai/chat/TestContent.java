package dev.fureai.chat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fureai.content.Article;
import dev.fureai.content.Articles;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.Lang;
import dev.fureai.content.Section;
import dev.fureai.search.Search;
import dev.fureai.search.SearchEngine;
import dev.fureai.search.SearchProperties;

/**
 * For tests without Spring: a few fixed articles, searched by the real search pipeline.
 */
final class TestContent {

	static final String XSS = "<img src=x onerror=window.pwned=1>";

	static final ContentSnapshot SNAPSHOT = snapshot(
			article("billing-invoice-download", "請求書をダウンロードする", List.of("請求書をダウンロードしたい"), List.of("billing-receipt")),
			article("billing-receipt", "領収書を発行する", List.of("領収書がほしい"), List.of()),
			article("login-password-reset", "パスワードを忘れたとき", List.of("パスワードを再設定したい"), List.of()),
			article("login-password-change", "パスワードを変更する", List.of("パスワードを変えたい"), List.of()),
			article("xss-canary", "表示テスト " + XSS, List.of("表示テストの記事"), List.of()));

	private TestContent() {
	}

	static Articles articles() {
		return () -> SNAPSHOT;
	}

	static Article article(String id, String title, List<String> questions, List<String> related) {
		List<Section> sections = List.of(new Section("", null, "<p>" + title + "の手順です。</p>", title + "の手順です。"),
				new Section("details", "詳しい手順", "<ol><li>管理設定を開きます。</li></ol>", "管理設定を開きます。"));
		return new Article(id, title, questions, "test", List.of(), Lang.JA, related, sections, Path.of(id + ".md"));
	}

	static ContentSnapshot snapshot(Article... articles) {
		Map<String, Article> byId = new LinkedHashMap<>();
		for (Article article : articles) {
			byId.put(article.id(), article);
		}
		return new ContentSnapshot(Path.of("content"), 1, byId, List.of(), List.of());
	}

	/** The real search pipeline over the fixed articles. */
	static Search search() {
		return SearchEngine.build(SNAPSHOT, SearchProperties.defaults());
	}

}
