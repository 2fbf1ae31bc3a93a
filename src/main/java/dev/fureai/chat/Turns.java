package dev.fureai.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.AskForPerson;
import dev.fureai.chat.ClientMessage.Feedback;
import dev.fureai.chat.ServerMessage.Guide;
import dev.fureai.routing.CustomerTier;
import dev.fureai.routing.EscalationOutcome;
import dev.fureai.routing.EscalationTrigger;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * One customer turn's replies, routing included: the bot answers from the articles, and
 * routing decides, by the verified customer's tier, whether people take over. A request
 * for a person is answered by routing alone; churn-risk words get the answer and the
 * escalation; the bot's failures are counted in a row and handed to routing.
 */
@Component
class Turns {

	private static final Logger log = LoggerFactory.getLogger(Turns.class);

	private final Replies replies;

	private final Handover handover;

	private final Conversations conversations;

	private final ChatProperties properties;

	private final ProtocolCodec codec = new ProtocolCodec();

	Turns(Replies replies, Handover handover, Conversations conversations, ChatProperties properties) {
		this.replies = replies;
		this.handover = handover;
		this.conversations = conversations;
		this.properties = properties;
	}

	/**
	 * @param stored the customer message as stored (or as it would have been, if the
	 * database refused it)
	 */
	List<ServerMessage> to(ChatIdentity who, String conversation, ClientMessage message, StoredMessage stored) {
		return switch (message) {
			case Ask ask -> ask(who, conversation, ask, stored);
			case AskForPerson person -> askForPerson(who, conversation, person);
			case Feedback feedback -> feedback(who, conversation, feedback, stored);
			default -> this.replies.to(message, conversation);
		};
	}

	private List<ServerMessage> ask(ChatIdentity who, String conversation, Ask ask, StoredMessage stored) {
		EscalationOutcome outcome = this.handover.question(who, conversation, ask.text());
		if (outcome.triggers().contains(EscalationTrigger.ASKED_FOR_PERSON)) {
			return List.of(escalated(conversation, ask.id(), outcome, ask.text()));
		}
		List<ServerMessage> result = new ArrayList<>(this.replies.to(ask, conversation));
		if (outcome.escalated()) {
			result.add(escalated(conversation, ask.id(), outcome, ask.text()));
		}
		else if (result.getFirst() instanceof ServerMessage.NoAnswer) {
			unresolved(who, conversation, ask.id(), ask.text(), stored, result).ifPresent(result::add);
		}
		return result;
	}

	private List<ServerMessage> askForPerson(ChatIdentity who, String conversation, AskForPerson person) {
		EscalationOutcome outcome = this.handover.askForPerson(who, conversation, person.text());
		if (!outcome.escalated()) {
			return List.of(this.replies.alternatives(person.id(), conversation, person.text()));
		}
		return List.of(escalated(conversation, person.id(), outcome, person.text()));
	}

	private List<ServerMessage> feedback(ChatIdentity who, String conversation, Feedback feedback,
			StoredMessage stored) {
		List<ServerMessage> result = new ArrayList<>(this.replies.to(feedback, conversation));
		if (!feedback.resolved()) {
			// the question was asked (and stored) in an earlier turn
			unresolved(who, conversation, feedback.id(), null, stored, result).ifPresent(result::add);
		}
		return result;
	}

	private Optional<ServerMessage> unresolved(ChatIdentity who, String conversation, String replyTo, String question,
			StoredMessage stored, List<ServerMessage> replies) {
		int inARow = UnresolvedStreak.of(thisTurnIncluded(conversation, stored, replies), this.codec);
		EscalationOutcome outcome = this.handover.unresolved(who, conversation, inARow, question);
		return outcome.escalated() ? Optional.of(escalated(conversation, replyTo, outcome, null)) : Optional.empty();
	}

	/**
	 * The stored conversation with this turn's messages (not stored yet, or refused by a
	 * database that is down) at its end.
	 */
	private List<StoredMessage> thisTurnIncluded(String conversation, StoredMessage stored,
			List<ServerMessage> replies) {
		List<StoredMessage> messages = new ArrayList<>();
		try {
			messages.addAll(this.conversations.history(conversation, this.properties.historyLimit()));
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Conversation {} unreadable, counting this turn only: {}", conversation, ex.toString());
		}
		if (messages.stream()
			.noneMatch((m) -> m.id().equals(stored.id()) && StoredMessage.CUSTOMER.equals(m.author()))) {
			messages.add(stored);
		}
		for (ServerMessage reply : replies) {
			messages.add(new StoredMessage(reply.id(), StoredMessage.BOT, ChatBot.typeOf(reply), reply.replyTo(),
					this.codec.encode(reply), Instant.now()));
		}
		return messages;
	}

	/**
	 * Guides only for tech touch (the others get a person); words that only ask for one
	 * (no churn-risk words) are not what the guides should be about.
	 */
	private ServerMessage escalated(String conversation, String replyTo, EscalationOutcome outcome, String text) {
		Set<EscalationTrigger> triggers = outcome.triggers();
		List<Guide> guides = (outcome.tier() != CustomerTier.TECH_TOUCH) ? List.of()
				: (triggers.contains(EscalationTrigger.ASKED_FOR_PERSON)
						&& !triggers.contains(EscalationTrigger.CHURN_RISK))
								? this.replies.guidesForPersonRequest(conversation, text)
								: this.replies.guidesAbout(conversation, text);
		return EscalationMessages.escalated(conversation, replyTo, outcome, guides, this.properties.contact());
	}

}
