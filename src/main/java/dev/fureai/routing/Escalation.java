package dev.fureai.routing;

import java.time.Instant;
import java.util.Optional;

import dev.fureai.customers.CustomerId;

/**
 * A conversation handed to people, as stored.
 *
 * @param id the escalation's id
 * @param conversationId the chat conversation
 * @param customer the verified customer, or {@code null} for an anonymous visitor
 * @param status where it is
 * @param trigger why it was opened
 * @param tier the customer's tier when it was opened
 * @param tierReason why that tier, in Japanese
 * @param tierReasonEn why that tier, in English
 * @param pool the queue it waits in
 * @param churnRisk whether churn-risk words were seen
 * @param churnPhrase the churn-risk phrase matched, or {@code null}
 * @param ltv the customer's LTV in yen (0 when unknown), for ordering
 * @param assignee the own CSM it went to directly (online when opened), or {@code null}
 * @param notifiedCsm the own CSM told about it though it went to the pool, or
 * {@code null}
 * @param createdAt when it was opened
 * @param firstResponseDue the SLA's deadline for a first response (business hours)
 * @param claimedAt when a person took it, or {@code null}
 * @param claimedBy who took it, or {@code null}
 * @param resolvedAt when it was resolved, or {@code null}
 * @param leftAt since when the customer is gone, or {@code null}
 * @param slaBreached whether the first response came (or is still missing) after the
 * deadline
 * @param question the customer's words that led to it (at most
 * {@link NewEscalation#QUESTION_LENGTH} characters), or {@code null} when it came from a
 * button or from feedback without words
 */
public record Escalation(String id, String conversationId, CustomerId customer, EscalationStatus status,
		EscalationTrigger trigger, CustomerTier tier, String tierReason, String tierReasonEn, QueuePool pool,
		boolean churnRisk, String churnPhrase, long ltv, String assignee, String notifiedCsm, Instant createdAt,
		Instant firstResponseDue, Instant claimedAt, String claimedBy, Instant resolvedAt, Instant leftAt,
		boolean slaBreached, String question) {

	public Optional<CustomerId> customerId() {
		return Optional.ofNullable(this.customer);
	}

}
