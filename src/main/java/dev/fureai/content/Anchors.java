package dev.fureai.content;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each {@code ##} section of one article a distinct anchor, stable as long as its
 * heading does not change. Writers can pin one with {@code {#anchor}} at the end of the
 * heading so that links survive a reworded heading.
 */
final class Anchors {

	private static final Pattern EXPLICIT = Pattern.compile("\\s*\\{#([^{}\\s]+)}\\s*$");

	private final Set<String> used = new HashSet<>();

	/** The heading as customers see it, without an explicit anchor. */
	static String headingText(String heading) {
		return EXPLICIT.matcher(heading).replaceFirst("").trim();
	}

	/** A new anchor for this heading, unique within the article. */
	String next(String heading) {
		Matcher explicit = EXPLICIT.matcher(heading);
		String base = slug(explicit.find() ? explicit.group(1) : heading);
		String anchor = base;
		for (int n = 2; !this.used.add(anchor); n++) {
			anchor = base + "-" + n;
		}
		return anchor;
	}

	static String slug(String heading) {
		String normalised = Normalizer.normalize(heading, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim();
		StringBuilder slug = new StringBuilder();
		normalised.codePoints().forEach((c) -> {
			if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
				slug.appendCodePoint(c);
			}
			else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				slug.append('-');
			}
		});
		return slug.isEmpty() ? "section" : slug.toString();
	}

}
