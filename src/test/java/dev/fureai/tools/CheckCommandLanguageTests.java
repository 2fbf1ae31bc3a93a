package dev.fureai.tools;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers read {@code check} in Japanese first: every kind of problem a file can have is
 * reported as {@code path:line: 日本語 (English)} ({@code path: …} when it concerns the
 * whole file). The broken files quote only ASCII, so any kana in a line comes from the
 * message, not from the file.
 */
class CheckCommandLanguageTests {

	private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");

	@TempDir
	Path dir;

	@Test
	void everyKindOfProblemIsReportedInJapaneseThenEnglish() throws IOException {
		write("no-front-matter.md", "# plain\n");
		write("unclosed.md", "---\nid: unclosed\ntitle: T\n\nbody\n");
		write("bad-yaml.md", "---\nid: bad-yaml\ntitle: \"open\n---\n");
		write("too-nested-yaml.md", "---\nid: nested\ntitle: T\nx: [[[[[[[[[[[[1]]]]]]]]]]]]\n---\n");
		write("not-a-mapping.md", "---\n- a\n- b\n---\n");
		write("list-key.md", "---\n? [a, b]\n: c\n---\n");
		write("twice.md", "---\nid: twice\ntitle: T\ntitle: U\n---\n");
		write("bad-id.md", "---\nid: a/b\ntitle: T\n---\n");
		write("no-id.md", "---\ntitle: T\n---\n");
		write("no-title.md", "---\nid: no-title\n---\n");
		write("list-title.md", "---\nid: list-title\ntitle: [a, b]\n---\n");
		write("warnings.md", "---\nid: warnings\ntitle: T\nlang: fr\nauthor: me\ncategory: [a, b]\ntags:\n"
				+ "  - ok\n  - {k: v}\nrelated: [ghost]\n---\nbody\n");
		write("dup-a.md", "---\nid: dup\ntitle: A\n---\n");
		write("dup-b.md", "---\nid: dup\ntitle: B\n---\n");
		write("big.md", "---\nid: big\ntitle: Big\n---\n" + "x".repeat(200 * 1024));
		write("stars.md", "---\nid: stars\ntitle: Stars\n---\n" + "*".repeat(20_000) + "\n");
		Files.write(this.dir.resolve("sjis.md"),
				concat("---\nid: sjis\ntitle: S\n---\n".getBytes(StandardCharsets.UTF_8),
						"\u8acb\u6c42\n".getBytes(Charset.forName("Shift_JIS"))));
		Files.createSymbolicLink(this.dir.resolve("dangling.md"), this.dir.resolve("nowhere"));
		Files.createDirectories(this.dir.resolve("folder"));
		Files.createSymbolicLink(this.dir.resolve("folder-link.md"), this.dir.resolve("folder"));
		write("_search/synonyms.txt", "a,b\n=> c\nsign in => .\n");
		write("_search/userdict.txt",
				"a,b,c\nab,a c,a b,noun\nab,a b,a,noun\nab,ab,ab,\"noun\ncd,cd,cd,noun\ncd,cd,cd,noun\n");
		Files.write(this.dir.resolve("_search/churn-risk.txt"), new byte[] { 'a', (byte) 0xFF, '\n' });

		CommandOutput result = CommandOutput.run("check", this.dir.toString());

		assertThat(result.status()).isEqualTo(1);
		List<String> lines = result.outLines();
		List<String> problems = lines.subList(0, lines.size() - 1);
		assertThat(lines.getLast()).isEqualTo("check: articles=2 problems=" + problems.size());
		assertThat(problems).hasSize(30).allSatisfy(this::isJapaneseThenEnglish);
	}

	private void isJapaneseThenEnglish(String line) {
		// the line only where there is one: no path:0: for a problem of the whole file
		Matcher matcher = Pattern.compile("([^:]+)(?::[1-9]\\d*)?: (.+?) \\((.+)\\)").matcher(line);
		assertThat(matcher.matches()).as("path[:line]: 日本語 (English): %s", line).isTrue();
		assertThat(matcher.group(1)).startsWith(this.dir.toString());
		assertThat(matcher.group(2)).as("the Japanese text of %s", line).containsPattern(KANA);
		assertThat(matcher.group(3)).as("the English text of %s", line).doesNotContainPattern(KANA).isNotBlank();
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
