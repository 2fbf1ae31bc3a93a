package dev.fureai.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.AskForPerson;
import dev.fureai.chat.ClientMessage.Choose;
import dev.fureai.chat.ClientMessage.Feedback;
import dev.fureai.chat.ClientMessage.Resume;
import dev.fureai.chat.ClientMessage.Typing;
import dev.fureai.chat.ServerMessage.Entry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.fureai.routing.Escalation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

/**
 * The conversation logic: works out the replies to each customer message, stores the
 * message and its replies together, and returns the replies to be sent. Stored first,
 * sent after: a reply lost on the wire is found again by {@code resume} or by resending
 * the same message id.
 */
@Service
class ChatBot {

	private static final Logger log = LoggerFactory.getLogger(ChatBot.class);

	private final Conversations conversations;

	private final Turns turns;

	private final Handover handover;

	private final ChatProperties properties;

	private final ApplicationEventPublisher events;

	private final ChatBacklog backlog;

	private final ProtocolCodec codec = new ProtocolCodec();

	ChatBot(Conversations conversations, Turns turns, Handover handover, ChatProperties properties,
			ApplicationEventPublisher events, ChatBacklog backlog) {
		this.conversations = conversations;
		this.backlog = backlog;
		this.turns = turns;
		this.handover = handover;
		this.properties = properties;
		this.events = events;
	}

	List<ServerMessage> handle(ChatIdentity who, ClientMessage message) {
		checkLengths(message);
		if (message instanceof Resume resume) {
			return resume(who, resume);
		}
		String conversation = conversationOf(who, message);
		if (message instanceof Typing) {
			// ephemeral: not stored, no reply; only a person answering hears of it
			this.handover.withPerson(conversation)
				.ifPresent((e) -> this.events.publishEvent(new CustomerTyping(conversation, e.id(), e.claimedBy())));
			return List.of();
		}
		StoredMessage stored = new StoredMessage(message.id(), StoredMessage.CUSTOMER, type(message), null,
				this.codec.encode(message), Instant.now());
		boolean repeated = (message.conversationId() != null) && stored(conversation, stored.id());
		if (repeated) {
			List<ServerMessage> earlier = earlierReplies(conversation, stored.id());
			if (!earlier.isEmpty()) {
				return earlier;
			}
		}
		if (message instanceof Ask ask) {
			Optional<Escalation> person = this.handover.withPerson(conversation);
			if (person.isPresent()) {
				return toPerson(conversation, ask, stored, repeated, person.get());
			}
		}
		List<ServerMessage> answers = this.turns.to(who, conversation, message, stored);
		return storeTurn(conversation, stored, repeated, answers);
	}

	/**
	 * A person owns the conversation: the bot stays quiet, the question is acknowledged
	 * (stored, so a resent id gets the same ack) and the person's console is told.
	 */
	private List<ServerMessage> toPerson(String conversation, Ask ask, StoredMessage stored, boolean repeated,
			Escalation e) {
		List<ServerMessage> ack = storeTurn(conversation, stored, repeated,
				List.of(new ServerMessage.Ack(newId(), conversation, ask.id())));
		this.events.publishEvent(
				new CustomerWroteToPerson(conversation, e.id(), e.claimedBy(), ask.id(), ask.text(), stored.at()));
		return ack;
	}

	/**
	 * Whether the customer's message is stored already (sent again after a lost reply).
	 * Not known while writes go to the {@link ChatBacklog} (the database is down, or what
	 * it missed is not stored yet): it is then answered again.
	 */
	private boolean stored(String conversation, String messageId) {
		if (!this.backlog.bypassing()) {
			try {
				return this.conversations.find(conversation, messageId).isPresent();
			}
			catch (DataAccessException | TransactionException ex) {
				this.backlog.failed(ex);
				log.warn("Conversation {} unreadable, message {} taken as new: {}", conversation, messageId,
						ex.toString());
			}
		}
		return false;
	}

	private List<ServerMessage> earlierReplies(String conversation, String messageId) {
		return this.conversations.replies(conversation, messageId)
			.stream()
			.map((m) -> this.codec.decodeServer(m.body()))
			.toList();
	}

	/**
	 * Stores the customer's message (unless stored already) and the replies in one
	 * transaction, after the replies are known: a crash before leaves neither, and the
	 * message sent again is answered then. When the same message was stored meanwhile
	 * (sent twice at once), the replies stored with it are the ones returned.
	 */
	private List<ServerMessage> storeTurn(String conversation, StoredMessage customer, boolean repeated,
			List<ServerMessage> replies) {
		List<StoredMessage> turn = new ArrayList<>(replies.size() + 1);
		if (!repeated) {
			turn.add(customer);
		}
		replies.forEach((reply) -> turn.add(bot(reply)));
		if (storeAll(conversation, turn) || repeated) {
			return replies;
		}
		List<ServerMessage> earlier = earlierReplies(conversation, customer.id());
		if (!earlier.isEmpty()) {
			return earlier;
		}
		storeAll(conversation, turn.subList(1, turn.size()));
		return replies;
	}

