package dev.fureai.chat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.content.Article;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.Lang;
import dev.fureai.content.Section;
import dev.fureai.search.SearchEngine;
import dev.fureai.search.SearchProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latin-only questions from an English widget: English articles first, Japanese ones when
 * English has nothing. A help center where a Japanese article quotes English words.
 */
class RepliesLanguageTests {

	private static final ContentSnapshot SNAPSHOT = TestContent.snapshot(
			article("ja-lost-device", Lang.JA, "認証アプリの端末をなくした（lost device, lost phone）", "端末をなくした場合 lost lost"),
			article("en-password", Lang.EN, "Reset your password", "If you lost your password, set a new one."),
			article("ja-slack", Lang.JA, "Slack に通知する", "承認依頼を Slack のチャンネルに通知します。"));

	private final Replies replies = new Replies(SearchEngine.build(SNAPSHOT, SearchProperties.defaults()),
			() -> SNAPSHOT, null, ChatProperties.defaults());

	@Test
	void anEnglishWidgetsLatinQuestionPrefersEnglishArticles() {
		assertThat(first(new Ask("m1", null, "lost password"))).as("both languages, as the script says")
			.isEqualTo("ja-lost-device");
		assertThat(first(new Ask("m2", null, "lost password", "en"))).isEqualTo("en-password");
		assertThat(first(new Ask("m3", null, "lost password", "ja"))).isEqualTo("ja-lost-device");
	}

	@Test
	void whenEnglishHasNothingJapaneseArticlesAreStillFound() {
		assertThat(first(new Ask("m1", null, "Slack", "en"))).isEqualTo("ja-slack");
	}

	@Test
	void japaneseScriptIsSearchedAsJapaneseWhateverTheWidget() {
		assertThat(first(new Ask("m1", null, "Slackに通知したい", "en"))).isEqualTo("ja-slack");
	}

	private String first(Ask ask) {
		ServerMessage reply = this.replies.to(ask, "c-1").getFirst();
		return switch (reply) {
			case ServerMessage.Answer answer -> answer.articleId();
			case ServerMessage.Clarify clarify -> clarify.choices().getFirst().articleId();
			case ServerMessage.NoAnswer none -> none.closest().isEmpty() ? null : none.closest().getFirst().articleId();
			default -> throw new AssertionError(reply);
		};
	}

	private static Article article(String id, Lang lang, String title, String text) {
		return new Article(id, title, List.of(title), "test", List.of(), lang, List.of(),
				List.of(new Section("", null, "<p>" + text + "</p>", text)), Path.of(id + ".md"));
	}

}
