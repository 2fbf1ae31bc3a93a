package dev.fureai.chat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.fureai.routing.ConversationEscalated;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationOutcome;
import dev.fureai.routing.EscalationStatusChanged;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.QueuePool;
import dev.fureai.routing.QueueStatus;
import dev.fureai.routing.Routing;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Live queue positions. Whenever a queue changes, every customer waiting in it whose
 * place (or expected wait) moved gets a fresh {@code queue_status}, stored first like
 * every bot message, then pushed to all their sessions.
 * <p>
 * {@link ApplicationModuleListener}: after the commit (the escalation is stored, so what
 * we say is true), asynchronously (an agent's claim does not wait for the customers'
 * sockets), and through the event publication registry (a failed update stays on record
 * as incomplete instead of vanishing).
 */
@Component
class QueueUpdates {

	private final Routing routing;

	private final Escalations escalations;

	private final Conversations conversations;

	private final ChatOutbox outbox;

	private final Handover handover;

	private final ChatProperties properties;

	private final ChatBacklog backlog;

	private final ProtocolCodec codec = new ProtocolCodec();

	QueueUpdates(Routing routing, Escalations escalations, Conversations conversations, ChatOutbox outbox,
			Handover handover, ChatProperties properties, ChatBacklog backlog) {
		this.backlog = backlog;
		this.routing = routing;
		this.escalations = escalations;
		this.conversations = conversations;
		this.outbox = outbox;
		this.handover = handover;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(ConversationEscalated event) {
		Escalation escalation = event.escalation();
		if (this.handover.retried(escalation.conversationId())) {
			// the customer was told it could not be queued: now it is
			this.routing.status(escalation.conversationId()).ifPresent((status) -> tellQueued(escalation, status));
		}
		refresh(escalation.pool(), escalation.conversationId());
	}

	@ApplicationModuleListener
	void on(EscalationStatusChanged event) {
		Escalation escalation = event.escalation();
		update(escalation.conversationId());
		refresh(escalation.pool(), escalation.conversationId());
	}

	private void refresh(QueuePool pool, String except) {
		if (pool == null) {
			return;
		}
		this.escalations.waiting(pool)
			.stream()
			.map(Escalation::conversationId)
			.filter((conversation) -> !conversation.equals(except))
			.forEach(this::update);
	}

	/**
	 * Tells one conversation where it stands, if that changed since it was last told. One
	 * never told (its own reply is still on the way) is left alone.
	 */
	private void update(String conversation) {
		Optional<QueueStatus> status = this.routing.status(conversation);
		if (status.isEmpty()) {
			return;
		}
		this.conversations.lastQueueMessage(conversation)
			.filter((last) -> EscalationMessages.changed(this.codec.decodeServer(last.body()), status.get()))
			.ifPresent((last) -> send(conversation, EscalationMessages.update(conversation, null, status.get())));
	}

	private void tellQueued(Escalation escalation, QueueStatus status) {
		EscalationOutcome outcome = new EscalationOutcome(EscalationOutcome.Kind.QUEUED, escalation.tier(),
				escalation.tierReason(), Set.of(escalation.trigger()), List.of(), status, status.message());
		send(escalation.conversationId(), EscalationMessages.escalated(escalation.conversationId(), null, outcome,
				List.of(), this.properties.contact()));
	}

	private void send(String conversation, ServerMessage message) {
		this.conversations.ownerOf(conversation).ifPresent((owner) -> {
			StoredMessage stored = new StoredMessage(message.id(), StoredMessage.BOT, ChatBot.typeOf(message), null,
					this.codec.encode(message), Instant.now());
			if (this.backlog.bypassing()) {
				// after an outage: the conversation itself may still wait in the backlog,
				// so the message queues behind it (what it says is true: routing stored
				// the escalation)
				this.backlog.message(conversation, stored);
				this.outbox.toOwner(owner, message);
				return;
			}
			this.conversations.append(conversation, stored);
			afterCommit(() -> this.outbox.toOwner(owner, message));
		});
	}

	/**
	 * The listener runs in its own transaction: the customer hears of a message only once
	 * its row is committed (a reload right after it finds it in the history).
	 */
	private static void afterCommit(Runnable push) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			push.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				push.run();
			}
		});
	}

}
