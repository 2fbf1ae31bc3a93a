package dev.fureai.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The XSS corpus: the hand-written payloads of {@code xss-payloads.txt}, each in several
 * Markdown contexts, and its script URLs in every obfuscation and every link form.
 */
final class XssCorpus {

	/** Where a hand-written payload is put: Markdown around {@code %s}. */
	private static final List<String> CONTEXTS = List.of("%s", "前の文 %s 後の文", "- %s", "## %s\n本文",
			"| 列 |\n|---|\n| %s |");

	/** How a script URL is written into Markdown or raw HTML: {@code %s} is the URL. */
	private static final List<String> FORMS = List.of("[x](%s)", "[x](%s \"title\")", "[x](<%s>)", "![x](%s)",
			"[x][r]\n\n[r]: %s", "![x][r]\n\n[r]: %s", "[r]\n\n[r]: <%s> 'title'", "<%s>", "<a href=\"%s\">x</a>",
			"<a href=%s>x</a>", "<img src=\"%s\">", "<iframe src=\"%s\"></iframe>",
			"<form action=\"%s\"><button>x</button></form>", "<button formaction=\"%s\">x</button>",
			"<svg><a xlink:href=\"%s\"><text>x</text></a></svg>", "<object data=\"%s\"></object>",
			"<math href=\"%s\">x</math>", "<embed src=\"%s\">");

	/** Ways to hide a URL's scheme from a naive filter; each keeps the URL executable. */
	private static final List<UnaryOperator<String>> OBFUSCATIONS = List.of(UnaryOperator.identity(),
			(url) -> url.toUpperCase(java.util.Locale.ROOT),
			(url) -> "&#" + (int) url.charAt(0) + ";" + url.substring(1),
			(url) -> "&#" + (int) url.charAt(0) + url.substring(1),
			(url) -> "&#000000" + (int) url.charAt(0) + url.substring(1),
			(url) -> "&#x" + Integer.toHexString(url.charAt(0)) + ";" + url.substring(1),
			(url) -> "&#X00" + Integer.toHexString(url.charAt(0)).toUpperCase() + url.substring(1),
			(url) -> scheme(url, (s) -> entities(s, "&#%d;")) + rest(url),
			(url) -> scheme(url, (s) -> entities(s, "&#x%x")) + rest(url), (url) -> insert(url, 3, "\t"),
			(url) -> insert(url, 3, "&#x09;"), (url) -> insert(url, 3, "&Tab;"), (url) -> insert(url, 3, "&NewLine;"),
			(url) -> insert(url, 3, "&#10"), (url) -> insert(url, 3, "\u0000"), (url) -> insert(url, 3, "\u200B"),
			(url) -> insert(url, 3, "&shy;"), (url) -> " &#1;" + url, (url) -> "\u0001" + url,
			(url) -> url.replaceFirst(":", "&colon;"), (url) -> url.replaceFirst(":", "&#58"),
			(url) -> url.replaceFirst(":", "&#x3A;"), (url) -> url.replaceFirst(":", "%3A"),
			(url) -> "%" + Integer.toHexString(url.charAt(0)) + url.substring(1),
			(url) -> "&amp;#" + (int) url.charAt(0) + ";" + url.substring(1),
			(url) -> "%25" + Integer.toHexString(url.charAt(0)) + url.substring(1), (url) -> "\\" + url);

	private XssCorpus() {
	}

	/** Every generated Markdown body, without duplicates. */
	static List<String> markdown() {
		Set<String> bodies = new LinkedHashSet<>();
		for (String line : lines()) {
			if (line.startsWith("SCHEME ")) {
				String url = line.substring("SCHEME ".length());
				for (UnaryOperator<String> obfuscation : OBFUSCATIONS) {
					FORMS.forEach((form) -> bodies.add(form.formatted(obfuscation.apply(url))));
				}
			}
			else {
				CONTEXTS.forEach((context) -> bodies.add(context.formatted(line)));
			}
		}
		return new ArrayList<>(bodies);
	}

	/** The payload lines, placeholders replaced. */
	static List<String> lines() {
		try (InputStream in = XssCorpus.class.getResourceAsStream("xss-payloads.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.replace("{TAB}", "\t")
					.replace("{LF}", "\n")
					.replace("{CR}", "\r")
					.replace("{NUL}", "\u0000")
					.replace("{HASH}", "#"))
				.toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String scheme(String url, UnaryOperator<String> change) {
		return change.apply(url.substring(0, url.indexOf(':') + 1));
	}

	private static String rest(String url) {
		return url.substring(url.indexOf(':') + 1);
	}

	private static String entities(String text, String format) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach((c) -> out.append(format.formatted(c)));
		return out.toString();
	}

	private static String insert(String url, int at, String text) {
		return url.substring(0, at) + text + url.substring(at);
	}

}
