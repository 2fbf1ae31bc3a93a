package dev.fureai.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fureai.content.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTests {

	@TempDir
	Path dir;

	@Test
	void reportsEachProblemAsPathLineMessageAndFails() throws IOException {
		Files.writeString(this.dir.resolve("good.md"), """
				---
				id: good
				title: パスワードの再設定
				lang: ja
				---

				ログイン画面から再設定できます。
				""");
		Files.writeString(this.dir.resolve("broken.md"), """
				---
				id: broken
				title: "閉じていない引用符
				lang: ja
				---

				本文
				""");

		CommandOutput result = CommandOutput.run("check", this.dir.toString());

		assertThat(result.status()).isEqualTo(1);
		List<String> lines = result.outLines();
		assertThat(lines).isNotEmpty();
		assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).matches(".+:\\d+: .+"))
			.anySatisfy((line) -> assertThat(line).startsWith(this.dir.resolve("broken.md") + ":"))
			.noneSatisfy((line) -> assertThat(line).startsWith(this.dir.resolve("good.md") + ":"));
		assertThat(lines.getLast()).matches("check: articles=1 problems=[1-9]\\d*");
	}

	@Test
	void cleanDirectoryPasses() throws IOException {
		Files.writeString(this.dir.resolve("good.md"), """
				---
				id: good
				title: パスワードの再設定
				lang: ja
				---

				ログイン画面から再設定できます。
				""");

		CommandOutput result = CommandOutput.run("check", this.dir.toString());

		assertThat(result.outLines()).containsExactly("check: articles=1 problems=0");
		assertThat(result.status()).isZero();
	}

	@Test
	void missingDirectoryIsAUsageError() {
		CommandOutput result = CommandOutput.run("check", this.dir.resolve("missing").toString());
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).contains(this.dir.resolve("missing").toString());
	}

	/** A writer who gives the article they just edited is told to give its directory. */
	@Test
	void aFileInsteadOfTheDirectoryIsAUsageErrorThatSaysSo() throws IOException {
		Path article = this.dir.resolve("receipt.md");
		Files.writeString(article, "---\nid: receipt\ntitle: 領収書\n---\n本文\n");
		CommandOutput result = CommandOutput.run("check", article.toString());
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).contains("ファイルではなく、コンテンツのディレクトリを指定してください", "not a file", article.toString())
			.doesNotContain("ディレクトリがありません", "no such directory");
	}

	@Test
	void eachProblemIsOneLineUnderTheGivenDirectory() {
		ContentProblem problem = new ContentProblem(Path.of("guides/a.md"), 3, "YAML が正しくありません:\n  title: \"x\n   ^\n",
				"not valid YAML:\n  title: \"x\n   ^\n");
		assertThat(CheckCommand.line(Path.of("content"), problem)).isEqualTo(Path.of("content", "guides", "a.md")
				+ ":3: YAML が正しくありません: title: \"x ^ (not valid YAML: title: \"x ^)");
	}

	/**
	 * A problem of the whole file has no line to jump to: {@code path: …}, not
	 * {@code path:0: …}; a line's problem keeps its number.
	 */
	@Test
	void aProblemOfTheWholeFileIsReportedWithoutALineNumber() throws IOException {
		Files.writeString(this.dir.resolve("big.md"), "---\nid: big\ntitle: Big\n---\n" + "x".repeat(200 * 1024));
		Files.writeString(this.dir.resolve("no-title.md"), "---\nid: no-title\n---\n");

		CommandOutput result = CommandOutput.run("check", this.dir.toString());

		assertThat(result.status()).isEqualTo(1);
		assertThat(result.outLines())
			.anySatisfy((line) -> assertThat(line)
				.startsWith(this.dir.resolve("big.md") + ": ファイルが 201 KiB あり、上限の 128 KiB を超えています"))
			.anySatisfy((line) -> assertThat(line).startsWith(this.dir.resolve("no-title.md") + ":1: "))
			.noneSatisfy((line) -> assertThat(line).contains(":0:"));
	}

	@Test
	void directoryComesFromArgumentThenOptionThenEnvironmentThenDefault() {
		Map<String, String> env = Map.of("FUREAI_CONTENT_DIR", "from-env");
		assertThat(CheckCommand.directory(List.of("arg", "--fureai.content.dir=opt"), env)).isEqualTo("arg");
		assertThat(CheckCommand.directory(List.of("--fureai.content.dir=opt"), env)).isEqualTo("opt");
		assertThat(CheckCommand.directory(List.of(), env)).isEqualTo("from-env");
		assertThat(CheckCommand.directory(List.of(), Map.of())).isEqualTo("content");
	}

}
