package dev.fureai.content;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The last line of defence: whatever the Markdown renderer produced, only plain
 * formatting, tables, code, links and images with checked URLs reach a page.
 */
final class SafeHtml {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
				"code", "em", "strong", "b", "i", "del", "s", "sup", "sub", "table", "thead", "tbody", "tr", "th", "td",
				"a")
		// An image whose URL was refused has nothing to show.
		.allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.matching((element, name, value) -> SafeUrls.isSafeLink(value) ? value : null)
		.onElements("a")
		.allowAttributes("src")
		.matching((element, name, value) -> SafeUrls.isSafeImage(value) ? value : null)
		.onElements("img")
		.allowAttributes("title")
		.onElements("a", "img")
		.allowAttributes("alt")
		.onElements("img")
		.allowAttributes("align")
		.matching(true, "left", "center", "right")
		.onElements("th", "td")
		.allowAttributes("start")
		.matching(Pattern.compile("[0-9]{1,9}"))
		.onElements("ol")
		.allowAttributes("class")
		.matching(Pattern.compile("language-[A-Za-z0-9_+#.\\-]{1,40}"))
		.onElements("code")
		.requireRelsOnLinks("nofollow", "noopener")
		.toFactory();

	private SafeHtml() {
	}

	static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

}
