package dev.fureai.chat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fureai.content.Article;
import dev.fureai.content.Articles;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.Lang;
import dev.fureai.content.Section;
import dev.fureai.search.Search;
import dev.fureai.search.SearchHit;
import dev.fureai.search.SearchResult;
import dev.fureai.search.Suggestion;

/**
 * For tests without Spring: a few fixed articles and a deliberately simple search (shared
 * character bigrams of the question and an article's title and questions), so chat tests
 * know exactly which question answers, clarifies or finds nothing.
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

	record BigramSearch(ContentSnapshot snapshot) implements Search {

		@Override
		public SearchResult search(String question, Lang lang, int k) {
			List<SearchHit> hits = new ArrayList<>();
			for (Article article : this.snapshot.articles().values()) {
				String text = article.title() + " " + String.join(" ", article.questions());
				long shared = bigrams(question).stream().filter(text::contains).count();
				if (shared > 0) {
					Section intro = article.sections().getFirst();
					hits.add(
							new SearchHit(article.id(), "", article.title(), null, shared, intro.text(), intro.html()));
				}
			}
			hits.sort(Comparator.comparingDouble((SearchHit h) -> h.score()).reversed());
			return new SearchResult(question, SearchResult.Status.OK, Set.of(Lang.JA),
					hits.subList(0, Math.min(k, hits.size())));
		}

		@Override
		public List<Suggestion> suggest(String prefix, int k) {
			return this.snapshot.articles()
				.values()
				.stream()
				.filter((a) -> !prefix.isBlank() && a.title().contains(prefix))
				.limit(k)
				.map((a) -> new Suggestion(a.title(), a.id()))
				.toList();
		}

		private static Set<String> bigrams(String text) {
			Set<String> grams = new java.util.HashSet<>();
			for (int i = 0; i + 2 <= text.length(); i++) {
				grams.add(text.substring(i, i + 2));
			}
			return grams;
		}

	}

}
