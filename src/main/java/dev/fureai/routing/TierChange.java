package dev.fureai.routing;

import java.time.Instant;

import dev.fureai.customers.CustomerId;

/**
 * One change of a customer's tier, as recorded.
 *
 * @param customer the customer
 * @param from the tier before, or {@code null} for the first decision
 * @param to the tier after
 * @param reason why, in Japanese
 * @param reasonEn why, in English
 * @param at when it was recorded
 */
public record TierChange(CustomerId customer, CustomerTier from, CustomerTier to, String reason, String reasonEn,
		Instant at) {

}
