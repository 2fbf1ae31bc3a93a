package dev.fureai.routing;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Escalations the database refused (it was down). The customer was told it is not queued
 * yet; these are retried on a schedule, and {@link ConversationEscalated} announces the
 * ones that get through. Kept in memory on purpose: nothing here was acknowledged as
 * queued, so a restart loses no promise.
 */
final class PendingEscalations {

	/** A customer turn that should have escalated. */
	record Pending(ConversationRef conversation, Set<EscalationTrigger> triggers, String churnPhrase, String question) {

	}

	private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();

	void add(Pending request) {
		this.pending.add(request);
	}

	/** Takes the next request to retry, or {@code null}. */
	Pending poll() {
		return this.pending.poll();
	}

	int size() {
		return this.pending.size();
	}

}
