package dev.fureai.search;

/**
 * Escapes text for HTML element content and attribute values; runs of white space become
 * one space, as a snippet is one line.
 */
final class HtmlText {

	private HtmlText() {
	}

	static void escape(String text, int from, int to, StringBuilder html) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> {
					if (Character.isWhitespace(c)) {
						if (html.isEmpty() || html.charAt(html.length() - 1) != ' ') {
							html.append(' ');
						}
					}
					else {
						html.append(c);
					}
				}
			}
		}
	}

}
