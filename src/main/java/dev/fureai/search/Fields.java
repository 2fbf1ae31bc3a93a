package dev.fureai.search;

import dev.fureai.content.Lang;

/**
 * Field names of a section document. Searched fields carry the language in their name, so
 * a Japanese query never scores English text with the Japanese chain or the reverse.
 */
final class Fields {

	static final String ID = "id";

	/** Doc values: the number under which the index keeps the section's display data. */
	static final String KEY = "key";

	static final String TITLE_BIGRAM = "title_bigram";

	static final String QUESTIONS_BIGRAM = "questions_bigram";

	static final String BODY_BIGRAM = "body_bigram";

	static final String YOMI = "yomi";

	private Fields() {
	}

	static String title(Lang lang) {
		return "title_" + lang.code();
	}

	static String questions(Lang lang) {
		return "questions_" + lang.code();
	}

	static String body(Lang lang) {
		return "body_" + lang.code();
	}

}
