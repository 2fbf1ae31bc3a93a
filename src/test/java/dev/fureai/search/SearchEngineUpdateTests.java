package dev.fureai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.fureai.content.Article;
import dev.fureai.content.ContentChanged;
import dev.fureai.content.ContentSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SearchEngineUpdateTests {

	private final SearchEngine engine = SearchEngine.build(Fixtures.snapshot(), SearchProperties.defaults());

	@Test
	void changedAndRemovedArticlesAreVisibleAfterTheEvent() {
		List<Article> articles = new ArrayList<>(Fixtures.articles());
		articles.removeIf((a) -> a.id().equals("app"));
		articles.add(Fixtures.ja("stocktake", "棚卸しの手順", List.of("在庫を数えたい"), Fixtures.intro("月末に在庫数を入力します。")));
		ContentSnapshot next = Fixtures.snapshot(2, articles, Fixtures.SYNONYMS, Fixtures.USER_DICTIONARY);

		this.engine.apply(new ContentChanged(next, Set.of("stocktake"), Set.of("app"), false));

		assertThat(this.engine.search("在庫", null, 5).hits()).extracting(SearchHit::articleId)
			.containsExactly("stocktake");
		assertThat(this.engine.search("ハコブネX2", null, 5).hits()).extracting(SearchHit::articleId).doesNotContain("app");
		assertThat(this.engine.suggest("たなお", 5)).extracting(Suggestion::articleId).containsExactly("stocktake");
		assertThat(this.engine.suggest("ハコブネX2", 5)).isEmpty();
	}

	/**
	 * An incremental change must leave the statistics as a full build over the new
	 * content gives them: scores and the decision's coverage (which reads document
	 * frequencies) after the change are those of an engine built from scratch.
	 */
	@Test
	void scoresAfterAChangeAreThoseOfTheNewContent() {
		List<Article> articles = new ArrayList<>(Fixtures.articles());
		articles.add(Fixtures.ja("stocktake", "棚卸しの手順", List.of("在庫を数えたい"), Fixtures.intro("月末に在庫数を入力します。")));
		this.engine
			.apply(new ContentChanged(Fixtures.snapshot(2, articles, Fixtures.SYNONYMS, Fixtures.USER_DICTIONARY),
					Set.of("stocktake"), Set.of(), false));
		float alone = this.engine.search("在庫を数えたい", null, 1).hits().get(0).score();

		articles.add(Fixtures.ja("count", "在庫の数え方", List.of("在庫を確認したい"), Fixtures.intro("在庫数は一覧で確認できます。")));
		ContentSnapshot next = Fixtures.snapshot(3, articles, Fixtures.SYNONYMS, Fixtures.USER_DICTIONARY);
		this.engine.apply(new ContentChanged(next, Set.of("count"), Set.of(), false));

		SearchResult changed = this.engine.search("在庫を数えたい", null, 5);
		SearchResult fresh = SearchEngine.build(next, SearchProperties.defaults()).search("在庫を数えたい", null, 5);
		assertThat(changed.hits()).extracting(SearchHit::articleId, SearchHit::score)
			.isEqualTo(fresh.hits().stream().map((h) -> tuple(h.articleId(), h.score())).toList());
		assertThat(changed.decision().coverage()).isEqualTo(fresh.decision().coverage());
		assertThat(changed.hits().get(0).score()).isNotEqualTo(alone);
	}

	@Test
	void newSynonymsApplyWithoutReindexing() {
		assertThat(this.engine.search("棚卸し", null, 5).hits()).isEmpty();
		ContentSnapshot next = Fixtures.snapshot(2, Fixtures.articles(), Fixtures.SYNONYMS + "招待,棚卸し\n",
				Fixtures.USER_DICTIONARY);

		this.engine.apply(new ContentChanged(next, Set.of(), Set.of(), true));

		assertThat(this.engine.search("棚卸し", null, 5).hits()).first()
			.extracting(SearchHit::articleId)
			.isEqualTo("invite");
		assertThat(this.engine.problems()).isEmpty();
	}

	@Test
	void aNewUserDictionaryRebuildsTheIndex() {
		List<Article> articles = new ArrayList<>(Fixtures.articles());
		articles.add(Fixtures.ja("board", "タスクボードの使い方", List.of(), Fixtures.intro("タスクボードでは作業を列ごとに並べます。")));
		this.engine.apply(new ContentChanged(Fixtures.snapshot(2, articles, "", ""), Set.of("board"), Set.of(), true));
		// not ボード alone: a question all in katakana is also searched by its reading
		SearchHit before = this.engine.search("ボードを使う", null, 1).hits().get(0);
		assertThat(before.articleId()).isEqualTo("board");

		this.engine.apply(new ContentChanged(Fixtures.snapshot(3, articles, "", "タスクボード,タスクボード,タスクボード,カスタム名詞\n"),
				Set.of(), Set.of(), true));

		assertThat(this.engine.search("タスクボード", null, 5).hits()).first()
			.extracting(SearchHit::articleId)
			.isEqualTo("board");
		// タスクボード is one word now: ボード alone only meets its bigrams
		SearchHit after = this.engine.search("ボードを使う", null, 1).hits().get(0);
		assertThat(after.articleId()).isEqualTo("board");
		assertThat(after.score()).isLessThan(before.score() / 2);
	}

	@Test
	void aBrokenDictionaryEditKeepsThePreviousVersionAndIsReported() {
		ContentSnapshot next = Fixtures.snapshot(2, Fixtures.articles(), "=> 退会\n", Fixtures.USER_DICTIONARY);

		this.engine.apply(new ContentChanged(next, Set.of(), Set.of(), true));

		assertThat(this.engine.problems()).singleElement()
			.satisfies((p) -> assertThat(p.format()).startsWith("_search/synonyms.txt:1: "));
		assertThat(this.engine.search("退会したい", null, 1).hits()).first()
			.extracting(SearchHit::articleId)
			.isEqualTo("cancel");
	}

	@Test
	void queriesDuringUpdatesSeeWholeStatesOnly() throws Exception {
		List<Article> small = new ArrayList<>(Fixtures.articles());
		List<Article> large = new ArrayList<>(Fixtures.articles());
		IntStream.range(0, 3).forEach((i) -> small.add(stocktake(i)));
		IntStream.range(0, 8).forEach((i) -> large.add(stocktake(i)));
		Set<String> added = Set.of("stocktake-3", "stocktake-4", "stocktake-5", "stocktake-6", "stocktake-7");
		this.engine.apply(new ContentChanged(Fixtures.snapshot(2, small, Fixtures.SYNONYMS, Fixtures.USER_DICTIONARY),
				Set.of("stocktake-0", "stocktake-1", "stocktake-2"), Set.of(), false));

		AtomicBoolean running = new AtomicBoolean(true);
		ConcurrentLinkedQueue<Object> wrong = new ConcurrentLinkedQueue<>();
		AtomicInteger searches = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(3);
		List<Thread> readers = IntStream.range(0, 3).mapToObj((n) -> Thread.ofPlatform().start(() -> {
			started.countDown();
			while (running.get()) {
				try {
					int count = this.engine.search("棚卸し", null, 20).hits().size();
					if (count != 3 && count != 8) {
						wrong.add(count);
					}
					this.engine.suggest("たなお", 3);
					searches.incrementAndGet();
				}
				catch (RuntimeException ex) {
					wrong.add(ex);
				}
			}
		})).toList();
		started.await();
		for (int round = 0; round < 20; round++) {
			String userDictionary = (round % 5 == 4) ? "棚卸し,棚卸し,タナオロシ,カスタム名詞\n" : Fixtures.USER_DICTIONARY;
			boolean grow = round % 2 == 0;
			ContentSnapshot next = Fixtures.snapshot(3 + round, grow ? large : small, Fixtures.SYNONYMS,
					userDictionary);
			this.engine
				.apply(new ContentChanged(next, grow ? added : Set.of(), grow ? Set.of() : added, round % 5 >= 3));
		}
		running.set(false);
		for (Thread reader : readers) {
			reader.join();
		}
		assertThat(wrong).isEmpty();
		assertThat(searches.get()).isPositive();
	}

	private static Article stocktake(int i) {
		return Fixtures.ja("stocktake-" + i, "棚卸し " + i, List.of(), Fixtures.intro("倉庫 " + i + " の棚卸しの手順です。"));
	}

}
