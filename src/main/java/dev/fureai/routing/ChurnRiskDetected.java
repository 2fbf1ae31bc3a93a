package dev.fureai.routing;

import dev.fureai.customers.CustomerId;

/**
 * Published whenever churn-risk words were seen, whatever the tier: the team learns about
 * it even when no person is in the loop (tech touch).
 *
 * @param conversationId the conversation
 * @param customer the verified customer, or {@code null} for an anonymous visitor
 * @param tier the customer's tier
 * @param phrase the phrase of the writers' list that matched
 * @param queued whether it went to a human queue
 */
public record ChurnRiskDetected(String conversationId, CustomerId customer, CustomerTier tier, String phrase,
		boolean queued) {

}
