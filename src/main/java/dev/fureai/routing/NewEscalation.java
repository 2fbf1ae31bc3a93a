package dev.fureai.routing;

import java.util.Objects;
import java.util.Optional;

import dev.fureai.customers.CustomerId;

/**
 * What is needed to open an escalation; the routing policy fills it in.
 *
 * @param conversationId the chat conversation
 * @param customer the verified customer, if any
 * @param trigger why
 * @param decision the customer's tier and its reason
 * @param pool the queue
 * @param churnRisk whether churn-risk words were seen
 * @param churnPhrase the matched phrase, or {@code null}
 * @param assignee the own CSM it goes to directly, or {@code null}
 * @param notifiedCsm the own CSM to tell, or {@code null}
 */
public record NewEscalation(String conversationId, Optional<CustomerId> customer, EscalationTrigger trigger,
		TierDecision decision, QueuePool pool, boolean churnRisk, String churnPhrase, String assignee,
		String notifiedCsm) {

	public NewEscalation {
		if (conversationId == null || conversationId.isBlank() || conversationId.length() > 100) {
			throw new IllegalArgumentException("conversation id must be 1..100 characters");
		}
		Objects.requireNonNull(customer, "customer");
		Objects.requireNonNull(trigger, "trigger");
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(pool, "pool");
	}

}
