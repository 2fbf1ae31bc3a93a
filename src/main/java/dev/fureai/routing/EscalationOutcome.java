package dev.fureai.routing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What routing decided for one customer turn, and what to tell the customer.
 *
 * @param kind what happened
 * @param tier the customer's tier ({@code null} when nothing was decided)
 * @param tierReason why that tier
 * @param triggers the triggers found (empty when not escalated)
 * @param selfService links offered instead of (or besides) a person; the chat adds its
 * best related guides
 * @param queue the queue status when the customer is in a queue, else {@code null}
 * @param message what to tell the customer, in Japanese (empty for {@link Kind#NONE})
 */
public record EscalationOutcome(Kind kind, CustomerTier tier, String tierReason, Set<EscalationTrigger> triggers,
		List<SelfServiceLink> selfService, QueueStatus queue, String message) {

	/** What happened. */
	public enum Kind {

		/** No trigger: the bot carries on. */
		NONE,
		/**
		 * Tech touch: self-service alternatives, no person (churn risk still recorded).
		 */
		SELF_SERVICE,
		/** Queued now (tech-touch churn risk may be queued as well as offered links). */
		QUEUED,
		/** The conversation was already waiting or with a person. */
		ALREADY_QUEUED,
		/**
		 * The queue could not be written (database down): the customer is told so, and
		 * routing retries by itself; {@link ConversationEscalated} follows when it works.
		 */
		NOT_QUEUED_RETRYING

	}

	public EscalationOutcome {
		triggers = Set.copyOf(triggers);
		selfService = List.copyOf(selfService);
	}

	static EscalationOutcome none() {
		return new EscalationOutcome(Kind.NONE, null, null, Set.of(), List.of(), null, "");
	}

	public boolean escalated() {
		return this.kind != Kind.NONE;
	}

	public Optional<QueueStatus> queueStatus() {
		return Optional.ofNullable(this.queue);
	}

}
