package dev.fureai.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.fureai.customers.CustomerId;
import dev.fureai.routing.ConversationRef;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationOutcome;
import dev.fureai.routing.EscalationStatus;
import dev.fureai.routing.QueueStatus;
import dev.fureai.routing.Routing;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The chat's side of routing: asks it, as the verified customer of the session (never
 * anything the browser sent), what to do when the bot may not be enough. A routing
 * failure never stops the bot's own answer: it is logged and the turn goes on as if
 * nothing had triggered.
 */
@Component
class Handover {

	private static final Logger log = LoggerFactory.getLogger(Handover.class);

	private static final EscalationOutcome NONE = new EscalationOutcome(EscalationOutcome.Kind.NONE, null, null,
			Set.of(), List.of(), null, "");

	private final Routing routing;

	private final ChatBacklog backlog;

	/** Conversations told "not queued yet, retrying": told again when the retry lands. */
	private final Set<String> retrying = ConcurrentHashMap.newKeySet();

	Handover(Routing routing, ChatBacklog backlog) {
		this.routing = routing;
		this.backlog = backlog;
	}

	static ConversationRef ref(ChatIdentity who, String conversation) {
		return who.anonymous() ? ConversationRef.anonymous(conversation)
				: ConversationRef.of(conversation, new CustomerId(who.customerId()));
	}

	EscalationOutcome question(ChatIdentity who, String conversation, String text) {
		return decide(conversation, () -> this.routing.onQuestion(ref(who, conversation), text));
	}

	EscalationOutcome askForPerson(ChatIdentity who, String conversation, String text) {
		return decide(conversation, () -> this.routing.onAskForPerson(ref(who, conversation), text));
	}

	EscalationOutcome unresolved(ChatIdentity who, String conversation, int inARow, String text) {
		return decide(conversation, () -> this.routing.onUnresolved(ref(who, conversation), inARow, text));
	}

	Optional<QueueStatus> returned(String conversation) {
		try {
			return this.routing.customerReturned(conversation);
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell routing that conversation {} is back: {}", conversation, ex.toString());
			return Optional.empty();
		}
	}

	void left(String conversation) {
		try {
			this.routing.customerLeft(conversation);
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell routing that conversation {} was left: {}", conversation, ex.toString());
		}
	}

	/**
	 * The conversation's escalation while a person has it (claimed). A routing failure
	 * counts as "no person": the bot answers rather than nobody.
	 */
	Optional<Escalation> withPerson(String conversation) {
		if (this.backlog.resting()) {
			// the database failed a moment ago: every turn of the outage would wait 3 s
			// here for a connection, for the same answer as a failure
			return Optional.empty();
		}
		try {
			return this.routing.status(conversation)
				.map(QueueStatus::escalation)
				.filter((e) -> e.status() == EscalationStatus.CLAIMED && e.claimedBy() != null);
		}
		catch (RuntimeException ex) {
			if (ex instanceof DataAccessException || ex instanceof TransactionException) {
				this.backlog.failed(ex);
			}
			log.warn("Could not ask routing who has conversation {}: {}", conversation, ex.toString());
			return Optional.empty();
		}
	}

	/**
	 * Whether the customer was told "not queued yet, retrying" and not yet "queued".
	 * Stays true until {@link #toldQueued}: a failed attempt to tell them is tried again.
	 */
	boolean awaitsRetry(String conversation) {
		return this.retrying.contains(conversation);
	}

	/** The customer has been told that the retry queued them. */
	void toldQueued(String conversation) {
		this.retrying.remove(conversation);
	}

	private EscalationOutcome decide(String conversation, Supplier<EscalationOutcome> call) {
		EscalationOutcome outcome;
		try {
			outcome = call.get();
		}
		catch (RuntimeException ex) {
			log.error("Routing failed for conversation {}; the bot answers without it", conversation, ex);
			return NONE;
		}
		if (outcome.kind() == EscalationOutcome.Kind.NOT_QUEUED_RETRYING) {
			this.retrying.add(conversation);
		}
		return outcome;
	}

}
