package dev.fureai.chat;

import java.util.List;
import java.util.Set;

import dev.fureai.chat.AnswerPolicy.Decision;
import dev.fureai.content.Lang;
import dev.fureai.search.SearchHit;
import dev.fureai.search.SearchResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerPolicyTests {

	private final AnswerPolicy policy = new AnswerPolicy(ChatProperties.defaults());

	@Test
	void noHitsIsNoAnswer() {
		assertThat(this.policy.decide(result())).isEqualTo(new Decision.NoAnswer(List.of()));
	}

	@Test
	void aSingleHitAnswers() {
		assertThat(this.policy.decide(result(5f))).isInstanceOf(Decision.Answer.class);
	}

	@Test
	void aClearlyBetterFirstHitAnswersAndKeepsTheOthersAsRelated() {
		Decision decision = this.policy.decide(result(10f, 7f, 1f));
		assertThat(decision).isInstanceOfSatisfying(Decision.Answer.class, (answer) -> {
			assertThat(answer.hit().articleId()).isEqualTo("a0");
			assertThat(answer.others()).extracting(SearchHit::articleId).containsExactly("a1", "a2");
		});
	}

	@Test
	void closeScoresClarifyWithAtMostThreeChoices() {
		Decision decision = this.policy.decide(result(10f, 9f, 8f, 7f));
		assertThat(decision).isInstanceOfSatisfying(Decision.Clarify.class,
				(clarify) -> assertThat(clarify.choices()).extracting(SearchHit::articleId)
					.containsExactly("a0", "a1", "a2"));
	}

	@Test
	void twoCloseHitsClarifyWithTwoChoices() {
		assertThat(this.policy.decide(result(10f, 9f))).isInstanceOfSatisfying(Decision.Clarify.class,
				(clarify) -> assertThat(clarify.choices()).hasSize(2));
	}

	@Test
	void aBestHitBelowTheMinimumScoreIsNoAnswerWithTheClosestGuides() {
		AnswerPolicy strict = new AnswerPolicy(
				new ChatProperties(1000, 30, 1.3, 20, 3, 3, 200, "mailto:a@example.com"));
		assertThat(strict.decide(result(10f, 2f))).isInstanceOfSatisfying(Decision.NoAnswer.class,
				(none) -> assertThat(none.closest()).hasSize(2));
	}

	private static SearchResult result(float... scores) {
		List<SearchHit> hits = new java.util.ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			hits.add(new SearchHit("a" + i, "", "title " + i, null, scores[i], "", "<p></p>"));
		}
		return new SearchResult("q", SearchResult.Status.OK, Set.of(Lang.JA), hits);
	}

}
