package dev.fureai.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.AskForPerson;
import dev.fureai.chat.ClientMessage.Choose;
import dev.fureai.chat.ClientMessage.Feedback;
import dev.fureai.chat.ClientMessage.Resume;
import dev.fureai.chat.ServerMessage.Entry;

import org.springframework.stereotype.Service;

/**
 * The conversation logic: stores each customer message, works out the replies, stores
 * them, and returns them to be sent. Stored first, sent after: a reply lost on the wire
 * is found again by {@code resume} or by resending the same message id.
 */
@Service
class ChatBot {

	private final Conversations conversations;

	private final Replies replies;

	private final ChatProperties properties;

	private final ProtocolCodec codec = new ProtocolCodec();

	ChatBot(Conversations conversations, Replies replies, ChatProperties properties) {
		this.conversations = conversations;
		this.replies = replies;
		this.properties = properties;
	}

	List<ServerMessage> handle(ChatIdentity who, ClientMessage message) {
		checkLengths(message);
		if (message instanceof Resume resume) {
			return List.of(resume(who, resume));
		}
		String conversation = conversationOf(who, message);
		StoredMessage stored = new StoredMessage(message.id(), StoredMessage.CUSTOMER, type(message), null,
				this.codec.encode(message), Instant.now());
		if (!this.conversations.append(conversation, stored)) {
			List<ServerMessage> earlier = this.conversations.replies(conversation, message.id())
				.stream()
				.map((m) -> this.codec.decodeServer(m.body()))
				.toList();
			if (!earlier.isEmpty()) {
				return earlier;
			}
		}
		List<ServerMessage> answers = this.replies.to(message, conversation);
		for (ServerMessage reply : answers) {
			this.conversations.append(conversation, new StoredMessage(reply.id(), StoredMessage.BOT, typeOf(reply),
					reply.replyTo(), this.codec.encode(reply), Instant.now()));
		}
		return answers;
	}

	private ServerMessage resume(ChatIdentity who, Resume resume) {
		String conversation = (resume.conversationId() != null) ? owned(who, resume.conversationId())
				: this.conversations.latest(who.getName()).orElse(null);
		List<Entry> history = new ArrayList<>();
		if (conversation != null) {
			for (StoredMessage m : this.conversations.history(conversation, this.properties.historyLimit())) {
				history.add(new Entry(m.author(), m.at(), this.codec.tree(m.body())));
			}
		}
		return new ServerMessage.Resumed(newId(), conversation, resume.id(), who.visitorSecret(), history);
	}

	private String conversationOf(ChatIdentity who, ClientMessage message) {
		if (message.conversationId() != null) {
			return owned(who, message.conversationId());
		}
		if (message instanceof Ask || message instanceof AskForPerson) {
			return this.conversations.open(who.getName());
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
			case ServerMessage.Error m -> "error";
		};
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
