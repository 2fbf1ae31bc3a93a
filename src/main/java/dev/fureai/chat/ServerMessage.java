package dev.fureai.chat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.JsonNode;

/**
 * What the bot sends to {@code /user/queue/chat}. Every reply names the customer message
 * it answers in {@code replyTo}; the widget shows each {@code id} once however often it
 * arrives. Bot text is data, not prose: the widget words it in the customer's language.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = ServerMessage.Resumed.class, name = "resumed"),
		@JsonSubTypes.Type(value = ServerMessage.Ack.class, name = "ack"),
		@JsonSubTypes.Type(value = ServerMessage.Answer.class, name = "answer"),
		@JsonSubTypes.Type(value = ServerMessage.Clarify.class, name = "clarify"),
		@JsonSubTypes.Type(value = ServerMessage.NoAnswer.class, name = "no_answer"),
		@JsonSubTypes.Type(value = ServerMessage.Alternatives.class, name = "alternatives"),
		@JsonSubTypes.Type(value = ServerMessage.Escalated.class, name = "escalated"),
		@JsonSubTypes.Type(value = ServerMessage.QueueUpdate.class, name = "queue_status"),
		@JsonSubTypes.Type(value = ServerMessage.AgentMessage.class, name = "agent_message"),
		@JsonSubTypes.Type(value = ServerMessage.AgentJoined.class, name = "agent_joined"),
		@JsonSubTypes.Type(value = ServerMessage.AgentLeft.class, name = "agent_left"),
		@JsonSubTypes.Type(value = ServerMessage.AgentTyping.class, name = "agent_typing"),
		@JsonSubTypes.Type(value = ServerMessage.Error.class, name = "error") })
sealed interface ServerMessage {

	String id();

	String conversationId();

	String replyTo();

	/**
	 * The reply to {@code resume}: the visitor secret to keep (anonymous visitors only)
	 * and the conversation's stored messages, oldest first.
	 */
	record Resumed(String id, String conversationId, String replyTo, String visitorSecret,
			List<Entry> history) implements ServerMessage {
	}

	/** The customer message was stored (feedback has no other reply). */
	record Ack(String id, String conversationId, String replyTo) implements ServerMessage {
	}

	/** One article section that answers the question. */
	record Answer(String id, String conversationId, String replyTo, String articleId, String title, String section,
			String html, String link, List<Guide> related) implements ServerMessage {
	}

	/**
	 * Several guides fit about equally well: the customer picks one with {@code choose}.
	 */
	record Clarify(String id, String conversationId, String replyTo, List<Guide> choices) implements ServerMessage {
	}

	/** Nothing fits: the closest guides, if any, and where to ask instead. */
	record NoAnswer(String id, String conversationId, String replyTo, List<Guide> closest,
			String contact) implements ServerMessage {
	}

	/**
	 * The tech-touch answer to "ask for a person" and to "not resolved": guides to try
	 * and a contact link.
	 */
	record Alternatives(String id, String conversationId, String replyTo, List<Guide> guides,
			String contact) implements ServerMessage {
	}

	/**
	 * What routing decided when the bot was not enough (asked for a person, churn risk,
	 * repeated failures): who will answer and where the customer stands, or what to try
	 * instead (tech touch), or that it could not be queued yet and is being retried.
	 *
	 * @param outcome {@code self_service}, {@code queued}, {@code already_queued} or
	 * {@code not_queued_retrying}
	 * @param tier {@code tech_touch}, {@code low_touch} or {@code high_touch};
	 * {@code null} when not decided (not queued yet)
	 * @param tierLabel the tier in Japanese (テックタッチ, ロータッチ, ハイタッチ)
	 * @param queue where the customer stands, when in a queue
	 * @param message what to tell the customer, in Japanese, to show as is
	 * @param selfService community, webinar and ticket links (tech touch)
	 * @param guides the best guides for the question (tech touch)
	 * @param contact where to ask meanwhile, when no person was reached
	 */
	record Escalated(String id, String conversationId, String replyTo, String outcome, String tier, String tierLabel,
			Queue queue, String message, List<Link> selfService, List<Guide> guides,
			String contact) implements ServerMessage {
	}

	/**
	 * Where a waiting customer stands now: sent whenever the queue moves, a person takes
	 * the conversation, or the customer comes back ({@code replyTo} is then the resume).
	 */
	record QueueUpdate(String id, String conversationId, String replyTo, Queue queue,
			String message) implements ServerMessage {
	}

	/**
	 * A place in a human queue.
	 *
	 * @param escalationId the escalation; later updates name the same one
	 * @param status {@code waiting}, {@code claimed}, {@code resolved} or
	 * {@code abandoned}
	 * @param answeredBy {@code own_csm}, {@code high_touch_pool} or
	 * {@code low_touch_pool}
	 * @param position 1 = next; 0 once a person has taken it
	 * @param estimatedWaitMinutes working minutes until a person answers (0 when taken)
	 * @param expectedBy when to expect an answer, business hours considered
	 * @param openNow whether the team is working now (false: outside business hours)
	 * @param zone the team's time zone ({@code Asia/Tokyo}), in which the Japanese
	 * {@code message} states {@code expectedBy}
	 */
	record Queue(String escalationId, String status, String answeredBy, int position, long estimatedWaitMinutes,
			Instant expectedBy, boolean openNow, String zone) {
	}

	/**
	 * A way to get help without a person.
	 *
	 * @param kind {@code community}, {@code webinar} or {@code ticket}
	 */
	record Link(String kind, String title, String url) {
	}

	/**
	 * A person (an agent of the console) wrote to the customer. Plain text: the widget
	 * shows it as text and turns only same-origin {@code /articles/…} paths into links.
	 *
	 * @param agentName the agent's display name, shown with the message
	 */
	record AgentMessage(String id, String conversationId, String replyTo, String agentName,
			String text) implements ServerMessage {
	}

	/**
	 * A person took the conversation over (claimed, or transferred to them): the widget
	 * shows who is answering until {@code agent_left}. The bot stays quiet meanwhile.
	 *
	 * @param agentName the name to show (e.g. the family name: 佐藤さんが対応しています)
	 */
	record AgentJoined(String id, String conversationId, String replyTo, String agentName) implements ServerMessage {
	}

	/**
	 * The person is no longer answering.
	 *
	 * @param reason {@code resolved}, {@code handed_back} (the bot answers again) or
	 * {@code transferred} (back in a queue for another person)
	 */
	record AgentLeft(String id, String conversationId, String replyTo, String agentName,
			String reason) implements ServerMessage {
	}

	/** The person is typing. Ephemeral: never stored, never in a history. */
	record AgentTyping(String id, String conversationId, String replyTo, String agentName) implements ServerMessage {
	}

	/** A customer message could not be acted on; the connection stays open. */
	record Error(String id, String conversationId, String replyTo, String code,
			String message) implements ServerMessage {
	}

	/**
	 * A link to a guide (an article section).
	 *
	 * @param address {@code articleId} or {@code articleId#anchor}
	 * @param section the section heading, or {@code null} for the introduction
	 * @param link the article page, e.g. {@code /articles/billing-receipt#anchor}
	 */
	record Guide(String address, String articleId, String title, String section, String link) {
	}

	/**
	 * One stored message of a conversation.
	 *
	 * @param from {@code customer} or {@code bot}
	 * @param message the message exactly as it was sent
	 */
	record Entry(String from, Instant at, JsonNode message) {
	}

}
