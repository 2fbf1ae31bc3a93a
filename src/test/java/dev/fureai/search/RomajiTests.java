package dev.fureai.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RomajiTests {

	@ParameterizedTest
	@CsvSource({ "ryoushuusho, りょうしゅうしょ", "ryousyuusyo, りょうしゅうしょ", "RyouShuuSho, りょうしゅうしょ", "pasuwa-do, ぱすわーど",
			"konnichiha, こんにちは", "konnnichiha, こんにちは", "onna, おんな", "kin'en, きんえん", "kinen, きねん", "nihonn, にほん",
			"kitte, きって", "matcha, まっちゃ", "shashin, しゃしん", "jisho, じしょ", "zyasuto, じゃすと", "tsukaikata, つかいかた",
			"tukaikata, つかいかた", "fairu, ふぁいる", "ti-mu, ちーむ", "'ryoushuusho  hoshii', 'りょうしゅうしょ ほしい'" })
	void readsRomajiAsAnImeWould(String romaji, String hiragana) {
		assertThat(Romaji.toHiragana(romaji)).contains(hiragana);
	}

	@ParameterizedTest
	@ValueSource(strings = { "cancel", "password", "how do I export", "SAML", "csv", "api", "name", "-to", "abc123",
			"領収書", "" })
	void englishAbbreviationsAndOtherTextAreNotRomaji(String text) {
		assertThat(Romaji.toHiragana(text)).isEmpty();
	}

}
