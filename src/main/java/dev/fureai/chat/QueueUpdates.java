package dev.fureai.chat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.fureai.chat.ServerMessage.Escalated;
import dev.fureai.chat.ServerMessage.Queue;
import dev.fureai.chat.ServerMessage.QueueUpdate;
import dev.fureai.routing.ConversationEscalated;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationOutcome;
import dev.fureai.routing.EscalationStatus;
import dev.fureai.routing.EscalationStatusChanged;
import dev.fureai.routing.QueuePool;
import dev.fureai.routing.QueueStatus;
import dev.fureai.routing.Routing;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Live queue positions. Whenever a queue changes, every customer waiting in it whose
 * place (or expected wait) moved gets a fresh {@code queue_status}, stored first like
 * every bot message, then pushed to all their sessions. The queue is read once per
 * change, with what each customer was last told: when many escalations land at once
 * (retries after an outage) the reads grow with the number of changes, not with its
 * square.
 * <p>
 * Safe to run again: a run that failed is resubmitted ({@link QueueUpdateRetries}); a
 * customer is only told what differs from what they were last told, and "queued" after a
 * retry only until they have been told about the escalation.
 * <p>
 * {@link ApplicationModuleListener}: after the commit (the escalation is stored, so what
 * we say is true), asynchronously (an agent's claim does not wait for the customers'
 * sockets), and through the event publication registry (a failed update stays on record
 * as incomplete instead of vanishing).
 */
@Component
class QueueUpdates {

	private final Routing routing;

	private final Conversations conversations;

	private final ChatOutbox outbox;

	private final Handover handover;

	private final ChatProperties properties;

	private final ChatBacklog backlog;

	private final ProtocolCodec codec = new ProtocolCodec();

