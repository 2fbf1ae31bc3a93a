package dev.fureai.tools;

import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import dev.fureai.content.Lang;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleMarkdownTests {

	@Test
	void frontMatterKeepsAnyTextAsAString() {
		String question = "「\"引用\"」と \\ と: # と\n改行\tタブ\u2028LS\u0085NEL yes";
		String article = ArticleMarkdown.article("0", question, "本文", Lang.JA);

		String frontMatter = article.substring(4, article.indexOf("\n---\n"));
		Map<String, Object> values = new Yaml().load(frontMatter);

		assertThat(values).containsExactlyInAnyOrderEntriesOf(
				Map.of("id", "0", "title", question, "questions", List.of(question), "lang", "ja"));
	}

	@Test
	void yamlStringsAreAlsoJsonStrings() {
		assertThat(ArticleMarkdown.yamlString("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
	}

	@Test
	void answerKeepsItsWordsAndCannotAddStructure() {
		String answer = """
				手順は次の通りです。
				## 注意
				<script>alert(1)</script> と &amp; の表記
				[ref]: http://example.com/
				一行目
				---
				    字下げ
				# 見出しではない
				| 列 | 列 |
				|---|---|
				- 箇条書きではない
				> 引用ではない
				\\ バックスラッシュ""";

		String html = render(ArticleMarkdown.literalText(answer));

		assertThat(html).doesNotContain("<h1", "<h2", "<script", "<hr", "<pre", "<table", "<ul", "<blockquote");
		assertThat(html).contains("## 注意", "&lt;script&gt;alert(1)&lt;/script&gt;", "&amp;amp;",
				"[ref]: <a href=\"http://example.com/\">http://example.com/</a>", "---", "字下げ", "# 見出しではない",
				"|---|---|", "- 箇条書きではない", "&gt; 引用ではない", "\\ バックスラッシュ");
	}

	private static String render(String markdown) {
		MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS,
				List.of(TablesExtension.create(), AutolinkExtension.create()));
		return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
	}

}
