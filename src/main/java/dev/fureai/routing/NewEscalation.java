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
 * @param question the customer's words that led to it, or {@code null}; cut to
 * {@link #QUESTION_LENGTH} characters
 */
public record NewEscalation(String conversationId, Optional<CustomerId> customer, EscalationTrigger trigger,
		TierDecision decision, QueuePool pool, boolean churnRisk, String churnPhrase, String assignee,
		String notifiedCsm, String question) {

	/** What the escalation keeps of the customer's words: enough for the console. */
	public static final int QUESTION_LENGTH = 1000;

	public NewEscalation {
		if (conversationId == null || conversationId.isBlank() || conversationId.length() > 100) {
			throw new IllegalArgumentException("conversation id must be 1..100 characters");
		}
		Objects.requireNonNull(customer, "customer");
		Objects.requireNonNull(trigger, "trigger");
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(pool, "pool");
		question = cut(question);
	}

	private static String cut(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() <= QUESTION_LENGTH) {
			return text;
		}
		// whole characters only: a pair of surrogates is kept or dropped together
		int end = Character.isHighSurrogate(text.charAt(QUESTION_LENGTH - 1)) ? QUESTION_LENGTH - 1 : QUESTION_LENGTH;
		return text.substring(0, end);
	}

}
