package dev.fureai.agents;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.fureai.chat.Transcripts;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptFactsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void guidesShownOnceEachInOrderAndFeedbackWithTheAnswersTitle() {
		List<Transcripts.Line> transcript = List.of(line("q1", "customer", "ask", "{\"text\":\"領収書\"}"), line("b1",
				"bot", "answer",
				"{\"articleId\":\"billing-receipt\",\"title\":\"領収書を発行する\",\"link\":\"/articles/billing-receipt\"}"),
				line("f1", "customer", "feedback", "{\"answerId\":\"b1\",\"resolved\":false,\"comment\":\"宛名\"}"),
				line("b2", "bot", "alternatives",
						"{\"guides\":[{\"articleId\":\"billing-receipt\",\"title\":\"領収書を発行する\"},"
								+ "{\"articleId\":\"billing-invoice-download\",\"title\":\"請求書\",\"section\":\"PDF\"}]}"),
				line("a1", "agent", "agent_message", "{\"text\":\"/articles/x\"}"));
		assertThat(TranscriptFacts.articlesShown(transcript)).extracting(TranscriptFacts.Shown::articleId)
			.containsExactly("billing-receipt", "billing-invoice-download");
		assertThat(TranscriptFacts.articlesShown(transcript).get(1).link())
			.isEqualTo("/articles/billing-invoice-download");
		assertThat(TranscriptFacts.feedback(transcript)).singleElement().satisfies((f) -> {
			assertThat(f.answerTitle()).isEqualTo("領収書を発行する");
			assertThat(f.resolved()).isFalse();
			assertThat(f.comment()).isEqualTo("宛名");
		});
	}

	@Test
	void customersSeeTheFamilyName() {
		assertThat(new Agent("csm-sato", "佐藤 花子", Set.of(AgentRole.HIGH_TOUCH_CSM), true).shownName()).isEqualTo("佐藤");
		assertThat(new Agent("csm-x", "山田\u3000太郎", Set.of(), true).shownName()).isEqualTo("山田");
		assertThat(new Agent("csm-y", null, Set.of(), true).shownName()).isEqualTo("csm-y");
	}

	private static Transcripts.Line line(String id, String from, String type, String json) {
		return new Transcripts.Line(id, from, type, JSON.readTree(json), Instant.now(), null);
	}

}
