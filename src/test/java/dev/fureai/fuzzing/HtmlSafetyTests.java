package dev.fureai.fuzzing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The checks themselves: an attack test is only as good as what it can see. */
class HtmlSafetyTests {

	@ParameterizedTest
	@ValueSource(strings = { "<p>ok<script>alert(1)</script></p>", "<img src=\"x\" onerror=\"alert(1)\" />",
			"<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
			"<a href=\" JAVASCRIPT:alert(1)\">x</a>", "<a href=\"&#1;javascript:alert(1)\">x</a>",
			"<img src=\"data:image/svg+xml,x\" />", "<a href=\"vbscript:x\">x</a>", "<svg></svg>",
			"<math><mi>x</mi></math>", "<p style=\"width:expression(alert(1))\">x</p>",
			"<p style=\"background:url(x)\">x</p>", "<form action=\"/x\"></form>", "<iframe srcdoc=\"x\"></iframe>",
			"<base href=\"/\">", "<p><meta http-equiv=\"refresh\"></p>", "<div>x</div>", "<b onclick=x>x</b>" })
	void articleHtmlChecksSeeAttacks(String html) {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> HtmlSafety.assertSafeArticleHtml(html));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<p>javascript:alert(1) onclick=x &lt;script&gt;</p>",
			"<a href=\"https://example.com/?q&#61;javascript:\" rel=\"nofollow noopener\">x</a>",
			"<img src=\"/a.png\" alt=\"図\" title=\"説明\" />",
			"<pre><code class=\"language-java\">int x &#61; 1 &lt; 2;</code></pre>" })
	void articleHtmlChecksLetSafeHtmlThrough(String html) {
		assertThatCode(() -> HtmlSafety.assertSafeArticleHtml(html)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a <b>x</b>", "<mark>a<mark>b</mark></mark>", "</mark>a<mark>", "<mark>a", "a > b",
			"<img src=x>" })
	void snippetChecksSeeMarkup(String snippet) {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> HtmlSafety.assertSafeSnippet(snippet));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "…<mark>請求書</mark>は &lt;b&gt; &amp; <mark>PDF</mark>…" })
	void snippetChecksLetEscapedTextThrough(String snippet) {
		assertThatCode(() -> HtmlSafety.assertSafeSnippet(snippet)).doesNotThrowAnyException();
	}

}
