package dev.fureai.content;

import java.util.Locale;
import java.util.Optional;

/**
 * The language an article is written in, and so which analysis chain indexes it.
 */
public enum Lang {

	JA, EN;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Lang> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return switch (code.trim().toLowerCase(Locale.ROOT)) {
			case "ja", "ja-jp", "jp" -> Optional.of(JA);
			case "en", "en-us", "en-gb" -> Optional.of(EN);
			default -> Optional.empty();
		};
	}

}
