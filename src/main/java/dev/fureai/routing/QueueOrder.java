package dev.fureai.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * The order of a queue, by rule: priority points, highest first, then the longest
 * waiting. Points = tier points + churn-risk points + LTV points (one per
 * {@code ltv-yen-per-point}, capped) + aging points (per full {@code aging-step} waited).
 * With the defaults a fresh escalation is ordered by tier, then churn risk, then LTV; and
 * as every waiting escalation gains points at the same pace, a newcomer can only pass
 * someone who has waited less than (difference in base points ÷ aging rate): nobody waits
 * forever behind richer customers.
 */
final class QueueOrder {

	private final RoutingProperties.Queue queue;

	QueueOrder(RoutingProperties.Queue queue) {
		this.queue = queue;
	}

	long points(Escalation e, Instant now) {
		long points = this.queue.tierPoints(e.tier());
		points += e.churnRisk() ? this.queue.churnPoints() : 0;
		points += Math.min(this.queue.ltvMaxPoints(), e.ltv() / Math.max(1, this.queue.ltvYenPerPoint()));
		Duration waited = Duration.between(e.createdAt(), now);
		if (!waited.isNegative() && this.queue.agingStep().toMillis() > 0) {
			points += waited.toMillis() / this.queue.agingStep().toMillis() * this.queue.agingPoints();
		}
		return points;
	}

	Comparator<Escalation> at(Instant now) {
		return Comparator.<Escalation>comparingLong((e) -> -points(e, now))
			.thenComparing(Escalation::createdAt)
			.thenComparing(Escalation::id);
	}

}
