package dev.fureai.routing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.DictionaryFile;

import static org.assertj.core.api.Assertions.assertThat;

class ChurnRiskPhrasesTests {

	private static final PhraseAnalyzer analyzer = new PhraseAnalyzer();

	private static final TriggerDetector detector = new TriggerDetector(TestSettings.routing().triggers(), analyzer);

	@ParameterizedTest
	@ValueSource(strings = { "解約したいんですが", "退会したい", "やめたいです", "キャンセルできますか", "返金してほしい", "解約方法の記事はどこ？", "解約できないんですか",
			"ｷｬﾝｾﾙしたい", "サービスを辞めたいと考えています", "I want a refund", "cancelling my plan", "Can I get my money back?",
			"CANCEL", "ＣＡＮＣＥＬ　ｐｌｅａｓｅ", "How do I unsubscribe?", "refunds", "cancelled" })
	void churnRiskIsFoundInEveryPhrasing(String text) {
		assertThat(detector.inText(text, Optional.empty()).triggers()).contains(EscalationTrigger.CHURN_RISK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "契約内容を確認したい", "解約書類ではなく契約書の控えがほしい", "解約じゃなくてプラン変更をしたい", "請求書を再発行したい", "返信が届かない",
			"退職した社員のアカウントを削除したい", "担当者が会社を辞めたので権限を移したい", "招待をキャンセルしたい", "How do I export my data?",
			"the cancellation-free plan? no, the invoice", "会員登録の方法" })
	void honestQuestionsAreNotChurnRisk(String text) {
		if (text.startsWith("the cancellation")) {
			// a word that stems to a list word counts: the list is about words, not
			// intent
			assertThat(detector.inText(text, Optional.empty()).triggers()).contains(EscalationTrigger.CHURN_RISK);
			return;
		}
		assertThat(detector.inText(text, Optional.empty()).triggers()).doesNotContain(EscalationTrigger.CHURN_RISK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "担当者と話したい", "担当者につないでください", "人と話せますか", "オペレーターをお願いします", "担当の方に相談したい",
			"I want to talk to a person", "Can I speak to a human?", "live agent please" })
	void askingForAPersonIsFound(String text) {
		assertThat(detector.inText(text, Optional.empty()).triggers())
			.containsExactly(EscalationTrigger.ASKED_FOR_PERSON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "担当者を変更する方法", "ユーザーを招待したい", "話題のテンプレート", "What is a personal access token?" })
	void questionsAboutPeopleAreNotRequestsForOne(String text) {
		assertThat(detector.inText(text, Optional.empty()).triggers()).isEmpty();
	}

	@Test
	void bothTriggersCanBeInOneMessage() {
		TriggerDetector.Found found = detector.inText("解約したいので担当者と話したい", Optional.empty());
		assertThat(found.triggers()).containsExactlyInAnyOrder(EscalationTrigger.CHURN_RISK,
				EscalationTrigger.ASKED_FOR_PERSON);
		assertThat(found.churnPhrase()).contains("解約");
	}

	@Test
	void theWritersFileReplacesTheBuiltInList() {
		ContentSnapshot withFile = snapshot("# 自社の言い方\n乗り換えたい\n");
		assertThat(detector.inText("他のツールに乗り換えたいです", Optional.of(withFile)).triggers())
			.contains(EscalationTrigger.CHURN_RISK);
		assertThat(detector.inText("解約したい", Optional.of(withFile)).triggers()).isEmpty();
		assertThat(detector.inText("他のツールに乗り換えたいです", Optional.empty()).triggers()).isEmpty();
	}

	@Test
	void triggersAreConfiguration() {
		TriggerDetector off = new TriggerDetector(
				TestSettings.routing("triggers.churn-risk=false", "triggers.ask-for-person=false").triggers(),
				analyzer);
		assertThat(off.inText("解約したいので担当者と話したい", Optional.empty()).triggers()).isEmpty();
		assertThat(detector.failuresEscalate(1)).isFalse();
		assertThat(detector.failuresEscalate(2)).isTrue();
		TriggerDetector never = new TriggerDetector(TestSettings.routing("triggers.failures-in-a-row=0").triggers(),
				analyzer);
		assertThat(never.failuresEscalate(10)).isFalse();
	}

	@Test
	void theShippedContentFilesAreTheBuiltInLists() throws IOException {
		for (String name : List.of("churn-risk.txt", "ask-for-person.txt")) {
			assertThat(Files.readString(Path.of("content/_search", name))).isEqualTo(WritersPhrases.builtInText(name));
		}
	}

	private static ContentSnapshot snapshot(String churnRisk) {
		return new ContentSnapshot(Path.of("content"), 1, java.util.Map.of(),
				List.of(new DictionaryFile(Path.of("_search/churn-risk.txt"), churnRisk)), List.of());
	}

}
