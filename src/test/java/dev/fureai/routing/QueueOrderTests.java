package dev.fureai.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueOrderTests {

	private static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");

	private final QueueOrder order = new QueueOrder(TestSettings.routing().queue());

	@Test
	void freshEscalationsAreOrderedByTierThenChurnRiskThenLtvThenWaitingTime() {
		Escalation high = waiting("high", CustomerTier.HIGH_TOUCH, false, 12_000_000, T0);
		Escalation lowChurn = waiting("low-churn", CustomerTier.LOW_TOUCH, true, 1_000_000, T0);
		Escalation lowRich = waiting("low-rich", CustomerTier.LOW_TOUCH, false, 9_000_000, T0);
		Escalation lowPoorEarly = waiting("low-poor-early", CustomerTier.LOW_TOUCH, false, 1_000_000, T0);
		Escalation lowPoorLate = waiting("low-poor-late", CustomerTier.LOW_TOUCH, false, 1_000_000, T0.plusSeconds(60));
		Escalation techChurn = waiting("tech-churn", CustomerTier.TECH_TOUCH, true, 100_000, T0);
		Instant now = T0.plusSeconds(60);
		assertThat(sorted(now, techChurn, lowPoorLate, lowPoorEarly, lowRich, lowChurn, high)).containsExactly(high,
				lowChurn, lowRich, lowPoorEarly, lowPoorLate, techChurn);
	}

	@Test
	void waitingEarnsPointsSoNobodyWaitsForever() {
		Escalation techChurn = waiting("tech-churn", CustomerTier.TECH_TOUCH, true, 0, T0);
		// 150 points; a fresh low-touch customer has 200 (+1 per ¥1,000,000 of LTV)
		assertThat(this.order.points(techChurn, T0)).isEqualTo(150);
		assertThat(this.order.points(techChurn, T0.plus(Duration.ofMinutes(9)))).isEqualTo(150);
		assertThat(this.order.points(techChurn, T0.plus(Duration.ofMinutes(10)))).isEqualTo(160);

		Instant later = T0.plus(Duration.ofMinutes(51));
		Escalation freshLow = waiting("fresh-low", CustomerTier.LOW_TOUCH, false, 0, later);
		assertThat(sorted(later, freshLow, techChurn)).containsExactly(techChurn, freshLow);
		Escalation freshRichLow = waiting("fresh-rich-low", CustomerTier.LOW_TOUCH, false, 9_999_999, later);
		assertThat(sorted(later, freshRichLow, techChurn)).as("209 vs 200: the newcomer still goes first")
			.containsExactly(freshRichLow, techChurn);
		Instant muchLater = T0.plus(Duration.ofMinutes(61));
		Escalation newcomer = waiting("newcomer", CustomerTier.LOW_TOUCH, false, 9_999_999, muchLater);
		assertThat(sorted(muchLater, newcomer, techChurn)).containsExactly(techChurn, newcomer);
	}

	@Test
	void ltvPointsAreCapped() {
		Escalation rich = waiting("rich", CustomerTier.HIGH_TOUCH, false, 10_000_000_000L, T0);
		assertThat(this.order.points(rich, T0)).isEqualTo(300 + 40);
	}

	@Test
	void theRuleIsConfiguration() {
		QueueOrder churnFirst = new QueueOrder(TestSettings.routing("queue.churn-points=500").queue());
		Escalation high = waiting("high", CustomerTier.HIGH_TOUCH, false, 12_000_000, T0);
		Escalation lowChurn = waiting("low-churn", CustomerTier.LOW_TOUCH, true, 1_000_000, T0);
		assertThat(List.of(high, lowChurn).stream().sorted(churnFirst.at(T0)).toList()).containsExactly(lowChurn, high);
	}

	private List<Escalation> sorted(Instant now, Escalation... escalations) {
		return List.of(escalations).stream().sorted(this.order.at(now)).toList();
	}

	static Escalation waiting(String id, CustomerTier tier, boolean churn, long ltv, Instant created) {
		QueuePool pool = (tier == CustomerTier.HIGH_TOUCH) ? QueuePool.HIGH_TOUCH : QueuePool.LOW_TOUCH;
		return new Escalation(id, "conv-" + id, null, EscalationStatus.WAITING, EscalationTrigger.ASKED_FOR_PERSON,
				tier, "", "", pool, churn, null, ltv, null, null, created, created.plusSeconds(300), null, null, null,
				null, false, null);
	}

}
