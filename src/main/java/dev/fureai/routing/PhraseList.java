package dev.fureai.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A writers' phrase list (one phrase per line, {@code #} comments, blank lines ignored; a
 * line starting with {@code !} is an exception: a longer phrase that is not a match even
 * though it contains one, e.g. {@code !招待をキャンセル}). A message matches when its words
 * contain a phrase's words in a row, unless an exception covers that place, or the phrase
 * is directly denied (解約ではなく…, 解約書類じゃなくて…).
 */
final class PhraseList {

	private final List<Phrase> phrases = new ArrayList<>();

	private final List<Phrase> exceptions = new ArrayList<>();

	record Phrase(String text, List<String> words) {

	}

	PhraseList(PhraseAnalyzer analyzer, String text) {
		for (String line : text.split("\\R")) {
			String phrase = line.replaceFirst("#.*", "").strip();
			boolean exception = phrase.startsWith("!");
			phrase = exception ? phrase.substring(1).strip() : phrase;
			List<String> words = analyzer.words(phrase).stream().map(PhraseAnalyzer.Word::base).toList();
			if (!words.isEmpty()) {
				(exception ? this.exceptions : this.phrases).add(new Phrase(phrase, words));
			}
		}
	}

	int size() {
		return this.phrases.size();
	}

	/**
	 * The first phrase the text contains, as the writer wrote it; the text as words from
	 * {@link PhraseAnalyzer#words}, so one analysis serves every list a message is
	 * checked against.
	 */
	Optional<String> match(List<PhraseAnalyzer.Word> words) {
		List<String> bases = words.stream().map(PhraseAnalyzer.Word::base).toList();
		for (Phrase phrase : this.phrases) {
			for (int at = indexOf(bases, phrase.words(), 0); at >= 0; at = indexOf(bases, phrase.words(), at + 1)) {
				int end = at + phrase.words().size();
				if (!excepted(bases, at, end) && !denied(words, end)) {
					return Optional.of(phrase.text());
				}
			}
		}
		return Optional.empty();
	}

	private boolean excepted(List<String> bases, int start, int end) {
		for (Phrase exception : this.exceptions) {
			for (int at = indexOf(bases, exception.words(), 0); at >= 0; at = indexOf(bases, exception.words(),
					at + 1)) {
				if (at <= start && at + exception.words().size() >= end) {
					return true;
				}
			}
		}
		return false;
	}

	/** 「解約（書類）ではなく」「解約じゃなくて」: the customer says it is not about this. */
	private static boolean denied(List<PhraseAnalyzer.Word> words, int end) {
		int i = end;
		while (i < words.size() && i < end + 2 && words.get(i).noun()) {
			i++;
		}
		List<String> next = words.subList(i, Math.min(words.size(), i + 3))
			.stream()
			.map(PhraseAnalyzer.Word::base)
			.toList();
		return startsWith(next, "で", "は", "ない") || startsWith(next, "じゃ", "ない") || startsWith(next, "では", "ない");
	}

	private static boolean startsWith(List<String> words, String... prefix) {
		return words.size() >= prefix.length && words.subList(0, prefix.length).equals(List.of(prefix));
	}

	/**
	 * Compared word by word: a sub-list and its iterators per position, per phrase, per
	 * question add up.
	 */
	private static int indexOf(List<String> words, List<String> phrase, int from) {
		for (int i = from; i + phrase.size() <= words.size(); i++) {
			int matched = 0;
			while (matched < phrase.size() && words.get(i + matched).equals(phrase.get(matched))) {
				matched++;
			}
			if (matched == phrase.size()) {
				return i;
			}
		}
		return -1;
	}

}
