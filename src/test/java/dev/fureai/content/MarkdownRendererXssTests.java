package dev.fureai.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererXssTests {

	private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
			"ol", "li", "blockquote", "pre", "code", "em", "strong", "b", "i", "del", "s", "sup", "sub", "table",
			"thead", "tbody", "tr", "th", "td", "a", "img");

	private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/]+)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-f]+|[0-9]+);?", Pattern.CASE_INSENSITIVE);

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
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			String name = tags.group(1).toLowerCase(Locale.ROOT);
			assertThat(ALLOWED_TAGS).as("tag <%s> in %s", name, html).contains(name);
			String attributes = tags.group(2);
			Matcher attribute = ATTRIBUTE.matcher(attributes);
			int attributeCount = 0;
			while (attribute.find()) {
				attributeCount++;
				String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
				assertThat(attributeName).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style");
				String value = decode(attribute.group(2));
				if (List.of("href", "src").contains(attributeName)) {
					assertThat(value).as("URL in %s", html)
						.doesNotContain("javascript:")
						.doesNotContain("vbscript:")
						.doesNotStartWith("data:");
				}
			}
			// Every attribute is name="value": nothing unquoted slipped through.
			assertThat(attributes.replaceAll(ATTRIBUTE.pattern(), "").replace("/", "").strip())
				.as("attributes of %s", html)
				.isEmpty();
			assertThat(attributeCount).isLessThanOrEqualTo(4);
		}
		// Script URLs shown as text are harmless; the attribute checks above cover real
		// ones.
		assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<svg", "<iframe", "<style");
	}

	private static String decode(String value) {
		Matcher numeric = NUMERIC.matcher(value);
		StringBuilder out = new StringBuilder();
		while (numeric.find()) {
			String code = numeric.group(1);
			int codePoint = code.startsWith("x") || code.startsWith("X") ? Integer.parseInt(code.substring(1), 16)
					: Integer.parseInt(code);
			numeric.appendReplacement(out, Matcher.quoteReplacement(Character.toString(codePoint)));
		}
		numeric.appendTail(out);
		return Escaping.unescapeHtml(out).replaceAll("[\\s\\p{Cntrl}\\p{Cf}]", "").toLowerCase(Locale.ROOT);
	}

}
