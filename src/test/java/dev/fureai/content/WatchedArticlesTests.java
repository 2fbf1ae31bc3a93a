package dev.fureai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WatchedArticlesTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@TempDir
	Path dir;

	private final List<ContentChanged> events = new CopyOnWriteArrayList<>();

	private WatchedArticles articles;

	@AfterEach
	void stop() {
		if (this.articles != null) {
			this.articles.stop();
		}
	}

	@Test
	void servesWhatWasThereAtStartup() throws IOException {
		write("a.md", article("a", "A"));

		start(this.dir);

		assertThat(this.articles.snapshot().articles()).containsOnlyKeys("a");
		assertThat(this.articles.isRunning()).isTrue();
	}

	@Test
	void addEditDeleteAndRename() throws IOException {
		write("a.md", article("a", "A"));
		start(this.dir);

		write("guide/b.md", article("b", "B"));
		awaitEvent((event) -> event.changedIds().equals(java.util.Set.of("b")));
		assertThat(this.articles.snapshot().article("b")).isPresent();

		write("a.md", article("a", "A2"));
		awaitEvent((event) -> event.changedIds().equals(java.util.Set.of("a")));
		assertThat(title("a")).isEqualTo("A2");

		Files.move(this.dir.resolve("guide/b.md"), this.dir.resolve("b-renamed.md"));
		awaitEvent((event) -> event.changedIds().equals(java.util.Set.of("b")) && event.snapshot()
			.article("b")
			.map(Article::source)
			.filter(Path.of("b-renamed.md")::equals)
			.isPresent());
		assertThat(this.events).noneMatch((event) -> event.removedIds().contains("b"));

		Files.delete(this.dir.resolve("a.md"));
		awaitEvent((event) -> event.removedIds().equals(java.util.Set.of("a")));
		assertThat(this.articles.snapshot().articles()).containsOnlyKeys("b");
		assertThat(this.events).extracting(ContentChanged::snapshot)
			.extracting(ContentSnapshot::version)
			.isSorted()
			.doesNotHaveDuplicates();
	}

	@Test
	void brokenEditKeepsTheLastGoodVersionUntilFixed() throws IOException {
		write("a.md", article("a", "Good"));
		start(this.dir);

		write("a.md", "---\nid: a\ntitle: [unclosed\n---\n");
		awaitEvent((event) -> !event.snapshot().problems().isEmpty());
		ContentSnapshot broken = this.articles.snapshot();
		assertThat(broken.article("a")).map(Article::title).contains("Good");
		assertThat(broken.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo(Path.of("a.md"));
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.messageJa()).endsWith("。直前の正しい版を公開し続けます");
			assertThat(problem.message()).endsWith("; the last good version is still served");
		});

		write("a.md", article("a", "Fixed"));
		awaitEvent((event) -> event.changedIds().contains("a"));
		assertThat(title("a")).isEqualTo("Fixed");
		assertThat(this.articles.snapshot().problems()).isEmpty();
	}

	/**
	 * A writer copies a live article to start a new one and forgets to change its id: the
	 * new file is the one rejected, even though its name sorts first, and the live
	 * article stays online.
	 */
	@Test
	void aNewFileReusingALiveIdDoesNotTakeTheLiveArticleDown() throws IOException {
		write("billing/receipt.md", article("billing-receipt", "領収書を発行する"));
		start(this.dir);

		write("billing/copy.md", article("billing-receipt", "コピーした記事"));
		awaitEvent((event) -> !event.snapshot().problems().isEmpty());
		ContentSnapshot snapshot = this.articles.snapshot();
		assertThat(snapshot.article("billing-receipt")).map(Article::source).contains(Path.of("billing/receipt.md"));
		assertThat(title("billing-receipt")).isEqualTo("領収書を発行する");
		assertThat(snapshot.problems()).extracting(ContentProblem::format)
			.containsExactly("billing/copy.md:2: id「billing-receipt」は billing/receipt.md ですでに使われています。このファイルは公開されません"
					+ " (id 'billing-receipt' is already used by billing/receipt.md; this file is not served)");

		// once the copy has an id of its own, both are served
		write("billing/copy.md", article("billing-receipt-copy", "コピーした記事"));
		awaitEvent((event) -> event.changedIds().contains("billing-receipt-copy"));
		assertThat(this.articles.snapshot().articles()).containsOnlyKeys("billing-receipt", "billing-receipt-copy");
		assertThat(this.articles.snapshot().problems()).isEmpty();
	}

	@Test
	void aBurstOfSavesGivesFewReloadsAndTheLastContentWins() throws Exception {
		write("a.md", article("a", "v0"));
		start(this.dir);

		for (int i = 1; i <= 20; i++) {
			write("a.md", article("a", "v" + i));
			Thread.sleep(5);
		}

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(title("a")).isEqualTo("v20"));
		// Once the last version is served, later reloads find nothing new and publish
		// nothing.
		assertThat(this.events).hasSizeBetween(1, 3);
		assertThat(this.events.getLast().snapshot().article("a")).map(Article::title).contains("v20");
	}

	@Test
	void editorTempFilesTriggerNothing() throws IOException {
		write("a.md", article("a", "A"));
		write("b.md", article("b", "B"));
		start(this.dir);

		write("a.md~", "backup");
		write(".a.md.swp", "swap");
		write("4913", "");
		write("#a.md#", "autosave");
		write("a.md.tmp", article("a", "half written"));
		write("b.md", article("b", "B2"));

		awaitEvent((event) -> event.changedIds().contains("b"));
		// On a loaded machine the watcher may catch b.md between truncation and write (a
		// problem-only event); what matters is that no temp file ever changed an article.
		assertThat(this.events).allSatisfy((event) -> {
			assertThat(event.changedIds()).isSubsetOf("b");
			assertThat(event.removedIds()).isEmpty();
			assertThat(event.dictionariesChanged()).isFalse();
		});
		assertThat(title("a")).isEqualTo("A");
	}

	@Test
	void dictionaryChangesAreFlagged() throws IOException {
		write("a.md", article("a", "A"));
		start(this.dir);

		write("_search/synonyms.txt", "請求書,インボイス\n");

		// On a loaded machine the watcher may read the file between its creation and its
		// write (an empty dictionary first); the written text must arrive in a later
		// event.
		await().atMost(TIMEOUT)
			.until(() -> this.articles.snapshot()
				.dictionary("synonyms.txt")
				.map(DictionaryFile::text)
				.filter("請求書,インボイス\n"::equals)
				.isPresent());
		assertThat(this.events).anyMatch(ContentChanged::dictionariesChanged)
			.allSatisfy((event) -> assertThat(event.changedIds()).isEmpty());
	}

	@Test
	void aDirectoryCreatedLaterIsPickedUp() throws IOException {
		Path later = this.dir.resolve("later");
		start(later);
		assertThat(this.articles.snapshot().problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("does not exist"));

		Files.createDirectories(later.resolve("guide"));
		Files.writeString(later.resolve("guide/a.md"), article("a", "A"));

		awaitEvent((event) -> event.changedIds().contains("a"));
		assertThat(this.articles.snapshot().problems()).isEmpty();
	}

	@Test
	void aFailingListenerDoesNotStopTheWatcher() throws IOException {
		write("a.md", article("a", "A"));
		AtomicBoolean failed = new AtomicBoolean();
		ApplicationEventPublisher failingOnce = (event) -> {
			if (failed.compareAndSet(false, true)) {
				throw new IllegalStateException("listener bug");
			}
			this.events.add((ContentChanged) event);
		};
		this.articles = new WatchedArticles(new ContentProperties(this.dir.toString(), true, Duration.ofMillis(50)),
				failingOnce);
		this.articles.start();

		write("a.md", article("a", "A2"));
		await().atMost(TIMEOUT).until(failed::get);
		assertThat(title("a")).isEqualTo("A2");

		write("a.md", article("a", "A3"));
		awaitEvent((event) -> event.changedIds().contains("a"));
		assertThat(title("a")).isEqualTo("A3");
	}

	@Test
	void notWatchingWhenDisabled() throws IOException {
		write("a.md", article("a", "A"));
		this.articles = new WatchedArticles(new ContentProperties(this.dir.toString(), false, Duration.ofMillis(50)),
				(event) -> this.events.add((ContentChanged) event));

		this.articles.start();

		assertThat(this.articles.isRunning()).isFalse();
		write("a.md", article("a", "A2"));
		this.articles.reload();
		assertThat(title("a")).isEqualTo("A2");
		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.changedIds()).containsExactly("a"));
	}

	private void start(Path directory) {
		this.articles = new WatchedArticles(new ContentProperties(directory.toString(), true, Duration.ofMillis(150)),
				(event) -> this.events.add((ContentChanged) event));
		this.articles.start();
	}

	private void awaitEvent(java.util.function.Predicate<ContentChanged> condition) {
		await().atMost(TIMEOUT).until(() -> this.events.stream().anyMatch(condition));
	}

	private String title(String id) {
		return this.articles.snapshot().article(id).map(Article::title).orElse(null);
	}

	private static String article(String id, String title) {
		return "---\nid: " + id + "\ntitle: " + title + "\n---\n本文\n";
	}

	private void write(String relative, String text) throws IOException {
		Path file = this.dir.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
