package dev.fureai.search;

import java.util.EnumSet;
import java.util.Set;

import dev.fureai.content.Lang;
import dev.fureai.search.SearchResult.Status;

/**
 * A customer's question made ready to search: trimmed, capped, and with the languages to
 * search. The script decides the language: any kana or kanji means Japanese; text without
 * either (Latin, digits) is searched in both languages, since Japanese articles also
 * contain product names and English terms.
 *
 * @param text the text to search
 * @param status OK, TRUNCATED or EMPTY
 * @param languages the languages to search
 */
record Question(String text, Status status, Set<Lang> languages) {

	static Question of(String raw, Lang lang, int maxLength) {
		String text = (raw != null) ? raw.strip() : "";
		if (text.isEmpty()) {
			return new Question("", Status.EMPTY, (lang != null) ? Set.of(lang) : Set.of());
		}
		Status status = Status.OK;
		if (text.length() > maxLength) {
			int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
			text = text.substring(0, end).strip();
			status = Status.TRUNCATED;
		}
		return new Question(text, status, (lang != null) ? Set.of(lang) : detect(text));
	}

	static Set<Lang> detect(String text) {
		boolean japanese = text.codePoints().anyMatch(Question::isJapanese);
		return japanese ? Set.of(Lang.JA) : EnumSet.of(Lang.JA, Lang.EN);
	}

	private static boolean isJapanese(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
				|| script == Character.UnicodeScript.HAN;
	}

}
