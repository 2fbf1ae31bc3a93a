package dev.fureai.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored conversations and their messages. Every read that names a conversation also
 * names its owner, so a conversation id alone never reveals anything.
 * <p>
 * Owners of recently used conversations are also kept in memory (an owner never changes):
 * while the database is down the bot can still answer in a conversation it knows.
 */
@Repository
class Conversations {

	private static final int KNOWN_OWNERS = 10_000;

	/** Ids per {@code in (…)} list, well below what the databases accept. */
	private static final int IN_LIST = 500;

	private final JdbcClient jdbc;

	private final Map<String, String> owners = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > KNOWN_OWNERS;
		}
	});

	Conversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String open(String owner) {
		String id = UUID.randomUUID().toString();
		create(id, owner, Instant.now());
		this.owners.put(id, owner);
		return id;
	}

	/**
	 * A conversation that exists only in memory until the database is back (see
	 * {@link ChatBacklog}): its owner is known here at once.
	 */
	String openUnstored(String owner) {
		String id = UUID.randomUUID().toString();
		this.owners.put(id, owner);
		return id;
	}

	/** Stores a conversation; nothing happens if it is stored already. */
	void create(String id, String owner, Instant createdAt) {
		OffsetDateTime at = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC);
		try {
			this.jdbc.sql("insert into chat_conversation (id, owner_key, created_at) values (?, ?, ?)")
				.params(id, owner, at)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// stored by an earlier attempt whose answer was lost
		}
	}

	boolean owns(String owner, String conversationId) {
		return ownerOf(conversationId).filter(owner::equals).isPresent();
	}

	/** Who a conversation belongs to (the STOMP user name its messages go to). */
	Optional<String> ownerOf(String conversationId) {
		String known = this.owners.get(conversationId);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<String> owner = this.jdbc.sql("select owner_key from chat_conversation where id = ?")
			.param(conversationId)
			.query(String.class)
			.optional();
		owner.ifPresent((o) -> this.owners.put(conversationId, o));
		return owner;
	}

	/**
	 * The owner's conversation with the newest message (or, without messages, the newest
	 * one). Worked out from the messages rather than kept on the conversation: that was
	 * an update of the conversation row and its owner index for every message, and a bot
	 * answer took 12 % longer on H2 (docs/benchmarks.md). This read runs once per resume
	 * and reads the messages of each of the owner's conversations: 32 ms on PostgreSQL
	 * for an owner with 1,000 conversations of 20 messages (warm), under 1 ms for a few.
	 */
	Optional<String> latest(String owner) {
		return this.jdbc.sql("""
				select c.id from chat_conversation c where c.owner_key = ?
				order by coalesce((select max(m.created_at) from chat_message m where m.conversation_id = c.id),
				c.created_at) desc, c.created_at desc""").param(owner).withMaxRows(1).query(String.class).optional();
	}

	/**
	 * Stores a message; {@code false} when the conversation already has a message with
	 * this id (a customer resending after a reconnect).
	 */
	@Transactional
	boolean append(String conversationId, StoredMessage message) {
		return append(conversationId, message, null);
	}

	/**
	 * Stores a message written by an agent (author {@code agent}), or any message when
	 * {@code agentId} is {@code null}; {@code false} for a repeated id.
	 */
	@Transactional
	boolean append(String conversationId, StoredMessage message, String agentId) {
		try {
			this.jdbc.sql("""
					insert into chat_message (conversation_id, id, author, type, reply_to, body, created_at, agent_id)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(conversationId, message.id(), message.author(), message.type(), message.replyTo(),
						message.body(), OffsetDateTime.ofInstant(message.at(), ZoneOffset.UTC), agentId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		return true;
	}

	/**
	 * Stores a turn's messages in one transaction, in order: all of them, or none when
	 * one of their ids is stored already (a customer's message sent twice at once). One
	 * commit for the question and its replies instead of one each: the commit is most of
	 * what storing costs on H2 (docs/benchmarks.md).
	 * @throws RepeatedMessage when a message id is stored already; the transaction is
	 * rolled back
	 */
	@Transactional
	void appendAll(String conversationId, List<StoredMessage> messages) {
		for (StoredMessage message : messages) {
			if (!append(conversationId, message, null)) {
				throw new RepeatedMessage(message.id());
			}
		}
	}

	/** A message id stored already in the conversation: nothing of the turn is stored. */
	static final class RepeatedMessage extends RuntimeException {

		RepeatedMessage(String id) {
			super("message " + id + " is stored already", null, false, false);
		}

	}

	Optional<StoredMessage> find(String conversationId, String messageId) {
		return this.jdbc.sql(SELECT + " where conversation_id = ? and id = ?")
			.params(conversationId, messageId)
			.query(Conversations::row)
			.optional();
	}

	List<StoredMessage> replies(String conversationId, String replyTo) {
		return this.jdbc.sql(SELECT + " where conversation_id = ? and reply_to = ? and author = 'bot' order by seq")
			.params(conversationId, replyTo)
			.query(Conversations::row)
			.list();
	}

	/** The latest {@code limit} messages, oldest first. */
	List<StoredMessage> history(String conversationId, int limit) {
		List<StoredMessage> latest = this.jdbc.sql(SELECT + " where conversation_id = ? order by seq desc")
			.param(conversationId)
			.withMaxRows(limit)
			.query(Conversations::row)
			.list();
		return latest.reversed();
	}

	Optional<StoredMessage> lastOfType(String conversationId, String type) {
		return this.jdbc.sql(SELECT + " where conversation_id = ? and type = ? order by seq desc")
			.params(conversationId, type)
			.withMaxRows(1)
			.query(Conversations::row)
			.optional();
	}

	/**
	 * The latest escalation message (escalated or queue status) the customer was sent.
	 */
	Optional<StoredMessage> lastQueueMessage(String conversationId) {
		return this.jdbc
			.sql(SELECT + " where conversation_id = ? and type in ('escalated', 'queue_status') order by seq desc")
			.param(conversationId)
			.withMaxRows(1)
			.query(Conversations::row)
			.optional();
	}

	/**
	 * Locks the conversations until the transaction ends, in the order of their ids (so
	 * two transactions locking overlapping sets cannot deadlock): what is read of them
	 * next is what nobody else is about to change. Queue updates of one pool take turns
	 * this way, and two of them cannot both tell a customer the same news.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void lock(Collection<String> conversationIds) {
		List<String> ids = conversationIds.stream().sorted().toList();
		for (int from = 0; from < ids.size(); from += IN_LIST) {
			this.jdbc.sql("select id from chat_conversation where id in (:ids) order by id for update")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
				.query(String.class)
				.list();
		}
	}

	/**
	 * {@link #lastQueueMessage} of many conversations in one read (a queue update looks
	 * at every customer of the pool), by conversation; those never told are missing.
	 */
	Map<String, StoredMessage> lastQueueMessages(Collection<String> conversationIds) {
		Map<String, StoredMessage> last = new HashMap<>();
		List<String> ids = List.copyOf(conversationIds);
		for (int from = 0; from < ids.size(); from += IN_LIST) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
			this.jdbc.sql("select m.conversation_id, m.id, m.author, m.type, m.reply_to, m.body, m.created_at"
					+ " from chat_message m where m.conversation_id in (:ids) and m.type in ('escalated', 'queue_status')"
					+ " and m.seq = (select max(s.seq) from chat_message s where s.conversation_id = m.conversation_id"
					+ " and s.type in ('escalated', 'queue_status'))")
				.param("ids", chunk)
				.query((rs, n) -> last.put(rs.getString("conversation_id"), row(rs, n)))
				.list();
		}
		return last;
	}

	private static final String SELECT = "select id, author, type, reply_to, body, created_at from chat_message";

	private static StoredMessage row(ResultSet rs, int row) throws SQLException {
		Instant at = rs.getObject("created_at", OffsetDateTime.class).toInstant();
		return new StoredMessage(rs.getString("id"), rs.getString("author"), rs.getString("type"),
				rs.getString("reply_to"), rs.getString("body"), at);
	}

}
