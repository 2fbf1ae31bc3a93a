package dev.fureai.agents;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One escalation as the console shows it. Ids and yen are plain JSON values; the console
 * computes waiting time and the SLA countdown from the instants.
 *
 * @param id the escalation
 * @param conversationId the chat conversation
 * @param customerId the verified customer, or {@code null} for an anonymous visitor
 * @param customerName the contact's name ({@code null} when not in the directory)
 * @param company the company
 * @param tier the tier when it was opened
 * @param tierLabel its Japanese name
 * @param tierReason why that tier, in Japanese
 * @param tierReasonEn why that tier, in English (the console shows the agent's language)
 * @param ltv LTV in yen (0 when unknown)
 * @param pool the queue
 * @param trigger why it was opened
 * @param churnRisk whether churn-risk words were seen
 * @param churnPhrase the phrase matched
 * @param assignee the own CSM it went to directly
 * @param notifiedCsm the own CSM told about it
 * @param status where it is
 * @param claimedBy who took it
 * @param createdAt when it was opened
 * @param firstResponseDue the SLA deadline
 * @param slaBreached whether the deadline passed without a first response
 * @param lastQuestion the customer's latest question
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record QueueEntry(String id, String conversationId, String customerId, String customerName, String company, String tier,
		String tierLabel, String tierReason, String tierReasonEn, long ltv, String pool, String trigger,
		boolean churnRisk, String churnPhrase, String assignee, String notifiedCsm, String status, String claimedBy,
		Instant createdAt, Instant firstResponseDue, boolean slaBreached, String lastQuestion) {

}
