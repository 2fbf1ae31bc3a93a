package dev.fureai.search;

import java.util.List;
import java.util.Set;

import dev.fureai.content.Lang;

/**
 * Answers customers' questions from the index.
 */
public interface Search {

	/**
	 * Ranks article sections for a question, one best section per article.
	 * @param question the customer's text, as typed
	 * @param lang the language to search, or {@code null} to detect it from the text
	 * (both languages are searched when the script does not tell)
	 * @param k how many hits at most
	 */
	SearchResult search(String question, Lang lang, int k);

	/**
	 * Whether the text is written in Japanese script (any kana or kanji), which decides
	 * its language whatever else is known about the asker.
	 */
	static boolean inJapaneseScript(String text) {
		return Question.detect(text).equals(Set.of(Lang.JA));
	}

	/**
	 * Titles and questions that complete what the customer is typing (kanji, kana or
	 * romaji).
	 */
	List<Suggestion> suggest(String prefix, int k);

	/**
	 * The words of a question as the search analyses it, for comparing questions with
	 * each other: Kuromoji base forms without particles, stop words and conversational
	 * fillers, with the writers' synonyms added (English: stemmed words). Distinct and
	 * sorted; empty for empty text.
	 * @param question the customer's text, as typed
	 */
	List<String> terms(String question);

}
