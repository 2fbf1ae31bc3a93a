package dev.fureai.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * What the chat could not store while the database was down: new conversations and
 * messages, kept in memory in the order they happened and stored when the database is
 * back (checked every second). While anything waits here, new writes queue behind it, so
 * a conversation's messages are stored in order; and for a second after a failure the
 * database is not tried at all, so a turn does not wait for a connection that will not
 * come. Lost if the server stops before the database is back, and beyond {@link #LIMIT}
 * entries (both logged): the bot's answers during an outage are a courtesy, never a
 * promise — escalations are routing's, stored before "queued" is said.
 */
@Component
class ChatBacklog {

	private static final Logger log = LoggerFactory.getLogger(ChatBacklog.class);

	static final int LIMIT = 100_000;

	private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);

	/** A conversation to create ({@code message} null) or a message to append. */
	record Write(String conversation, String owner, Instant createdAt, StoredMessage message) {

	}

	private final Queue<Write> writes = new ConcurrentLinkedQueue<>();

	private final AtomicInteger size = new AtomicInteger();

	private final Conversations conversations;

	private final Clock clock;

	private volatile Instant pausedUntil = Instant.MIN;

	ChatBacklog(Conversations conversations) {
		this.conversations = conversations;
		this.clock = Clock.systemUTC();
	}

	/** Whether a write should go to the backlog instead of the database now. */
	boolean bypassing() {
		return this.size.get() > 0 || resting();
	}

	/**
	 * Whether the database failed a moment ago: a read now would wait for a connection
	 * that will not come ({@code connection-timeout}, 3 s), and the turn with it.
	 */
	boolean resting() {
		return this.clock.instant().isBefore(this.pausedUntil);
	}

	/** The database refused a write or a read: leave it alone for a moment. */
	void failed(Exception ex) {
		this.pausedUntil = this.clock.instant().plus(PAUSE_AFTER_FAILURE);
	}

	void conversation(String id, String owner) {
		add(new Write(id, owner, this.clock.instant(), null));
	}

	void message(String conversation, StoredMessage message) {
		add(new Write(conversation, null, null, message));
	}

	int size() {
		return this.size.get();
	}

	/** Stores what waits, oldest first; stops at the first failure (still down). */
	@Scheduled(fixedDelayString = "1s", initialDelayString = "1s")
	int flush() {
		int stored = 0;
		synchronized (this) {
			Write next;
			while ((next = this.writes.peek()) != null) {
				try {
					if (next.message() == null) {
						this.conversations.create(next.conversation(), next.owner(), next.createdAt());
					}
					else {
						this.conversations.append(next.conversation(), next.message());
					}
				}
				catch (DataIntegrityViolationException ex) {
					// e.g. its conversation was dropped when the backlog was full: it
					// never will be
					log.warn("Chat write of conversation {} dropped, the database refuses it: {}", next.conversation(),
							ex.toString());
				}
				catch (DataAccessException | TransactionException ex) {
					failed(ex);
					return stored;
				}
				this.writes.poll();
				this.size.decrementAndGet();
				stored++;
			}
		}
		if (stored > 0) {
			log.info("Stored {} chat writes kept while the database was down", stored);
		}
		return stored;
	}

	private void add(Write write) {
		if (this.size.incrementAndGet() > LIMIT) {
			this.size.decrementAndGet();
			log.warn("Chat backlog full ({} writes): {} of conversation {} is not stored", LIMIT,
					(write.message() != null) ? "message " + write.message().id() : "the conversation",
					write.conversation());
			return;
		}
		this.writes.add(write);
	}

}
