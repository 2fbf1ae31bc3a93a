package dev.fureai.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fureai.content.Lang;
import dev.fureai.tools.EvalDataset.FaqEntry;

import static org.assertj.core.api.Assertions.assertThat;

class EvalArticlesTests {

	@TempDir
	Path dir;

	@Test
	void writesOneArticlePerEntryNamedByItsId() throws IOException {
		EvalArticles articles = EvalArticles.write(this.dir,
				List.of(new FaqEntry("t0a1", "How?", "Like this."), new FaqEntry("7", "何？", "こうです。")), Lang.EN);

		assertThat(articles.size()).isEqualTo(2);
		assertThat(Files.readString(this.dir.resolve("t0a1.md"))).isEqualTo("""
				---
				id: "t0a1"
				title: "How?"
				questions:
				  - "How?"
				lang: en
				---

				Like this.
				""");
		assertThat(this.dir.resolve("7.md")).exists();
		assertThat(articles.datasetId("7")).isEqualTo("7");
	}

	@Test
	void idsNoArticleMayHaveAreMappedAndBack() throws IOException {
		EvalArticles articles = EvalArticles.write(this.dir, List.of(new FaqEntry("_x", "q", "a"),
				new FaqEntry("eval-1", "q", "a"), new FaqEntry("日本語 id", "q", "a")), Lang.JA);

		// eval-1 is taken by the data set itself, so the generated ids skip it
		assertThat(this.dir.resolve("eval-2.md")).exists();
		assertThat(this.dir.resolve("eval-3.md")).exists();
		assertThat(articles.datasetId("eval-2")).isEqualTo("_x");
		assertThat(articles.datasetId("eval-1")).isEqualTo("eval-1");
		assertThat(articles.datasetId("eval-3")).isEqualTo("日本語 id");
		try (var files = Files.list(this.dir)) {
			assertThat(files).hasSize(3);
		}
	}

}
