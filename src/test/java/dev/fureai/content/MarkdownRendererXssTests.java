package dev.fureai.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.fureai.fuzzing.HtmlSafety;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererXssTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
			"<svg><script>alert(1)</script></svg>", "<iframe src=\"javascript:alert(1)\"></iframe>",
			"<a href=\"javascript:alert(1)\">x</a>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
			"<body onload=alert(1)>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"text <b onmouseover=alert(1)>bold</b>", "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
			"[x](java&#115;cript:alert(1))", "[x](&#x6A;avascript:alert(1))", "[x](&#106;avascript:alert(1))",
			"[x](jav&#x09;ascript:alert(1))", "[x](jav&Tab;ascript:alert(1))", "[x](java&#115cript:alert(1))",
			"[x](javascript&colon;alert(1))", "[x](%6Aavascript:alert(1))", "[x](javascript%3Aalert(1))",
			"[x](%256Aavascript:alert(1))", "[x](vbscript:msgbox(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)",
			"[x]( javascript:alert(1))", "[x](<javascript:alert(1)>)", "[x](\\javascript:alert(1))",
			"![x](javascript:alert(1))", "![x](data:image/svg+xml;base64,PHN2Zz4=)", "![x](vbscript:x)",
			"![x](java&#115;cript:alert(1))", "<javascript:alert(1)>", "<vbscript:msgbox(1)>",
			"<data:text/html,<script>alert(1)</script>>", "[x][r]\n\n[r]: javascript:alert(1)",
			"[r]\n\n[r]: java&#115;cript:alert(1)", "![x][r]\n\n[r]: data:image/png;base64,AAAA",
			"[x](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
			"[x](https://ok.example 'a\" onclick=\"alert(1)')",
			"![x](https://ok.example/a.png \"\\\" onerror=\\\"alert(1)\")",
			"[x](https://ok.example/\" onclick=\"alert(1))", "`<script>alert(1)</script>`",
			"```\n<script>alert(1)</script>\n```", "<!-- <script>alert(1)</script> -->",
			"<scr<script>ipt>alert(1)</script>", "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
			"## <img src=x onerror=alert(1)>\ntext", "> <script>alert(1)</script>", "- [x](javascript:alert(1))",
			"[x](javascript\u0000:alert(1))", "[x](java\u200Bscript:alert(1))" })
	void executesNothing(String markdown) {
		for (Section section : this.renderer.sections(markdown + "\n\nsafe text")) {
			assertSafe(section.html());
		}
	}

	@Test
	void keepsSafeLinksImagesAndFormatting() {
		String html = this.renderer.sections("""
				**太字** と *斜体* と ~~取り消し~~ と `code`。
				[外部](https://example.com/a?b=1&c=2) [相対](../guide/other.md#setup) [メール](mailto:help@example.com)
				<https://example.org> ![図](/images/a.png "説明")

				| 列 | 値 |
				|:---|---:|
				| a | 1 |

				1. one
				2. two

				> 引用

				```java
				int x = 1 < 2 ? 1 : 0;
				```
				""").get(0).html();

		assertThat(html).contains("<strong>太字</strong>", "<em>斜体</em>", "<del>取り消し</del>", "<code>code</code>")
			.contains("<a href=\"https://example.com/a?b&#61;1&amp;c&#61;2\" rel=\"nofollow noopener\">外部</a>")
			.contains("<a href=\"../guide/other.md#setup\" rel=\"nofollow noopener\">相対</a>")
			.contains("href=\"mailto:help&#64;example.com\"")
			.contains("<a href=\"https://example.org\" rel=\"nofollow noopener\">https://example.org</a>")
			.contains("<img src=\"/images/a.png\" alt=\"図\" title=\"説明\" />")
			.contains("<th align=\"left\">列</th>", "<td align=\"right\">1</td>")
			.contains("<ol><li>one</li><li>two</li></ol>")
			.contains("<blockquote>", "<pre><code class=\"language-java\">int x &#61; 1 &lt; 2 ? 1 : 0;");
		assertSafe(html);
	}

	@Test
	void refusedLinksKeepTheirText() {
		String html = this.renderer.sections("[続きを読む](javascript:alert(1)) と ![画像](data:image/png;base64,AA)")
			.get(0)
			.html();

		assertThat(html).isEqualTo("<p>続きを読む と </p>");
	}

	@Test
	void rawHtmlIsShownAsText() {
		Section section = this.renderer.sections("<b>太字</b>").get(0);

		assertThat(section.html()).isEqualTo("<p>&lt;b&gt;太字&lt;/b&gt;</p>");
		assertThat(section.text()).isEqualTo("<b>太字</b>");
	}

	private static void assertSafe(String html) {
		HtmlSafety.assertSafeArticleHtml(html);
	}

}
