package dev.fureai.chat;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * How a person (an agent of the console) writes into a customer's conversation. The chat
 * module owns the transcript, so every agent message goes through here: stored as an
 * {@code agent_message} (author {@code agent}, with the agent's id), then pushed to every
 * open widget of the conversation's owner with the agent's display name.
 * <p>
 * Delivered at least once, shown once: the message id is the key. Delivering the same id
 * again stores nothing new and pushes the stored message again; the widget shows each id
 * once, and after a reload or reconnect finds it in the {@code resumed} history.
 * <p>
 * Whoever calls this must have checked that the agent may write in this conversation (the
 * agents module does). When called inside a transaction, the push waits for the commit,
 * so a customer never sees a message that is not stored.
 */
@Component
public class AgentReplies {

	/** The longest agent message accepted, in characters. */
	public static final int MAX_TEXT = 4000;

	/** The longest display name accepted, in characters. */
	public static final int MAX_NAME = 200;

	private final Conversations conversations;

	private final ChatOutbox outbox;

	private final ProtocolCodec codec = new ProtocolCodec();

	AgentReplies(Conversations conversations, ChatOutbox outbox) {
		this.conversations = conversations;
		this.outbox = outbox;
	}

	/**
	 * Delivers a new agent message (a fresh id).
	 * @return the stored message's id
	 * @throws IllegalArgumentException for an unknown conversation, an empty or too long
	 * text, or a missing name
	 */
	public String deliver(String conversationId, String agentId, String agentName, String text) {
		return deliver(conversationId, UUID.randomUUID().toString(), agentId, agentName, text);
	}

	/**
	 * Delivers an agent message with the caller's id (1–64 characters of
	 * {@code A-Z a-z 0-9 _ . : -}), so a retry after a failure or a console that resends
	 * never shows the message twice.
	 * @return {@code messageId}
	 * @throws IllegalArgumentException for an unknown conversation, a bad id, an empty or
	 * too long text, or a missing name
	 */
	public String deliver(String conversationId, String messageId, String agentId, String agentName, String text) {
		check(messageId, agentId, agentName);
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("メッセージを入力してください (empty message)");
		}
		if (text.length() > MAX_TEXT) {
			throw new IllegalArgumentException(MAX_TEXT + " 文字以内で入力してください (at most " + MAX_TEXT + " characters)");
		}
		String owner = ownerOf(conversationId);
		ServerMessage message = new ServerMessage.AgentMessage(messageId, conversationId, null, agentName.strip(),
				text.strip());
		ServerMessage sent = store(conversationId, agentId, message);
		AfterCommit.run(() -> this.outbox.toOwner(owner, sent));
		return messageId;
	}

	/**
	 * Tells the customer that a person answers now (after a claim or a transfer to a
	 * named agent): stored and pushed as {@code agent_joined}.
	 * @return the stored message's id
	 */
	public String joined(String conversationId, String agentId, String agentName) {
		String id = UUID.randomUUID().toString();
		check(id, agentId, agentName);
		String owner = ownerOf(conversationId);
		ServerMessage sent = store(conversationId, agentId,
				new ServerMessage.AgentJoined(id, conversationId, null, agentName.strip()));
		AfterCommit.run(() -> this.outbox.toOwner(owner, sent));
		return id;
	}

	/**
	 * Tells the customer that the person no longer answers: stored and pushed as
	 * {@code agent_left}.
	 * @return the stored message's id
	 */
	public String left(String conversationId, String agentId, String agentName, Departure why) {
		String id = UUID.randomUUID().toString();
		check(id, agentId, agentName);
		String owner = ownerOf(conversationId);
		ServerMessage sent = store(conversationId, agentId,
				new ServerMessage.AgentLeft(id, conversationId, null, agentName.strip(), why.code()));
		AfterCommit.run(() -> this.outbox.toOwner(owner, sent));
		return id;
	}

	/**
	 * Shows the customer that the person is typing ({@code agent_typing}): pushed, never
	 * stored. The caller limits how often.
	 */
	public void typing(String conversationId, String agentId, String agentName) {
		String id = UUID.randomUUID().toString();
		check(id, agentId, agentName);
		String owner = ownerOf(conversationId);
		this.outbox.toOwner(owner, new ServerMessage.AgentTyping(id, conversationId, null, agentName.strip()));
	}

	/** Why a person stopped answering, as the widget is told. */
	public enum Departure {

		/** Done: the escalation was resolved. */
		RESOLVED("resolved"),
		/** The bot answers again. */
		HANDED_BACK("handed_back"),
		/** Back in a queue: another person will answer. */
		TRANSFERRED("transferred");

		private final String code;

		Departure(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

	/**
	 * Stores the message, or finds the one stored earlier with the same id (what was sent
	 * then is sent again, not what the retry says).
	 */
	private ServerMessage store(String conversationId, String agentId, ServerMessage message) {
		StoredMessage row = new StoredMessage(message.id(), StoredMessage.AGENT, ChatBot.typeOf(message), null,
				this.codec.encode(message), Instant.now());
		if (this.conversations.append(conversationId, row, agentId)) {
			return message;
		}
		StoredMessage earlier = this.conversations.find(conversationId, message.id()).orElseThrow();
		if (!StoredMessage.AGENT.equals(earlier.author())) {
			throw new IllegalArgumentException("このメッセージ id は使われています (message id already used)");
		}
		return this.codec.decodeServer(earlier.body());
	}

	private String ownerOf(String conversationId) {
		if (conversationId == null || conversationId.isBlank()) {
			throw new IllegalArgumentException("conversationId がありません (missing conversation)");
		}
		return this.conversations.ownerOf(conversationId)
			.orElseThrow(() -> new IllegalArgumentException("この会話は見つかりません (conversation not found)"));
	}

	private static void check(String messageId, String agentId, String agentName) {
		try {
			Fields.id(messageId);
		}
		catch (ProtocolError ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
		if (agentId == null || agentId.isBlank()) {
			throw new IllegalArgumentException("agentId がありません (missing agent)");
		}
		if (agentName == null || agentName.isBlank() || agentName.length() > MAX_NAME) {
			throw new IllegalArgumentException("担当者名がありません (missing agent name)");
		}
	}

}
