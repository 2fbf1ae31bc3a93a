package dev.fureai.tools;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.fureai.search.AnswerDecision.Kind;
import dev.fureai.tools.DecisionQuality.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DecisionQualityTests {

	@Test
	void countsEachDecisionAgainstTheJudgements() {
		Map<String, Integer> aRelevant = Map.of("a", 2);
		List<Outcome> outcomes = List.of(new Outcome(Kind.ANSWER, List.of("a", "b")),
				new Outcome(Kind.ANSWER, List.of("b", "a")), new Outcome(Kind.CLARIFY, List.of("b", "c", "a")),
				new Outcome(Kind.CLARIFY, List.of("b", "c", "d", "a")), new Outcome(Kind.NO_ANSWER, List.of("b")),
				new Outcome(Kind.NO_ANSWER, List.of("a")));
		DecisionQuality quality = DecisionQuality.of(outcomes,
				List.of(aRelevant, aRelevant, aRelevant, aRelevant, aRelevant, Map.of("a", 1)));
		assertThat(quality.coverage()).isCloseTo(2 / 6.0, within(1e-9));
		assertThat(quality.precision()).isEqualTo(0.5);
		assertThat(quality.clarifyHit3()).isEqualTo(0.5);
		assertThat(quality.noAnswerRight()).isEqualTo(0.5);
	}

	@Test
	void noDecisionOfAKindGivesZeroNotNaN() {
		DecisionQuality quality = DecisionQuality.of(List.of(new Outcome(Kind.CLARIFY, List.of())),
				List.of(Map.of("a", 1)));
		assertThat(quality.precision()).isZero();
		assertThat(quality.noAnswerRight()).isZero();
		assertThat(quality.clarifyHit3()).isZero();
	}

}