	/**
	 * Stores messages in one transaction; {@code false} only when one of them is stored
	 * already (then none is). A database that is down does not keep the bot from
	 * answering: the messages are kept in the {@link ChatBacklog} and stored when the
	 * database is back (a repeated id is then not recognised, and answered again).
	 */
	private boolean storeAll(String conversation, List<StoredMessage> messages) {
		if (messages.isEmpty()) {
			return true;
		}
		if (!this.backlog.bypassing()) {
			try {
				this.conversations.appendAll(conversation, messages);
				return true;
			}
			catch (Conversations.RepeatedMessage ex) {
				return false;
			}
			catch (DataAccessException | TransactionException ex) {
				this.backlog.failed(ex);
				log.warn("Messages {} of conversation {} kept until the database is back: {}",
						messages.stream().map(StoredMessage::id).toList(), conversation, ex.toString());
			}
		}
		messages.forEach((message) -> this.backlog.message(conversation, message));
		return true;
	}

	/** A new conversation; while the database is down it is stored later. */
	private String open(String owner) {
		if (!this.backlog.bypassing()) {
			try {
				return this.conversations.open(owner);
			}
			catch (DataAccessException | TransactionException ex) {
				this.backlog.failed(ex);
				log.warn("New conversation kept until the database is back: {}", ex.toString());
			}
		}
		String id = this.conversations.openUnstored(owner);
		this.backlog.conversation(id, owner);
		return id;
	}

	private StoredMessage bot(ServerMessage reply) {
		return new StoredMessage(reply.id(), StoredMessage.BOT, typeOf(reply), reply.replyTo(),
				this.codec.encode(reply), Instant.now());
	}

	private List<ServerMessage> resume(ChatIdentity who, Resume resume) {
		String conversation = (resume.conversationId() != null) ? owned(who, resume.conversationId())
				: this.conversations.latest(who.getName()).orElse(null);
		List<Entry> history = new ArrayList<>();
		if (conversation != null) {
			for (StoredMessage m : this.conversations.history(conversation, this.properties.historyLimit())) {
				history.add(new Entry(m.author(), m.at(), this.codec.tree(m.body())));
			}
		}
		List<ServerMessage> replies = new ArrayList<>();
		replies.add(new ServerMessage.Resumed(newId(), conversation, resume.id(), who.visitorSecret(), history));
		if (conversation != null) {
			// back in time: the escalation keeps its place; tell where it stands if that
			// moved
			this.handover.returned(conversation)
				.filter((status) -> this.conversations.lastQueueMessage(conversation)
					.map((last) -> EscalationMessages.changed(this.codec.decodeServer(last.body()), status))
					.orElse(true))
				.map((status) -> EscalationMessages.update(conversation, resume.id(), status))
				.ifPresent((update) -> {
					storeAll(conversation, List.of(bot(update)));
					replies.add(update);
				});
		}
		return replies;
	}

	private String conversationOf(ChatIdentity who, ClientMessage message) {
		if (message.conversationId() != null) {
			return owned(who, message.conversationId());
		}
		if (message instanceof Ask || message instanceof AskForPerson) {
			return open(who.getName());
		}
		throw ProtocolError.missing("conversationId");
	}

	private String owned(ChatIdentity who, String conversationId) {
		if (!this.conversations.owns(who.getName(), conversationId)) {
			// the same answer whether the id does not exist or belongs to someone else
			throw new ProtocolError("conversation_not_found", "この会話は見つかりません (conversation not found)");
		}
		return conversationId;
	}

	private void checkLengths(ClientMessage message) {
		String text = switch (message) {
			case Ask ask -> ask.text();
			case Feedback feedback -> feedback.comment();
			case AskForPerson person -> person.text();
			case Choose choose -> choose.choice();
			case Resume resume -> null;
			case Typing typing -> null;
		};
		if (text != null && text.length() > this.properties.maxQuestionLength()) {
			throw new ProtocolError("too_long", this.properties.maxQuestionLength() + " 文字以内で入力してください (at most "
					+ this.properties.maxQuestionLength() + " characters)");
		}
		if (message instanceof Ask ask && ask.text().isBlank()) {
			throw new ProtocolError("empty_question", "質問を入力してください (empty question)");
		}
	}

	static String type(ClientMessage message) {
		return switch (message) {
			case Ask ask -> "ask";
			case Choose choose -> "choose";
			case Feedback feedback -> "feedback";
			case AskForPerson person -> "ask_for_person";
			case Resume resume -> "resume";
			case Typing typing -> "typing";
		};
	}

	static String typeOf(ServerMessage message) {
		return switch (message) {
			case ServerMessage.Resumed m -> "resumed";
			case ServerMessage.Ack m -> "ack";
			case ServerMessage.Answer m -> "answer";
			case ServerMessage.Clarify m -> "clarify";
			case ServerMessage.NoAnswer m -> "no_answer";
			case ServerMessage.Alternatives m -> "alternatives";
			case ServerMessage.Escalated m -> "escalated";
			case ServerMessage.QueueUpdate m -> "queue_status";
			case ServerMessage.AgentMessage m -> "agent_message";
			case ServerMessage.AgentJoined m -> "agent_joined";
			case ServerMessage.AgentLeft m -> "agent_left";
			case ServerMessage.AgentTyping m -> "agent_typing";
			case ServerMessage.Error m -> "error";
		};
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
