package dev.fureai.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Decides whether a link or image URL may reach a page. flexmark's own filter is fooled
 * by {@code java&#115;cript:} (vsch/flexmark-java#672), so the URL is decoded the way a
 * browser would read it, and more (percent-encoding too), before its scheme is checked:
 * anything that might be a script URL after any decoding is refused.
 */
final class SafeUrls {

	private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

	private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

	private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?",
			Pattern.CASE_INSENSITIVE);

	private SafeUrls() {
	}

	static boolean isSafeLink(String url) {
		return isSafe(url, LINK_SCHEMES);
	}

	static boolean isSafeImage(String url) {
		return isSafe(url, IMAGE_SCHEMES);
	}

	private static boolean isSafe(String url, Set<String> schemes) {
		if (url == null) {
			return false;
		}
		String decoded = normalise(url);
		Matcher scheme = SCHEME.matcher(decoded);
		if (scheme.find()) {
			return schemes.contains(scheme.group(1));
		}
		// No scheme: relative, unless a colon comes before any path, query or fragment
		// (something a browser might still take for a scheme).
		int colon = decoded.indexOf(':');
		int pathStart = firstIndexOf(decoded, "/?#");
		return colon < 0 || (pathStart >= 0 && pathStart < colon);
	}

	/** Decodes until nothing changes, so double encoding gains nothing. */
	static String normalise(String url) {
		String current = url;
		for (int i = 0; i < 5; i++) {
			String next = stripInvisible(percentDecode(decodeEntities(current)));
			if (next.equals(current)) {
				break;
			}
			current = next;
		}
		return stripInvisible(current).toLowerCase(Locale.ROOT);
	}

	private static String decodeEntities(String text) {
		// Browsers accept numeric references without ';' inside attributes.
		Matcher matcher = NUMERIC_ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			int codePoint = (matcher.group(1) != null) ? Integer.parseInt(matcher.group(1), 16)
					: Integer.parseInt(matcher.group(2));
			String replacement = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return Escaping.unescapeHtml(out);
	}

	private static String percentDecode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int i = 0;
		while (i < text.length()) {
			if (text.charAt(i) == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1))
					&& isHex(text.charAt(i + 2))) {
				bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
				i += 3;
			}
			else {
				int codePoint = text.codePointAt(i);
				bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
				i += Character.charCount(codePoint);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0;
	}

	private static String stripInvisible(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter((c) -> !isInvisible(c)).forEach(out::appendCodePoint);
		return out.toString();
	}

	private static boolean isInvisible(int c) {
		return c <= 0x20 || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
				|| Character.getType(c) == Character.FORMAT;
	}

	private static int firstIndexOf(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
