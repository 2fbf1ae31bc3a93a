package dev.fureai.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.io.TempDir;

import dev.fureai.fuzzing.HtmlSafety;

/**
 * Markdown with front matter → article → HTML, with whatever bytes a writer (or an
 * attacker with write access to the content repository) can save. Seeds and findings:
 * {@code src/test/resources/dev/fureai/content/ArticleFuzzTestsInputs/<method>/}; how to
 * fuzz: docs/security-testing.md.
 */
class ArticleFuzzTests {

	/**
	 * Longer inputs are cut: libFuzzer lets inputs grow to the largest seed, and at 60 KB
	 * it ran 13 inputs a second instead of hundreds. Deep nesting still fits (a few
	 * thousand characters overflow the stack); ContentScannerTests covers the huge cases.
	 */
	private static final int MAX_BYTES = 16 * 1024;

	private static final byte[] FRONT_MATTER = "---\nid: fuzz\ntitle: ファズ\n---\n".getBytes(StandardCharsets.UTF_8);

	@TempDir
	static Path dir;

	/** The whole file is fuzzed, front matter included. */
	@FuzzTest
	void articleFile(byte[] input) throws IOException {
		scanAndCheck(Arrays.copyOf(input, Math.min(input.length, MAX_BYTES)));
	}

	/** A valid front matter, so that every input reaches the Markdown renderer. */
	@FuzzTest
	void markdownBody(byte[] input) throws IOException {
		byte[] file = Arrays.copyOf(FRONT_MATTER, FRONT_MATTER.length + Math.min(input.length, MAX_BYTES));
		System.arraycopy(input, 0, file, FRONT_MATTER.length, file.length - FRONT_MATTER.length);
		scanAndCheck(file);
	}

	private static void scanAndCheck(byte[] file) throws IOException {
		Files.write(dir.resolve("article.md"), file);
		ContentSnapshot snapshot = ContentScanner.scan(dir);
		snapshot.articles()
			.values()
			.forEach((article) -> article.sections().forEach((s) -> HtmlSafety.assertSafeArticleHtml(s.html())));
	}

}
