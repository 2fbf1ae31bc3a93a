package dev.fureai.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class ContentScannerTests {

	@TempDir
	Path dir;

	@Test
	void loadsArticlesWithAllFields() throws IOException {
		write("billing/invoice.md", """
				---
				id: invoice-reissue
				title: 請求書を再発行する
				questions:
				  - 請求書をもう一度ほしい
				  - 領収書の再発行
				category: 請求
				tags: [billing, pdf]
				lang: ja
				related: [plans]
				---
				管理画面から再発行できます。
				""");
		write("plans.md", article("plans", "Plans") + "lang: en\nquestions: How much?\ntags: pricing\n---\nBody\n");

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(snapshot.problems()).isEmpty();
		assertThat(snapshot.articles()).containsOnlyKeys("invoice-reissue", "plans");
		Article invoice = snapshot.article("invoice-reissue").orElseThrow();
		assertThat(invoice.title()).isEqualTo("請求書を再発行する");
		assertThat(invoice.questions()).containsExactly("請求書をもう一度ほしい", "領収書の再発行");
		assertThat(invoice.category()).isEqualTo("請求");
		assertThat(invoice.tags()).containsExactly("billing", "pdf");
		assertThat(invoice.lang()).isEqualTo(Lang.JA);
		assertThat(invoice.related()).containsExactly("plans");
		assertThat(invoice.source()).isEqualTo(Path.of("billing/invoice.md"));
		assertThat(invoice.sections()).singleElement().satisfies((section) -> {
			assertThat(section.isIntroduction()).isTrue();
			assertThat(section.text()).isEqualTo("管理画面から再発行できます。");
		});
		Article plans = snapshot.article("plans").orElseThrow();
		assertThat(plans.lang()).isEqualTo(Lang.EN);
		assertThat(plans.questions()).containsExactly("How much?");
		assertThat(plans.tags()).containsExactly("pricing");
		assertThat(plans.category()).isEmpty();
	}

	@Test
	void skipsHiddenUnderscoreDraftsAndTemporaryFiles() throws IOException {
		write("a.md", article("a", "A") + "---\n");
		write("drafts/b.md", article("b", "B") + "---\n");
		write("guide/drafts/c.md", article("c", "C") + "---\n");
		write(".hidden/d.md", article("d", "D") + "---\n");
		write("_partials/e.md", article("e", "E") + "---\n");
		write("_f.md", article("f", "F") + "---\n");
		write(".g.md", article("g", "G") + "---\n");
		write("a.md~", "junk");
		write("#a.md#", "junk");
		write(".#a.md", "junk");
		write("a.md.swp", "junk");
		write("4913", "junk");
		write("notes.txt", "not an article");
		write("_search/synonyms.txt", "請求書,インボイス\n");
		write("_search/synonyms.txt~", "old");
		write("_search/readme.md", "# not an article");

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(snapshot.problems()).isEmpty();
		assertThat(snapshot.articles()).containsOnlyKeys("a", "c");
		assertThat(snapshot.dictionaries())
			.containsExactly(new DictionaryFile(Path.of("_search/synonyms.txt"), "請求書,インボイス\n"));
		assertThat(snapshot.dictionary("synonyms.txt")).isPresent();
	}

	@Test
	void missingDirectoryGivesOneProblem() {
		Path missing = this.dir.resolve("nope");

		ContentSnapshot snapshot = ContentScanner.scan(missing);

		assertThat(snapshot.articles()).isEmpty();
		assertThat(snapshot.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageJa()).isEqualTo("コンテンツのディレクトリがありません。記事は 1 件も公開されません");
			assertThat(problem.message()).contains("does not exist");
		});
	}

	@Test
	void emptyDirectoryGivesNothing() {
		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(snapshot.articles()).isEmpty();
		assertThat(snapshot.problems()).isEmpty();
	}

	@Test
	void missingFrontMatterIsReportedOnLineOne() throws IOException {
		write("good.md", article("good", "Good") + "---\n");
		write("plain.md", "# Just markdown\n");

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(snapshot.articles()).containsOnlyKeys("good");
		assertThat(snapshot.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.format()).startsWith("plain.md:1: フロントマターがありません。");
			assertThat(problem.messageJa()).endsWith("。この記事は公開されません");
			assertThat(problem.message()).startsWith("no front matter").endsWith("; the article is not served");
		});
	}

	@Test
	void unclosedFrontMatter() throws IOException {
		write("open.md", "---\nid: open\ntitle: Open\n\nbody\n");

		assertThat(ContentScanner.scan(this.dir).problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.format()).startsWith("open.md:1: 1 行目で始まったフロントマターが「---」の行で閉じられていません");
			assertThat(problem.message()).contains("never closed");
		});
	}

	@Test
	void missingIdOrTitle() throws IOException {
		write("no-id.md", "---\ntitle: No id\n---\n");
		write("no-title.md", "---\nid: no-title\n---\n");
		write("empty.md", "---\n---\n");

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(snapshot.articles()).isEmpty();
		assertThat(snapshot.problems()).extracting(ContentScannerTests::english)
			.containsExactly(
					"empty.md:1: the front matter has no 'id:' (a stable id such as 'id: invoice-reissue');"
							+ " the article is not served",
					"no-id.md:1: the front matter has no 'id:' (a stable id such as 'id: invoice-reissue');"
							+ " the article is not served",
					"no-title.md:1: the front matter has no 'title:' (the title customers see); the article is not served");
		assertThat(snapshot.problems()).extracting(ContentProblem::messageJa)
			.containsExactly("フロントマターに「id:」がありません（「id: invoice-reissue」のように、変えない ID を書きます）。この記事は公開されません",
					"フロントマターに「id:」がありません（「id: invoice-reissue」のように、変えない ID を書きます）。この記事は公開されません",
					"フロントマターに「title:」がありません（お客様に見えるタイトルを書きます）。この記事は公開されません");
	}

	@Test
	void invalidIdIsReportedOnItsLine() throws IOException {
		write("bad.md", "---\ntitle: Bad\nid: 請求/書\n---\n");

		assertThat(ContentScanner.scan(this.dir).problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.format()).startsWith("bad.md:3: id「請求/書」に使えるのは半角英数字");
			assertThat(problem.message()).startsWith("id '請求/書' may contain only");
		});
	}

	@Test
	void brokenYamlIsReportedOnTheFileLine() throws IOException {
		write("good.md", article("good", "Good") + "---\n");
		write("broken.md", "---\nid: broken\ntitle: Broken\nquestions:\n  - one\n - two\n---\nbody\n");

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(snapshot.articles()).containsOnlyKeys("good");
		assertThat(snapshot.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo(Path.of("broken.md"));
			assertThat(problem.line()).isEqualTo(6);
			assertThat(problem.messageJa()).startsWith("フロントマターの YAML が正しくありません: ");
			assertThat(problem.message()).startsWith("front matter is not valid YAML: ");
		});
	}

	@Test
	void yamlTagsConstructNothingAndAliasBombsAreRefused() throws IOException {
		write("tag.md", "---\nid: tag\ntitle: !!javax.script.ScriptEngineManager [x]\n---\n");
		StringBuilder bomb = new StringBuilder("---\nid: bomb\ntitle: Bomb\na: &a [x, x, x, x, x, x, x, x, x]\n");
		for (char c = 'b'; c <= 'k'; c++) {
			bomb.append(c)
				.append(": &")
				.append(c)
				.append(" [")
				.append(("*" + (char) (c - 1) + ", ").repeat(9))
				.append("*")
				.append((char) (c - 1))
				.append("]\n");
		}
		write("bomb.md", bomb + "---\n");

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(snapshot.articles()).isEmpty();
		assertThat(snapshot.problems()).extracting(ContentScannerTests::english)
			.anySatisfy((text) -> assertThat(text).startsWith("bomb.md:").contains("not valid YAML"))
			.anySatisfy((text) -> assertThat(text)
				.startsWith("tag.md:3: front matter is not valid YAML: Global tag is not allowed"));
		assertThat(snapshot.problems()).extracting(ContentProblem::messageJa)
			.anySatisfy((text) -> assertThat(text).startsWith("フロントマターの YAML が正しくありません: Global tag is not allowed"));
	}

	@Test
	void duplicateIdRejectsTheSecondFileNamingTheFirst() throws IOException {
		write("a/first.md", article("same", "First") + "---\n");
		write("b/second.md", "---\ntitle: Second\nid: same\n---\n");

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(snapshot.article("same")).map(Article::title).contains("First");
		assertThat(snapshot.problems()).extracting(ContentProblem::format)
			.containsExactly("b/second.md:3: id「same」は a/first.md ですでに使われています。このファイルは公開されません"
					+ " (id 'same' is already used by a/first.md; this file is not served)");
	}

	@Test
	void invalidUtf8IsReportedAtTheLineOfTheFirstBadByte() throws IOException {
		write("good.md", article("good", "Good") + "---\n");
		byte[] shiftJis = (article("sjis", "SJIS") + "---\nline five\n").getBytes(StandardCharsets.UTF_8);
		byte[] bad = "請求書\n".getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
		Files.write(this.dir.resolve("sjis.md"), concat(shiftJis, bad));

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(snapshot.articles()).containsOnlyKeys("good");
		assertThat(snapshot.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.format()).startsWith("sjis.md:6: UTF-8 として読めない文字があります（バイト 0x");
			assertThat(problem.message()).startsWith("not valid UTF-8 (byte 0x");
		});
	}

	@Test
	void oversizedFileIsRejected() throws IOException {
		write("big.md", article("big", "Big") + "---\n" + "x".repeat(200 * 1024));

		assertThat(ContentScanner.scan(this.dir).problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.format()).startsWith("big.md: ファイルが 201 KiB あり、上限の 128 KiB を超えています");
			assertThat(problem.message()).startsWith("the file is 201 KiB, larger than the limit of 128 KiB");
		});
	}

	@Test
	void unreadableFileIsReported() throws IOException {
		write("secret.md", article("secret", "Secret") + "---\n");
		Path file = this.dir.resolve("secret.md");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		assumeFalse(Files.isReadable(file), "running as root: every file is readable");

		assertThat(ContentScanner.scan(this.dir).problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.format()).startsWith("secret.md: ファイルを読めません");
			assertThat(problem.message()).startsWith("cannot read the file");
		});
	}

	@Test
	void warnsOnUnknownKeysLangAndRelatedButServes() throws IOException {
		write("a.md", "---\nid: a\ntitle: A\nlang: fr\nauthor: me\nrelated:\n  - b\n  - ghost\n---\n");
		write("b.md", article("b", "B") + "---\n");

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		Article a = snapshot.article("a").orElseThrow();
		assertThat(a.lang()).isEqualTo(Lang.JA);
		assertThat(a.related()).containsExactly("b");
		assertThat(snapshot.problems()).extracting(ContentProblem::messageJa)
			.containsExactly("lang「fr」は使えません（ja か en を書きます）。ja として扱います",
					"フロントマターの不明なキー「author」は無視します（使えるキー: id, title, questions, category, tags," + " lang, related）",
					"related の id「ghost」に当たる記事がありません。関連記事から外します");
		assertThat(snapshot.problems()).extracting(ContentScannerTests::english)
			.containsExactly("a.md:4: unknown lang 'fr' (use 'ja' or 'en'); treated as ja",
					"a.md:5: unknown front matter key 'author'; ignored (known keys: id, title, questions, category,"
							+ " tags, lang, related)",
					"a.md:6: related id 'ghost' names no article; dropped");
	}

	@Test
	void listsAcceptScalarsAndIgnoreNonTextEntries() throws IOException {
		write("a.md", "---\nid: 42\ntitle: A\nquestions: どうやって？\ntags:\n  - ok\n  - {nested: map}\n  -\n---\n");

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		Article a = snapshot.article("42").orElseThrow();
		assertThat(a.questions()).containsExactly("どうやって？");
		assertThat(a.tags()).containsExactly("ok");
		assertThat(snapshot.problems()).extracting(ContentProblem::format)
			.containsExactly(
					"a.md:7: 「tags:」の項目はテキストにしてください。この項目は無視します" + " ('tags:' must list texts; this entry is ignored)");
	}

	@Test
	void aBrokenEditSaysInBothLanguagesThatTheLastGoodVersionStays() throws IOException {
		write("a.md", article("a", "A") + "---\n");
		write("_search/synonyms.txt", "解約,退会\n");
		ContentLoader loader = new ContentLoader(this.dir);
		assertThat(loader.load(1).problems()).isEmpty();
		Files.write(this.dir.resolve("a.md"), new byte[] { '-', (byte) 0xFF, '\n' });
		Files.write(this.dir.resolve("_search/synonyms.txt"), new byte[] { 'a', (byte) 0xFF, '\n' });

		ContentSnapshot broken = loader.load(2);

		assertThat(broken.article("a")).isPresent();
		assertThat(broken.problems()).extracting(ContentProblem::format)
			.containsExactly("_search/synonyms.txt:1: UTF-8 として読めない文字があります（バイト 0xFF）。ファイルを UTF-8 で保存してください。"
					+ "直前の正しい版を使い続けます"
					+ " (not valid UTF-8 (byte 0xFF); save the file as UTF-8; the last good version is still used)",
					"a.md:1: UTF-8 として読めない文字があります（バイト 0xFF）。ファイルを UTF-8 で保存してください。直前の正しい版を公開し続けます"
							+ " (not valid UTF-8 (byte 0xFF); save the file as UTF-8; the last good version is still served)");
	}

	@Test
	void aParserBugOnOneFileIsReportedInBothLanguages() throws IOException {
		write("a.md", "text");

		FileCache.Outcome<String> outcome = new FileCache<String>().get(this.dir, Path.of("a.md"), 1024, (text) -> {
			throw new IllegalStateException("bug");
		});

		assertThat(outcome.failure().reasonJa()).isEqualTo("ファイルを処理できませんでした（java.lang.IllegalStateException: bug）");
		assertThat(outcome.failure().reason())
			.isEqualTo("could not be processed (java.lang.IllegalStateException: bug)");
	}

	@Test
	void byteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException {
		write("win.md", "\uFEFF---\r\nid: win\r\ntitle: Win\r\n---\r\nbody\r\n");

		assertThat(ContentScanner.scan(this.dir).article("win")).map(Article::title).contains("Win");
	}

	@Test
	void tooDeepMarkdownIsReportedAndTheOtherArticlesLoad() throws IOException {
		// Both overflowed flexmark's stack (found by ArticleFuzzTests): a regex over a
		// long run of '*', and rendering thousands of nested quotes.
		write("good.md", article("good", "Good") + "---\nbody\n");
		write("stars.md", article("stars", "Stars") + "---\n" + "*".repeat(20_000) + "\n");
		write("quotes.md", article("quotes", "Quotes") + "---\n" + "> ".repeat(20_000) + "x\n");

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(snapshot.articles()).containsOnlyKeys("good");
		assertThat(snapshot.problems()).extracting(ContentProblem::format)
			.allMatch((problem) -> problem.contains("入れ子や繰り返しが深すぎて処理できません"))
			.allMatch((problem) -> problem.contains("nested or repeated too deeply"))
			.hasSize(2);
	}

	private static String english(ContentProblem problem) {
		return problem.file() + ":" + problem.line() + ": " + problem.message();
	}

	private static String article(String id, String title) {
		return "---\nid: " + id + "\ntitle: " + title + "\n";
	}

	private void write(String relative, String text) throws IOException {
		Path file = this.dir.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
