package dev.fureai.routing;

import java.util.List;
import java.util.Optional;

import dev.fureai.customers.CustomerId;

/**
 * The durable queues. Every change is a row update in its own transaction, and its event
 * is published from that transaction.
 */
public interface Escalations {

	/**
	 * Stores a new waiting escalation and publishes {@link ConversationEscalated} in the
	 * same transaction; if the conversation already has an open one, returns that one
	 * unchanged.
	 */
	Escalation open(NewEscalation escalation);

	/**
	 * Publishes {@link ConversationEscalated} again, in a transaction of its own, for an
	 * escalation stored earlier whose announcement may never have been heard: the commit
	 * reached the database but the answer did not, or what followed it failed, and the
	 * customer was told "not queued yet, retrying".
	 */
	void announce(Escalation escalation);

	Optional<Escalation> find(String id);

	/** The customer's open (waiting or claimed) escalation, newest first. */
	Optional<Escalation> findOpenFor(CustomerId customer);

	/** The conversation's open escalation. */
	Optional<Escalation> findOpenFor(String conversationId);

	/** Waiting escalations of a pool in queue order (see {@code docs/touch-model.md}). */
	List<Escalation> waiting(QueuePool pool);

	/** Takes a waiting escalation; false when it was not waiting (someone was faster). */
	boolean claim(String id, String agentId);

	/** Resolves a waiting or claimed escalation; false when it was not open. */
	boolean resolve(String id);

	/**
	 * Puts an escalation the agent has claimed back into a pool's queue (waiting,
	 * nobody's, not directly assigned); false when that agent did not have it.
	 */
	boolean transferToPool(String id, String fromAgent, QueuePool pool);

	/**
	 * Hands an escalation the agent has claimed to another agent, who has it claimed now;
	 * false when the first agent did not have it.
	 */
	boolean transferToAgent(String id, String fromAgent, String toAgent);

	/** The open escalations an agent has claimed, oldest first. */
	List<Escalation> claimedBy(String agentId);

	/** A customer's escalations, newest first, at most {@code limit}. */
	List<Escalation> ofCustomer(CustomerId customer, int limit);

	/** Marks a waiting escalation abandoned; false when it was not waiting. */
	boolean abandon(String id);

}
