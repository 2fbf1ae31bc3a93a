package dev.fureai.routing;

import java.util.List;
import java.util.Optional;

/**
 * What the chat calls when the bot may not be enough. Every call decides from the
 * verified customer's tier (never from the browser) and returns what to tell the
 * customer, in Japanese.
 */
public interface Routing {

	/**
	 * Every customer question, before or beside the bot's answer: finds churn-risk words
	 * and requests for a person ("担当者と話したい"), and escalates by tier. Returns
	 * {@link EscalationOutcome.Kind#NONE} when the text has neither.
	 */
	EscalationOutcome onQuestion(ConversationRef conversation, String text);

	/**
	 * The customer pressed "talk to a person" (担当者と話す); {@code text} is what they wrote
	 * with it, or {@code null}.
	 */
	EscalationOutcome onAskForPerson(ConversationRef conversation, String text);

	/**
	 * The bot had no answer, or the customer gave 解決しない feedback; {@code inARow} counts
	 * such turns in a row in this conversation (reset by a helpful answer). Escalates
	 * when it reaches {@code fureai.routing.triggers.failures-in-a-row}. {@code text} is
	 * this turn's question, or {@code null} (feedback on an earlier answer).
	 */
	EscalationOutcome onUnresolved(ConversationRef conversation, int inARow, String text);

	/**
	 * The conversation's open escalation and where it stands now (after a reload too).
	 */
	Optional<QueueStatus> status(String conversationId);

	/**
	 * Where one escalation stands now, open or closed (resolved, abandoned): for telling
	 * the customer it closed, which {@link #status(String)} no longer shows.
	 */
	Optional<QueueStatus> statusOf(String escalationId);

	/**
	 * Where every customer waiting in the pool stands, in queue order, from one read of
	 * the queue (for telling them all when it moves).
	 */
	List<QueueStatus> waiting(QueuePool pool);

	/**
	 * The customer closed the chat; a waiting escalation is abandoned if they stay away.
	 */
	void customerLeft(String conversationId);

	/**
	 * The customer is back: their escalation stays, and they are told where it stands.
	 */
	Optional<QueueStatus> customerReturned(String conversationId);

}
