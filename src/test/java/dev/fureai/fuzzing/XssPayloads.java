package dev.fureai.fuzzing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * XSS payloads for the browser tests, armed with the {@code window.pwned} canary: every
 * {@code alert(}, {@code confirm(}, {@code prompt(} and {@code msgbox(} of the project's
 * payload file ({@code dev/fureai/content/xss-payloads.txt}: OWASP filter-evasion
 * vectors, mutation XSS, SVG/MathML, Markdown links and images) also sets
 * {@code window.pwned}, and each script URL of the file is written with a dozen entity,
 * case, whitespace and encoding tricks in eight Markdown and HTML link forms.
 */
public final class XssPayloads {

	/** How a script URL is written: {@code %s} is the (obfuscated) URL. */
	private static final List<String> FORMS = List.of("[x](%s)", "[x](<%s> \"t\")", "![x](%s)", "[x][r]\n\n[r]: %s",
			"<a href=\"%s\">x</a>", "<img src=\"%s\">", "<svg><a xlink:href=\"%s\"><text>x</text></a></svg>",
			"<iframe src=\"%s\"></iframe>");

	/** Ways to hide a URL's scheme; each still executes in an unsanitised page. */
	private static final List<UnaryOperator<String>> OBFUSCATIONS = List.of(UnaryOperator.identity(),
			(url) -> url.toUpperCase(java.util.Locale.ROOT),
			(url) -> "&#" + (int) url.charAt(0) + ";" + url.substring(1),
			(url) -> "&#x" + Integer.toHexString(url.charAt(0)) + url.substring(1),
			(url) -> "&#0000" + (int) url.charAt(0) + url.substring(1),
			(url) -> url.substring(0, 4) + "&#x09;" + url.substring(4),
			(url) -> url.substring(0, 4) + "&Tab;" + url.substring(4),
			(url) -> url.substring(0, 4) + "&NewLine;" + url.substring(4), (url) -> " &#14;" + url,
			(url) -> url.replaceFirst(":", "&colon;"), (url) -> url.replaceFirst(":", "&#x3A;"),
			(url) -> url.replaceFirst(":", "%3A"), (url) -> "&amp;#" + (int) url.charAt(0) + ";" + url.substring(1));

	private XssPayloads() {
	}

	/** Every payload, without duplicates; at least 1,000. */
	public static List<String> all() {
		Set<String> payloads = new LinkedHashSet<>();
		for (String line : lines()) {
			if (line.startsWith("SCHEME ")) {
				String url = arm(line.substring("SCHEME ".length()));
				for (UnaryOperator<String> obfuscation : OBFUSCATIONS) {
					FORMS.forEach((form) -> payloads.add(form.formatted(obfuscation.apply(url))));
				}
			}
			else {
				payloads.add(arm(line));
			}
		}
		return new ArrayList<>(payloads);
	}

	/**
	 * Payloads on one line of at most {@code maxLength} characters, for single fields.
	 */
	public static List<String> singleLine(int maxLength) {
		return all().stream().filter((p) -> p.length() <= maxLength && p.chars().noneMatch((c) -> c < 0x20)).toList();
	}

	private static String arm(String payload) {
		return payload.replace("alert(", "(window.pwned=1)+alert(")
			.replace("confirm(", "(window.pwned=1)+confirm(")
			.replace("prompt(", "(window.pwned=1)+prompt(")
			.replace("msgbox(", "msgbox(window.pwned=1)+msgbox(");
	}

	private static List<String> lines() {
		try (InputStream in = XssPayloads.class.getResourceAsStream("/dev/fureai/content/xss-payloads.txt")) {
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
			throw new UncheckedIOException(ex);
		}
	}

}
