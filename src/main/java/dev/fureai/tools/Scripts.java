package dev.fureai.tools;

import java.util.Collection;

import dev.fureai.content.Lang;

/**
 * Tells a data set's language by its script, since the files do not say.
 */
final class Scripts {

	private Scripts() {
	}

	/**
	 * Japanese when kana and kanji outnumber Latin letters, English otherwise.
	 */
	static Lang languageOf(Collection<String> texts) {
		long japanese = 0;
		long latin = 0;
		for (String text : texts) {
			for (int cp : text.codePoints().toArray()) {
				Character.UnicodeScript script = Character.UnicodeScript.of(cp);
				if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
						|| script == Character.UnicodeScript.KATAKANA) {
					japanese++;
				}
				else if (script == Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
					latin++;
				}
			}
		}
		return (japanese > latin) ? Lang.JA : Lang.EN;
	}

}
