package dev.fureai.agents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fureai.chat.AgentReplies;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationStatus;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.QueuePool;

/**
 * The 1:1 live chat of an agent who has taken an escalation: writing to the customer,
 * typing, transferring (to a pool or a named agent) and handing back to the bot. Only the
 * agent who has the escalation claimed may do any of it. Every change to the escalation
 * and what the customer is told about it commit together (the customer hears of it after
 * the commit).
 */
@Service
class LiveChats {

	private static final Logger log = LoggerFactory.getLogger(LiveChats.class);

	/**
	 * Messages one agent may write in any minute (a stuck key or a script, not a person).
	 */
	static final int MESSAGES_PER_MINUTE = 60;

	/** Typing notices forwarded at most this often per agent and escalation. */
	static final Duration TYPING_EVERY = Duration.ofSeconds(2);

	private static final int TYPING_REMEMBERED = 10_000;

	private final Escalations escalations;

	private final AgentReplies replies;

	private final JdbcAgents agents;

	private final AgentActions actions;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Instant> lastTyping = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
			return size() > TYPING_REMEMBERED;
		}
	});

	LiveChats(Escalations escalations, AgentReplies replies, JdbcAgents agents, AgentActions actions,
			PlatformTransactionManager transactions) {
		this.escalations = escalations;
		this.replies = replies;
		this.agents = agents;
		this.actions = actions;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Tells the customer who answers now (after a claim). */
	void joined(SignedInAgent agent, Escalation e) {
		tell(e, () -> this.replies.joined(e.conversationId(), agent.id(), shownName(agent.id())));
	}

	/** Tells the customer the person is done (after resolving). */
	void resolved(SignedInAgent agent, Escalation e) {
		tell(e, () -> this.replies.left(e.conversationId(), agent.id(), shownName(agent.id()),
				AgentReplies.Departure.RESOLVED));
	}

	/**
	 * An escalation whose conversation the chat does not know (opened through routing
	 * directly) has nobody to tell: the agent's action stands.
	 */
	private static void tell(Escalation e, Runnable message) {
		try {
			message.run();
		}
		catch (IllegalArgumentException ex) {
			log.warn("Customer of escalation {} not told: {}", e.id(), ex.getMessage());
		}
	}

	/**
	 * Writes to the customer; the console's own message id makes a resend harmless.
	 * @return the stored message id
	 */
	String write(SignedInAgent agent, Escalation e, String messageId, String text) {
		mustHave(agent, e);
		if (!allowMessage(agent.id())) {
			throw new TooMany();
		}
		return (messageId == null) ? this.replies.deliver(e.conversationId(), agent.id(), shownName(agent.id()), text)
				: this.replies.deliver(e.conversationId(), messageId, agent.id(), shownName(agent.id()), text);
	}

	/** Shows the customer that the agent types; extra notices are dropped. */
	void typing(SignedInAgent agent, Escalation e) {
		mustHave(agent, e);
		Instant now = this.clock.instant();
		String key = agent.id() + " " + e.id();
		Instant last = this.lastTyping.get(key);
		if (last != null && Duration.between(last, now).compareTo(TYPING_EVERY) < 0) {
			return;
		}
		this.lastTyping.put(key, now);
		this.replies.typing(e.conversationId(), agent.id(), shownName(agent.id()));
	}

	/** Puts it back into a pool's queue; the customer is told the person left. */
	boolean transferToPool(SignedInAgent agent, Escalation e, QueuePool pool) {
		mustHave(agent, e);
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.escalations.transferToPool(e.id(), agent.id(), pool)) {
				return false;
			}
			this.actions.record(e.id(), agent.id(), AgentActions.Kind.TRANSFERRED_TO_POOL, pool.name());
			tell(e, () -> this.replies.left(e.conversationId(), agent.id(), shownName(agent.id()),
					AgentReplies.Departure.TRANSFERRED));
			return true;
		}));
	}

	/**
	 * Hands it to another CSM (who may open it from then on, whatever their pools); the
	 * customer is told who answers now.
	 */
	boolean transferToAgent(SignedInAgent agent, Escalation e, String toAgent) {
		mustHave(agent, e);
		Agent target = this.agents.find(toAgent)
			.filter(Agent::enabled)
			.filter(Agent::isCsm)
			.orElseThrow(() -> new IllegalArgumentException("その担当者には引き継げません (no enabled CSM with that id)"));
		if (target.id().equals(agent.id())) {
			throw new IllegalArgumentException("自分には引き継げません (cannot transfer to yourself)");
		}
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.escalations.transferToAgent(e.id(), agent.id(), target.id())) {
				return false;
			}
			this.actions.record(e.id(), agent.id(), AgentActions.Kind.TRANSFERRED_TO_AGENT, target.id());
			tell(e, () -> this.replies.joined(e.conversationId(), target.id(), target.shownName()));
			return true;
		}));
	}

	/** Closes it for people; the customer is told, and the bot answers again. */
	boolean handBack(SignedInAgent agent, Escalation e) {
		mustHave(agent, e);
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.escalations.resolve(e.id())) {
				return false;
			}
			this.actions.record(e.id(), agent.id(), AgentActions.Kind.HANDED_BACK, null);
			tell(e, () -> this.replies.left(e.conversationId(), agent.id(), shownName(agent.id()),
					AgentReplies.Departure.HANDED_BACK));
			return true;
		}));
	}

	private final Map<String, java.util.Deque<Instant>> written = new java.util.concurrent.ConcurrentHashMap<>();

	private boolean allowMessage(String agentId) {
		Instant now = this.clock.instant();
		java.util.Deque<Instant> window = this.written.computeIfAbsent(agentId, (id) -> new java.util.ArrayDeque<>());
		synchronized (window) {
			while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(Duration.ofMinutes(1)))) {
				window.pollFirst();
			}
			if (window.size() >= MESSAGES_PER_MINUTE) {
				return false;
			}
			window.addLast(now);
			return true;
		}
	}

	/** More than {@link #MESSAGES_PER_MINUTE} messages in a minute (429). */
	static class TooMany extends RuntimeException {

		TooMany() {
			super("送信が多すぎます。少し待ってからもう一度お試しください (too many messages)", null, false, false);
		}

	}

	private static void mustHave(SignedInAgent agent, Escalation e) {
		if (e.status() != EscalationStatus.CLAIMED || !agent.id().equals(e.claimedBy())) {
			throw new ConsoleQueues.NotAllowed();
		}
	}

	private String shownName(String agentId) {
		return this.agents.find(agentId).map(Agent::shownName).orElse(agentId);
	}

	Optional<Agent> find(String agentId) {
		return this.agents.find(agentId);
	}

}
