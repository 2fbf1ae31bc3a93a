package dev.fureai.tools;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.fureai.tools.Metrics.QueryScores;
import dev.fureai.tools.Metrics.Summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class MetricsTests {

	@Test
	void gradedRankingUsesLinearGainAndLogDiscount() {
		// DCG = 2/log2(3) + 1/log2(4) + 2/log2(6) = 2.535565
		// IDCG = 2/log2(2) + 2/log2(3) + 1/log2(4) = 3.761860
		QueryScores scores = Metrics.score(List.of("x", "a", "b", "y", "c"), Map.of("a", 2, "b", 1, "c", 2));
		assertThat(scores.ndcg()).isCloseTo(0.674019, within(1e-6));
		assertThat(scores.reciprocalRank()).isEqualTo(0.5);
		assertThat(scores.hit1()).isZero();
		assertThat(scores.hit5()).isEqualTo(1);
		assertThat(scores.recall()).isEqualTo(1);
	}

	@Test
	void lateHitCountsForMrrAndRecallButNotForHits() {
		// DCG = 1/log2(8) = 1/3; IDCG = 1 + 1/log2(3) = 1.630930
		QueryScores scores = Metrics.score(List.of("1", "2", "3", "4", "5", "6", "r", "8", "9", "10"),
				Map.of("r", 1, "s", 1));
		assertThat(scores.ndcg()).isCloseTo(0.204382, within(1e-6));
		assertThat(scores.reciprocalRank()).isCloseTo(1.0 / 7, within(1e-12));
		assertThat(scores.hit1()).isZero();
		assertThat(scores.hit5()).isZero();
		assertThat(scores.recall()).isEqualTo(0.5);
	}

	@Test
	void onlyTheFirstTenRanksCount() {
		List<String> ranking = IntStream.rangeClosed(1, 11).mapToObj(String::valueOf).toList();
		QueryScores scores = Metrics.score(ranking, Map.of("11", 2));
		assertThat(scores).isEqualTo(new QueryScores(0, 0, 0, 0, 0));
	}

	@Test
	void idealRankingIsTheTenBestJudgements() {
		List<String> judged = IntStream.rangeClosed(1, 12).mapToObj((i) -> "d" + i).toList();
		Map<String, Integer> grades = judged.stream().collect(java.util.stream.Collectors.toMap((d) -> d, (d) -> 1));
		QueryScores scores = Metrics.score(judged, grades);
		assertThat(scores.ndcg()).isCloseTo(1.0, within(1e-12));
		assertThat(scores.recall()).isCloseTo(10.0 / 12, within(1e-12));
	}

	@Test
	void gradeOneCountsAsRelevantForHitsAndRankIsNotShiftedByRepeats() {
		QueryScores scores = Metrics.score(List.of("a", "a", "b"), Map.of("b", 1, "c", 2));
		// b is the second distinct document: 1/log2(3) over IDCG 2 + 1/log2(3)
		assertThat(scores.reciprocalRank()).isEqualTo(0.5);
		assertThat(scores.ndcg()).isCloseTo(0.630930 / 2.630930, within(1e-6));
		assertThat(scores.recall()).isEqualTo(0.5);
	}

	@Test
	void queriesWithoutRelevantJudgementCannotBeScored() {
		assertThat(Metrics.isScorable(Map.of())).isFalse();
		assertThat(Metrics.isScorable(Map.of("a", 0))).isFalse();
		assertThat(Metrics.isScorable(Map.of("a", 0, "b", 1))).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> Metrics.score(List.of("a"), Map.of("a", 0)));
	}

	@Test
	void summaryAveragesOverQueries() {
		Summary summary = Summary.of(List.of(new QueryScores(1, 1, 1, 1, 1), new QueryScores(0.5, 0.25, 0, 1, 0.5)));
		assertThat(summary).isEqualTo(new Summary(2, 0.75, 0.625, 0.5, 1, 0.75));
		assertThat(Summary.of(List.of()).queries()).isZero();
	}

}
