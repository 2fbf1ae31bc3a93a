package dev.fureai.search;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fureai.search.AnswerDecision.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer / clarify / no-answer decision over the shipped sample content: clear
 * questions are answered with their article, vague ones are asked back with a few
 * choices, and questions the help center does not cover are admitted as such.
 */
class SampleContentDecisionTests {

	private static SearchEngine engine;

	@BeforeAll
	static void build() {
		engine = SearchEngine.build(dev.fureai.content.ContentScanner.scan(Path.of("content")),
				SearchProperties.defaults());
	}

	@ParameterizedTest
	@ValueSource(strings = { "払い戻しはしてもらえる？ plans-refund", "10回間違えてロックされちゃった login-account-locked",
			"承認のお知らせをSlackのチャンネルに流したい integrations-slack", "データは日本国内に保管されていますか security-data-location",
			"勝手にログアウトされるんですが security-session-timeout", "むりょうとらいある plans-free-trial" })
	void clearQuestionsAreAnswered(String questionAndArticle) {
		String question = questionAndArticle.substring(0, questionAndArticle.lastIndexOf(' '));
		String article = questionAndArticle.substring(questionAndArticle.lastIndexOf(' ') + 1);
		AnswerDecision decision = engine.search(question, null, 5).decision();
		assertThat(decision.kind()).as(decision.reason()).isEqualTo(Kind.ANSWER);
		assertThat(decision.choices()).extracting(SearchHit::articleId).containsExactly(article);
	}

	/**
	 * The sample content's English articles lead clearly, so these are answered under
	 * either language's thresholds; the English thresholds themselves are
	 * {@code DeciderTests}'.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "how do I cancel my subscription plans-cancel-en",
			"I forgot my password and need to reset it login-password-reset-en",
			"where can I download last month's invoice billing-invoice-download-en" })
	void clearEnglishQuestionsAreAnswered(String questionAndArticle) {
		clearQuestionsAreAnswered(questionAndArticle);
	}

	@ParameterizedTest
	@ValueSource(strings = { "設定について", "料金", "使い方", "ログイン" })
	void vagueQuestionsAreAskedBack(String question) {
		SearchResult result = engine.search(question, null, 5);
		AnswerDecision decision = result.decision();
		assertThat(decision.kind()).as(decision.reason()).isEqualTo(Kind.CLARIFY);
		assertThat(decision.choices()).hasSize(3).isEqualTo(result.hits().subList(0, 3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "天気", "株価", "明日の天気は？", "今日の株価を教えて", "あいうえお かきくけこ", "美味しいラーメン屋", "asdf qwerty",
			"what's the weather tomorrow", "   " })
	void offTopicQuestionsGetNoAnswer(String question) {
		AnswerDecision decision = engine.search(question, null, 5).decision();
		assertThat(decision.kind()).as(decision.reason()).isEqualTo(Kind.NO_ANSWER);
		assertThat(decision.choices()).isEmpty();
	}

}