	QueueUpdates(Routing routing, Conversations conversations, ChatOutbox outbox, Handover handover,
			ChatProperties properties, ChatBacklog backlog) {
		this.backlog = backlog;
		this.routing = routing;
		this.conversations = conversations;
		this.outbox = outbox;
		this.handover = handover;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(ConversationEscalated event) {
		Escalation escalation = event.escalation();
		String own = escalation.conversationId();
		List<QueueStatus> queue = waiting(escalation.pool());
		Map<String, StoredMessage> told = told(queue, own);
		SortedMap<String, Runnable> sends = new TreeMap<>();
		StoredMessage ownLast = told.get(own);
		if (awaitsRetry(own, ownLast)) {
			// the customer was told it could not be queued: now it is (unless an
			// earlier attempt, or another queue change, already said so)
			if (toldAbout(ownLast, escalation.id())) {
				this.handover.toldQueued(own);
			}
			else {
				queue.stream()
					.filter((status) -> status.escalation().conversationId().equals(own))
					.findFirst()
					.or(() -> this.routing.status(own))
					.ifPresent((status) -> sends.put(own, () -> tellQueued(status)));
			}
		}
		refresh(queue, told, own, sends);
		sends.values().forEach(Runnable::run);
	}

	@ApplicationModuleListener
	void on(EscalationStatusChanged event) {
		Escalation escalation = event.escalation();
		String own = escalation.conversationId();
		List<QueueStatus> queue = waiting(escalation.pool());
		Map<String, StoredMessage> told = told(queue, own);
		SortedMap<String, Runnable> sends = new TreeMap<>();
		Optional<QueueStatus> open = this.routing.status(own);
		if (open.isPresent()) {
			update(own, open.get(), told.get(own), sends);
		}
		else if (closed(escalation) && toldAbout(told.get(own), escalation.id())) {
			// no open escalation left to show: the card the customer sees would say "a
			// person is handling it" for ever
			this.routing.statusOf(escalation.id()).ifPresent((status) -> update(own, status, told.get(own), sends));
		}
		refresh(queue, told, own, sends);
		sends.values().forEach(Runnable::run);
	}

	private static boolean closed(Escalation escalation) {
		return escalation.status() == EscalationStatus.RESOLVED || escalation.status() == EscalationStatus.ABANDONED;
	}

	/** The pool's queue, read once for the whole update. */
	private List<QueueStatus> waiting(QueuePool pool) {
		return (pool != null) ? this.routing.waiting(pool) : List.of();
	}

	/**
	 * What each customer of the queue (and {@code own}) was last told, in one read, with
	 * their conversations locked until this update commits (concurrent updates of the
	 * pool wait, then read what this one told).
	 */
	private Map<String, StoredMessage> told(List<QueueStatus> queue, String own) {
		Set<String> conversations = new HashSet<>();
		conversations.add(own);
		queue.forEach((status) -> conversations.add(status.escalation().conversationId()));
		this.conversations.lock(conversations);
		return this.conversations.lastQueueMessages(conversations);
	}

	/**
	 * @param sends what to tell, by conversation: sent in the order of their ids, so that
	 * concurrent updates lock the conversations in the same order (no deadlock)
	 */
	private void refresh(List<QueueStatus> queue, Map<String, StoredMessage> told, String except,
			SortedMap<String, Runnable> sends) {
		for (QueueStatus status : queue) {
			String conversation = status.escalation().conversationId();
			if (!conversation.equals(except)) {
				update(conversation, status, told.get(conversation), sends);
			}
		}
	}

	/**
	 * Tells one conversation where it stands, if that changed since it was last told. One
	 * never told (its own reply is still on the way) is left alone; one last told "not
	 * queued yet, retrying" is told "queued" (whichever queue change reaches it first).
	 */
	private void update(String conversation, QueueStatus status, StoredMessage last,
			SortedMap<String, Runnable> sends) {
		if (last == null) {
			return;
		}
		if (retrying(last)) {
			sends.put(conversation, () -> tellQueued(status));
		}
		else if (EscalationMessages.changed(this.codec.decodeServer(last.body()), status)) {
			sends.put(conversation, () -> send(conversation, EscalationMessages.update(conversation, null, status)));
		}
	}

	/**
	 * Told "not queued yet, retrying" by this server (in memory), or so the stored
	 * conversation says (a resubmitted update after a restart).
	 */
	private boolean awaitsRetry(String conversation, StoredMessage last) {
		return this.handover.awaitsRetry(conversation) || (last != null && retrying(last));
	}

	private boolean retrying(StoredMessage last) {
		return this.codec.decodeServer(last.body()) instanceof Escalated escalated
				&& EscalationOutcome.Kind.NOT_QUEUED_RETRYING.name().equalsIgnoreCase(escalated.outcome());
	}

	/** Whether the customer was already told about this escalation (queued, or since). */
	private boolean toldAbout(StoredMessage last, String escalationId) {
		if (last == null) {
			return false;
		}
		Queue queue = switch (this.codec.decodeServer(last.body())) {
			case Escalated e -> e.queue();
			case QueueUpdate u -> u.queue();
			default -> null;
		};
		return queue != null && escalationId.equals(queue.escalationId());
	}

	private void tellQueued(QueueStatus status) {
		Escalation escalation = status.escalation();
		EscalationOutcome outcome = new EscalationOutcome(EscalationOutcome.Kind.QUEUED, escalation.tier(),
				escalation.tierReason(), Set.of(escalation.trigger()), List.of(), status, status.message());
		String conversation = escalation.conversationId();
		send(conversation,
				EscalationMessages.escalated(conversation, null, outcome, List.of(), this.properties.contact()),
				() -> this.handover.toldQueued(conversation));
	}

	private void send(String conversation, ServerMessage message) {
		send(conversation, message, () -> {
		});
	}

	/**
	 * @param sent run once the message is stored (or queued in the backlog) and pushed;
	 * not if this update fails and is rolled back (it is tried again)
	 */
	private void send(String conversation, ServerMessage message, Runnable sent) {
		this.conversations.ownerOf(conversation).ifPresent((owner) -> {
			StoredMessage stored = new StoredMessage(message.id(), StoredMessage.BOT, ChatBot.typeOf(message), null,
					this.codec.encode(message), Instant.now());
			if (this.backlog.bypassing()) {
				// after an outage: the conversation itself may still wait in the backlog,
				// so the message queues behind it (what it says is true: routing stored
				// the escalation)
				this.backlog.message(conversation, stored);
				this.outbox.toOwner(owner, message);
				sent.run();
				return;
			}
			this.conversations.append(conversation, stored);
			AfterCommit.run(() -> {
				this.outbox.toOwner(owner, message);
				sent.run();
			});
		});
	}

}
