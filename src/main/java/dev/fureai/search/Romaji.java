package dev.fureai.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Romaji typed with the input method off (ryoushuusho, pasuwa-do wasureta) read back as
 * hiragana, the way an IME would: Hepburn, Kunrei and the common keyboard spellings (shi
 * / si, tsu / tu, ja / zya / jya, nn and n' for ん, a doubled consonant for っ, a hyphen
 * for ー). Text that does not read as romaji throughout (most English: cancel, how,
 * password) gives nothing, so English questions are left alone.
 */
final class Romaji {

	/** Shorter readings are too often an English word or an abbreviation (api, sea). */
	static final int MIN_KANA = 3;

	private static final String VOWELS = "aiueo";

	private static final Map<String, String> SYLLABLES = syllables();

	private Romaji() {
	}

	/** The text in hiragana, or empty when it is not romaji throughout. */
	static Optional<String> toHiragana(String text) {
		String s = text.strip().toLowerCase(Locale.ROOT);
		StringBuilder kana = new StringBuilder();
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (c == ' ' || c == '　') {
				if (kana.length() > 0 && kana.charAt(kana.length() - 1) != ' ') {
					kana.append(' ');
				}
				i++;
				continue;
			}
			if (c == '-') {
				if (kana.isEmpty() || kana.charAt(kana.length() - 1) == ' ') {
					return Optional.empty();
				}
				kana.append('ー');
				i++;
				continue;
			}
			if (c < 'a' || c > 'z') {
				return Optional.empty();
			}
			if (c == 'n') {
				char next = (i + 1 < s.length()) ? s.charAt(i + 1) : ' ';
				char after = (i + 2 < s.length()) ? s.charAt(i + 2) : ' ';
				if (next == '\'' || (next == 'n' && VOWELS.indexOf(after) < 0 && after != 'y')) {
					// n' and a final or lone nn are ん
					kana.append('ん');
					i += 2;
					continue;
				}
				if (next == 'n') {
					// konnichiha: ん, then the second n starts に
					kana.append('ん');
					i++;
					continue;
				}
				if (VOWELS.indexOf(next) < 0 && next != 'y') {
					kana.append('ん');
					i++;
					continue;
				}
			}
			char next = (i + 1 < s.length()) ? s.charAt(i + 1) : ' ';
			if (c == next && VOWELS.indexOf(c) < 0) {
				kana.append('っ');
				i++;
				continue;
			}
			if (c == 't' && next == 'c') {
				kana.append('っ');
				i++;
				continue;
			}
			String syllable = null;
			int length = 0;
			for (int n = Math.min(3, s.length() - i); n > 0; n--) {
				syllable = SYLLABLES.get(s.substring(i, i + n));
				if (syllable != null) {
					length = n;
					break;
				}
			}
			if (syllable == null) {
				return Optional.empty();
			}
			kana.append(syllable);
			i += length;
		}
		String result = kana.toString().strip();
		int kanaLetters = (int) result.chars().filter((ch) -> ch != ' ').count();
		return (kanaLetters >= MIN_KANA) ? Optional.of(result) : Optional.empty();
	}

	private static Map<String, String> syllables() {
		Map<String, String> table = new HashMap<>();
		String[] rows = { "あいうえお", "かきくけこ", "さしすせそ", "たちつてと", "なにぬねの", "はひふへほ", "まみむめも", "らりるれろ", "がぎぐげご", "ざじずぜぞ",
				"だぢづでど", "ばびぶべぼ", "ぱぴぷぺぽ" };
		String[] consonants = { "", "k", "s", "t", "n", "h", "m", "r", "g", "z", "d", "b", "p" };
		for (int row = 0; row < rows.length; row++) {
			for (int v = 0; v < VOWELS.length(); v++) {
				table.put(consonants[row] + VOWELS.charAt(v), String.valueOf(rows[row].charAt(v)));
			}
		}
		put(table, "ya:や yu:ゆ yo:よ wa:わ wo:を we:うぇ wi:うぃ");
		put(table, "shi:し chi:ち tsu:つ fu:ふ ji:じ");
		put(table, "fa:ふぁ fi:ふぃ fe:ふぇ fo:ふぉ va:ゔぁ vi:ゔぃ vu:ゔ ve:ゔぇ vo:ゔぉ");
		put(table, "ti:ち tu:つ hu:ふ si:し zi:じ di:ぢ du:づ");
		put(table, "thi:てぃ dhi:でぃ twu:とぅ dwu:どぅ she:しぇ che:ちぇ je:じぇ");
		String[] small = { "ゃ", "ゅ", "ょ" };
		String[][] palatal = { { "ky", "き" }, { "sy", "し" }, { "sh", "し" }, { "ty", "ち" }, { "ch", "ち" }, { "cy", "ち" },
				{ "ny", "に" }, { "hy", "ひ" }, { "my", "み" }, { "ry", "り" }, { "gy", "ぎ" }, { "zy", "じ" }, { "jy", "じ" },
				{ "j", "じ" }, { "dy", "ぢ" }, { "by", "び" }, { "py", "ぴ" } };
		for (String[] p : palatal) {
			for (int v = 0; v < 3; v++) {
				table.put(p[0] + "auo".charAt(v), p[1] + small[v]);
			}
		}
		put(table, "xa:ぁ xi:ぃ xu:ぅ xe:ぇ xo:ぉ la:ぁ li:ぃ lu:ぅ le:ぇ lo:ぉ xtu:っ ltu:っ xya:ゃ xyu:ゅ xyo:ょ");
		return Map.copyOf(table);
	}

	private static void put(Map<String, String> table, String pairs) {
		for (String pair : pairs.split(" ")) {
			String[] kv = pair.split(":");
			table.put(kv[0], kv[1]);
		}
	}

}
