package dev.fureai.fuzzing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every attack test makes on HTML the product sends to a browser. The HTML is
 * parsed by jsoup, which follows the HTML5 parsing algorithm as browsers do, so what is
 * checked is the DOM a browser would build, not a regular expression's idea of it.
 */
public final class HtmlSafety {

	/**
	 * What an article may contain: the allowlist of {@code SafeHtml}, written out again.
	 */
	private static final Set<String> ARTICLE_TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
			"ol", "li", "blockquote", "pre", "code", "em", "strong", "b", "i", "del", "s", "sup", "sub", "table",
			"thead", "tbody", "tr", "th", "td", "a", "img");

	private static final Set<String> ARTICLE_ATTRIBUTES = Set.of("href", "src", "alt", "title", "rel", "align", "start",
			"class");

	/** Elements that run script, load documents or change how the page is read. */
	private static final Set<String> EXECUTABLE = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
			"applet", "svg", "math", "style", "form", "base", "meta", "link", "template", "noscript", "xmp");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"background", "poster", "data", "codebase", "cite", "longdesc", "lowsrc", "dynsrc", "srcset");

	private static final Pattern SCRIPT_SCHEME = Pattern.compile("^(javascript|vbscript|livescript|data):.*",
			Pattern.DOTALL);

	private HtmlSafety() {
	}

	/**
	 * An article section's HTML: only allowlisted elements and attributes, nothing
	 * executable, no event handler, no style, no script URL.
	 */
	public static void assertSafeArticleHtml(String html) {
		assertThat(html.toLowerCase(Locale.ROOT)).as("raw HTML").doesNotContain("<script");
		for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
			if (element.tagName().equals("body")) {
				continue;
			}
			String name = element.normalName();
			assertThat(EXECUTABLE).as("executable element <%s> in %s", name, html).doesNotContain(name);
			assertThat(ARTICLE_TAGS).as("element <%s> in %s", name, html).contains(name);
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(key).as("attribute of <%s> in %s", name, html).doesNotStartWith("on");
				assertThat(isDangerousStyle(key, attribute.getValue())).as("style in %s", html).isFalse();
				assertThat(isScriptUrl(key, attribute.getValue())).as("%s URL in %s", key, html).isFalse();
				assertThat(ARTICLE_ATTRIBUTES).as("attribute %s of <%s> in %s", key, name, html).contains(key);
			}
		}
	}

	/**
	 * A search snippet: escaped text where the only markup is {@code <mark>} around
	 * matches, never nested.
	 */
	public static void assertSafeSnippet(String snippet) {
		String text = snippet.replace("<mark>", "\u0001").replace("</mark>", "\u0002");
		assertThat(text).as("snippet %s", snippet).doesNotContain("<", ">");
		assertThat(text.replaceAll("\u0001[^\u0001\u0002]*\u0002", "")).as("marks of %s", snippet)
			.doesNotContain("\u0001", "\u0002");
	}

	/**
	 * Whether an attribute value would run script as a URL: read as the browser reads it
	 * (entities already decoded by the parser, tabs and newlines removed, C0 controls and
	 * spaces trimmed), and again after any further entity or percent decoding.
	 */
	public static boolean isScriptUrl(String attribute, String value) {
		if (!URL_ATTRIBUTES.contains(attribute)) {
			return false;
		}
		String browser = value.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
		String decoded = Parser.unescapeEntities(percentDecode(Parser.unescapeEntities(browser, true)), true)
			.replaceAll("[\\s\\p{Cntrl}\\p{Cf}]", "");
		return SCRIPT_SCHEME.matcher(browser.toLowerCase(Locale.ROOT)).matches()
				|| SCRIPT_SCHEME.matcher(decoded.toLowerCase(Locale.ROOT)).matches();
	}

	private static boolean isDangerousStyle(String attribute, String value) {
		String css = value.toLowerCase(Locale.ROOT).replaceAll("[\\s\\\\]|/\\*.*?\\*/", "");
		return attribute.equals("style") && (css.contains("expression") || css.contains("url(")
				|| css.contains("javascript:") || css.contains("behavior") || css.contains("-moz-binding"));
	}

	private static String percentDecode(String text) {
		try {
			return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
