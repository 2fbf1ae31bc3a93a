package dev.fureai.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(ArticlePages.class)
@Import(ArticlePagesTests.Content.class)
class ArticlePagesTests {

	static final String CANARY = "<img src=x onerror=window.pwned=1>";

	@Autowired
	MockMvcTester mvc;

	@Test
	void rendersTheArticleWithItsSectionsAndRelatedLinks() {
		var result = this.mvc.get().uri("/articles/a").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("<h1>請求書 &lt;img src=x onerror=window.pwned=1&gt;</h1>", "<p>本文</p>", "<h2 id=\"steps\">手順</h2>",
					"<a href=\"/articles/b\">領収書</a>")
			.doesNotContain(CANARY);
	}

	@Test
	void anUnknownArticleIsAReadable404() {
		var result = this.mvc.get().uri("/articles/nope").exchange();
		assertThat(result).hasStatus(404);
		assertThat(result).bodyText().contains("記事が見つかりません");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Content {

		@Bean
		Articles articles() {
			Article a = new Article("a", "請求書 " + CANARY, List.of(), "", List.of(), Lang.JA, List.of("b", "gone"), List
				.of(new Section("", null, "<p>本文</p>", "本文"), new Section("steps", "手順", "<ol><li>x</li></ol>", "x")),
					Path.of("a.md"));
			Article b = new Article("b", "領収書", List.of(), "", List.of(), Lang.JA, List.of(),
					List.of(new Section("", null, "<p>b</p>", "b")), Path.of("b.md"));
			ContentSnapshot snapshot = new ContentSnapshot(Path.of("."), 1, Map.of("a", a, "b", b), List.of(),
					List.of());
			return () -> snapshot;
		}

	}

}
