package dev.fureai.tools;

import dev.fureai.content.Lang;

/**
 * Writes a data set entry as a content article, keeping its text literal: front matter
 * values as YAML double-quoted strings, and the answer escaped so that nothing in it is
 * read as Markdown structure (a {@code ## } line would split the article into sections,
 * an HTML tag or a link reference definition would drop text).
 */
final class ArticleMarkdown {

	/** Escaped wherever they are: HTML and autolinks, entity references, escapes. */
	private static final String ALWAYS_ESCAPED = "\\<&";

	private ArticleMarkdown() {
	}

	static String article(String id, String question, String answer, Lang lang) {
		return "---\n" + "id: " + yamlString(id) + "\n" + "title: " + yamlString(question) + "\n" + "questions:\n"
				+ "  - " + yamlString(question) + "\n" + "lang: " + lang.code() + "\n" + "---\n\n" + literalText(answer)
				+ "\n";
	}

	/**
	 * A YAML double-quoted scalar (also a JSON string). Line breaks, control characters
	 * and the characters YAML 1.1 treats as line breaks (NEL, LS, PS) are escaped, since
	 * a raw one would be folded into a space.
	 */
	static String yamlString(String value) {
		StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

	/**
	 * Markdown that keeps every word of {@code text}: each line loses its indentation (no
	 * code blocks), a leading ASCII punctuation character is backslash-escaped (no
	 * headings, setext underlines, lists, quotes, tables, reference definitions) and so
	 * is every {@code <}, {@code &} and {@code \} (no HTML, entities or escapes). Inline
	 * emphasis and links may still render: they drop punctuation only.
	 */
	static String literalText(String text) {
		StringBuilder markdown = new StringBuilder(text.length() + 16);
		for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String stripped = line.stripLeading();
			for (int i = 0; i < stripped.length(); i++) {
				char c = stripped.charAt(i);
				if (ALWAYS_ESCAPED.indexOf(c) >= 0 || (i == 0 && isAsciiPunctuation(c))) {
					markdown.append('\\');
				}
				markdown.append(c);
			}
			markdown.append('\n');
		}
		return markdown.toString().strip();
	}

	private static boolean isAsciiPunctuation(char c) {
		return c < 0x80 && !Character.isLetterOrDigit(c) && c > ' ' && c != 0x7f;
	}

}
