package dev.fureai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fureai.fuzzing.HtmlSafety;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payload of the XSS corpus ({@link XssCorpus}) as an article of its own, through
 * the same path as real content ({@link ContentScanner#scan}). The browser half (a
 * {@code window.pwned} canary in the widget and the console) comes with the chat widget.
 */
class XssCorpusTests {

	@TempDir
	Path dir;

	@Test
	void noPayloadSurvivesArticleRendering() throws IOException {
		List<String> corpus = XssCorpus.markdown();
		for (int i = 0; i < corpus.size(); i++) {
			Files.writeString(this.dir.resolve("p" + i + ".md"),
					"---\nid: p" + i + "\ntitle: XSS " + i + "\n---\n" + corpus.get(i) + "\n\n安全な本文。\n");
		}

		ContentSnapshot snapshot = ContentScanner.scan(this.dir);

		assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
		assertThat(snapshot.problems()).isEmpty();
		assertThat(snapshot.articles()).hasSize(corpus.size());
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < corpus.size(); i++) {
			for (Section section : snapshot.articles().get("p" + i).sections()) {
				try {
					HtmlSafety.assertSafeArticleHtml(section.html());
				}
				catch (AssertionError ex) {
					failures.add(corpus.get(i) + "\n  → " + ex.getMessage());
				}
			}
		}
		assertThat(failures).as("payloads that survived rendering").isEmpty();
	}

}
