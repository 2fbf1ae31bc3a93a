package dev.fureai.chat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-only access to stored conversations for people who serve the customer (the agents'
 * console): every message in both directions, exactly as it was sent, so a CSM sees what
 * the customer asked, what the bot answered and which guides it showed, and the feedback.
 * Whoever calls this must have checked that the reader may see the conversation.
 */
@Component
public class Transcripts {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Transcripts(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The latest {@code limit} messages of a conversation, oldest first. */
	public List<Line> of(String conversationId, int limit) {
		List<Line> lines = new ArrayList<>(this.jdbc.sql(
				"select id, author, type, body, created_at, agent_id from chat_message where conversation_id = ? order by seq desc")
			.param(conversationId)
			.withMaxRows(limit)
			.query((rs, n) -> new Line(rs.getString("id"), rs.getString("author"), rs.getString("type"),
					tree(rs.getString("body")), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getString("agent_id")))
			.list());
		Collections.reverse(lines);
		return lines;
	}

	/** The text of the customer's latest question (or ask for a person with text). */
	public Optional<String> lastQuestion(String conversationId) {
		return latestQuestion(conversationId).map(Question::text);
	}

	/**
	 * The customer's latest question (or ask for a person with text) and when it came.
	 */
	public Optional<Question> latestQuestion(String conversationId) {
		return this.jdbc
			.sql("select body, created_at from chat_message where conversation_id = ? and author = 'customer'"
					+ " and type in ('ask', 'ask_for_person') order by seq desc")
			.param(conversationId)
			.withMaxRows(20)
			.query((rs, n) -> new Question(tree(rs.getString("body")).path("text").asString(""),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list()
			.stream()
			.filter((question) -> !question.text().isBlank())
			.findFirst();
	}

	private JsonNode tree(String body) {
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return this.json.getNodeFactory().stringNode(body);
		}
	}

	/**
	 * One stored message.
	 *
	 * @param id the message id
	 * @param from {@code customer}, {@code bot} or {@code agent}
	 * @param type the protocol type ({@code ask}, {@code answer}, {@code feedback}, …)
	 * @param message the message as sent (see {@code docs/protocol.md})
	 * @param at when it was stored
	 * @param agentId the agent who wrote it ({@code from} is {@code agent}), else
	 * {@code null}
	 */
	public record Line(String id, String from, String type, JsonNode message, Instant at, String agentId) {

	}

	/**
	 * What the customer asked.
	 *
	 * @param text the question's text
	 * @param at when it came (the server's time of receipt)
	 */
	public record Question(String text, Instant at) {

	}

}
