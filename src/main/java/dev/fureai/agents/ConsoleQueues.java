package dev.fureai.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationStatus;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.QueuePool;

/**
 * The queues an agent may serve, in the routing module's rule order, and taking from
 * them. Taking is a conditional update in routing ({@code … where status = 'WAITING'}):
 * "take next" tries the queue's escalations in order until one claim succeeds, so two
 * agents pressing at once get two different escalations, and a lost race only means the
 * next one.
 */
@Service
class ConsoleQueues {

	static final String OWN = "own";

	private final Escalations escalations;

	private final OnlineAgents online;

	private final AgentActions actions;

	private final TransactionTemplate reads;

	ConsoleQueues(Escalations escalations, OnlineAgents online, AgentActions actions,
			PlatformTransactionManager transactions) {
		this.escalations = escalations;
		this.online = online;
		this.actions = actions;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/** The keys of the queues the agent serves: own customers first, then the pools. */
	List<String> keys(SignedInAgent agent) {
		List<String> keys = new ArrayList<>();
		if (agent.isCsm()) {
			keys.add(OWN);
		}
		Stream.of(QueuePool.values()).filter(agent::serves).map(QueuePool::name).forEach(keys::add);
		return keys;
	}

	/**
	 * A queue's waiting escalations in order; empty for a queue the agent does not serve.
	 */
	List<Escalation> queue(SignedInAgent agent, String key) {
		if (!keys(agent).contains(key)) {
			throw new NotAllowed();
		}
		if (OWN.equals(key)) {
			return Stream.of(QueuePool.values())
				.flatMap((pool) -> waiting(pool).stream())
				.filter((e) -> ownCustomer(agent, e))
				.toList();
		}
		// directly assigned to an own CSM who is online: theirs, not the pool's; and the
		// agent's own customers are listed once, under own customers, not again here
		return waiting(QueuePool.valueOf(key)).stream()
			.filter((e) -> !ownCustomer(agent, e))
			.filter((e) -> e.assignee() == null || !this.online.isOnline(e.assignee()))
			.toList();
	}

	/**
	 * Read in a transaction: {@code Escalations.waiting} reads through a JDBC stream it
	 * does not close, which outside a transaction keeps the connection from the pool.
	 */
	private List<Escalation> waiting(QueuePool pool) {
		return this.reads.execute((status) -> this.escalations.waiting(pool));
	}

	/** Claims the first escalation of the queue that nobody else took first. */
	Optional<Escalation> takeNext(SignedInAgent agent, String key) {
		for (Escalation e : queue(agent, key)) {
			if (this.escalations.claim(e.id(), agent.id())) {
				this.actions.record(e.id(), agent.id(), AgentActions.Kind.TAKEN_NEXT, null);
				return this.escalations.find(e.id());
			}
		}
		return Optional.empty();
	}

	/**
	 * Claims one escalation directly; recorded as out of order unless it was first of a
	 * queue of the agent's.
	 */
	Optional<Escalation> take(SignedInAgent agent, Escalation e) {
		if (!maySee(agent, e)) {
			throw new NotAllowed();
		}
		boolean first = keys(agent).stream()
			.map((key) -> queue(agent, key))
			.anyMatch((queue) -> !queue.isEmpty() && queue.get(0).id().equals(e.id()));
		if (!this.escalations.claim(e.id(), agent.id())) {
			return Optional.empty();
		}
		this.actions.record(e.id(), agent.id(),
				first ? AgentActions.Kind.TAKEN_IN_ORDER : AgentActions.Kind.TAKEN_OUT_OF_ORDER, null);
		return this.escalations.find(e.id());
	}

	/** Resolves an escalation the agent took. */
	boolean resolve(SignedInAgent agent, Escalation e, String note) {
		if (e.status() != EscalationStatus.CLAIMED || !agent.id().equals(e.claimedBy())) {
			throw new NotAllowed();
		}
		boolean resolved = this.escalations.resolve(e.id());
		if (resolved) {
			this.actions.record(e.id(), agent.id(), AgentActions.Kind.RESOLVED, note);
		}
		return resolved;
	}

	/**
	 * Whether the agent may open an escalation: the one who took it, the customer's own
	 * CSM, or a CSM of its pool (a low-touch CSM cannot open a high-touch one).
	 */
	boolean maySee(SignedInAgent agent, Escalation e) {
		return agent.isCsm() && (agent.id().equals(e.claimedBy()) || ownCustomer(agent, e) || agent.serves(e.pool()));
	}

	private static boolean ownCustomer(SignedInAgent agent, Escalation e) {
		return Objects.equals(agent.id(), e.assignee()) || Objects.equals(agent.id(), e.notifiedCsm());
	}

	/** The agent may not do this (403). */
	static class NotAllowed extends RuntimeException {

		NotAllowed() {
			super("この操作の権限がありません (not allowed)", null, false, false);
		}

	}

}
