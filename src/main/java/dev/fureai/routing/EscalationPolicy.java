package dev.fureai.routing;

import java.util.Optional;

/**
 * Where an escalation goes, by tier. Pure.
 * <ul>
 * <li>tech touch: no queue, self-service alternatives; churn risk also goes to the
 * low-touch pool when {@code tech-touch-churn-to-low-pool} (at tech-touch priority);</li>
 * <li>low touch: the low-touch pool;</li>
 * <li>high touch: the own CSM directly when assigned and online, else the high-touch pool
 * with the own CSM notified.</li>
 * </ul>
 */
final class EscalationPolicy {

	private final boolean techTouchChurnToLowPool;

	EscalationPolicy(RoutingProperties properties) {
		this.techTouchChurnToLowPool = properties.techTouchChurnToLowPool();
	}

	/**
	 * @param pool the queue, empty for none
	 * @param assignee the own CSM it goes to directly, or {@code null}
	 * @param notifyCsm the own CSM to tell although it went to the pool, or {@code null}
	 * @param selfService whether to offer self-service alternatives
	 */
	record Route(Optional<QueuePool> pool, String assignee, String notifyCsm, boolean selfService) {

	}

	Route route(CustomerTier tier, Optional<String> csm, boolean churnRisk, AgentPresence presence) {
		return switch (tier) {
			case TECH_TOUCH -> new Route(
					(churnRisk && this.techTouchChurnToLowPool) ? Optional.of(QueuePool.LOW_TOUCH) : Optional.empty(),
					null, null, true);
			case LOW_TOUCH -> new Route(Optional.of(QueuePool.LOW_TOUCH), null, null, false);
			case HIGH_TOUCH -> {
				boolean online = csm.map(presence::isOnline).orElse(false);
				yield new Route(Optional.of(QueuePool.HIGH_TOUCH), online ? csm.get() : null,
						online ? null : csm.orElse(null), false);
			}
		};
	}

	/**
	 * The trigger stored when several were found at once: the customer's own wish first.
	 */
	static EscalationTrigger primary(java.util.Set<EscalationTrigger> triggers) {
		if (triggers.contains(EscalationTrigger.ASKED_FOR_PERSON)) {
			return EscalationTrigger.ASKED_FOR_PERSON;
		}
		return triggers.contains(EscalationTrigger.CHURN_RISK) ? EscalationTrigger.CHURN_RISK
				: EscalationTrigger.REPEATED_FAILURE;
	}

}
