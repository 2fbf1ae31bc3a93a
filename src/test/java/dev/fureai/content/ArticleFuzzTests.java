package dev.fureai.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

	private static final byte[] FRONT_MATTER = "---\nid: fuzz\ntitle: ファズ\n---\n".getBytes(StandardCharsets.UTF_8);

	@TempDir
	static Path dir;

	/** The whole file is fuzzed, front matter included. */
	@FuzzTest
	void articleFile(byte[] input) throws IOException {
		scanAndCheck(input);
	}

	/** A valid front matter, so that every input reaches the Markdown renderer. */
	@FuzzTest
	void markdownBody(byte[] input) throws IOException {
		byte[] file = new byte[FRONT_MATTER.length + input.length];
		System.arraycopy(FRONT_MATTER, 0, file, 0, FRONT_MATTER.length);
		System.arraycopy(input, 0, file, FRONT_MATTER.length, input.length);
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
