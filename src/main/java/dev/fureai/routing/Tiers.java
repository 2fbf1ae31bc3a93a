package dev.fureai.routing;

import java.util.List;
import java.util.Optional;

import dev.fureai.customers.CustomerId;

/**
 * Customers' tiers. The tier that routes an escalation is decided now from the directory
 * (never from anything the browser sends); the recorded tier and its history are for
 * people.
 */
public interface Tiers {

	/**
	 * The tier of a verified customer id, or of an anonymous visitor (empty): unknown and
	 * anonymous are tech touch.
	 */
	TierDecision decide(Optional<CustomerId> customer);

	/** The tier changes of a customer, oldest first. */
	List<TierChange> history(CustomerId customer);

}
