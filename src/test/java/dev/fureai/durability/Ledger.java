package dev.fureai.durability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What customers were told: every escalation acknowledged as queued ({@code escalated}
 * with {@code outcome} {@code queued} or {@code already_queued}, with or without
 * {@code replyTo}), and the counts of everything else they got. Kept in the harness's
 * JVM, which is never killed.
 */
final class Ledger {

	/** escalation id → conversation id. */
	private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

	private final List<Instant> ackTimes = java.util.Collections.synchronizedList(new ArrayList<>());

	final AtomicLong asked = new AtomicLong();

	final AtomicLong notQueuedRetrying = new AtomicLong();

	final AtomicLong noReply = new AtomicLong();

	final AtomicLong errors = new AtomicLong();

	final AtomicLong botAnswers = new AtomicLong();

	final AtomicLong botAsked = new AtomicLong();

	final AtomicLong botFailed = new AtomicLong();

	final Set<String> retryingConversations = ConcurrentHashMap.newKeySet();

	void acknowledged(String escalationId, String conversationId) {
		if (this.acknowledged.putIfAbsent(escalationId, conversationId) == null) {
			this.ackTimes.add(Instant.now());
		}
	}

	/** The latest acknowledgement, if any yet. */
	java.util.Optional<Instant> lastAck() {
		synchronized (this.ackTimes) {
			return this.ackTimes.isEmpty() ? java.util.Optional.empty()
					: java.util.Optional.of(this.ackTimes.getLast());
		}
	}

	Map<String, String> acknowledged() {
		return Map.copyOf(this.acknowledged);
	}

	int acknowledgedCount() {
		return this.acknowledged.size();
	}

	/** The first acknowledgement at or after {@code since}, if any yet. */
	java.util.Optional<Instant> firstAckSince(Instant since) {
		synchronized (this.ackTimes) {
			return this.ackTimes.stream().filter((t) -> !t.isBefore(since)).min(Instant::compareTo);
		}
	}

}
