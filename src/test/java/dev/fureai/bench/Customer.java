package dev.fureai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An anonymous visitor on one connection asking questions (or, for the baseline, sending
 * to the echo destination) one at a time, as a person in the widget does. A request is
 * answered by the first message whose {@code replyTo} (echo: whose {@code id}) is its id;
 * later replies to the same message (an {@code escalated} after a {@code no_answer}) are
 * counted but not waited for.
 */
final class Customer {

	/** How one request ended: its latency, or why there was none. */
	record Outcome(long nanos, String type, String failure) {

		boolean ok() {
			return this.failure == null;
		}

	}

	private record Reply(String type, String conversationId, long at) {
	}

	private static final AtomicLong CUSTOMERS = new AtomicLong();

	private final String prefix = "c" + CUSTOMERS.incrementAndGet() + "-";

	private final Map<String, CompletableFuture<Reply>> pending = new ConcurrentHashMap<>();

	private final AtomicLong unmatchedErrors = new AtomicLong();

	private StompConnection connection;

	private long next;

	private String conversation;

	private Customer() {
	}

	static Customer open(HttpClient http, URI uri, Duration timeout) throws Exception {
		Customer customer = new Customer();
		customer.connection = StompConnection.open(http, uri, 10_000, timeout, customer::received);
		return customer;
	}

	/**
	 * Asks a question: in the current conversation, or a new one when {@code fresh} (the
	 * widget's first question has no conversation id).
	 */
	Outcome ask(String question, boolean fresh, Duration timeout) {
		String id = this.prefix + (++this.next);
		String conversationId = (fresh || this.conversation == null) ? null : this.conversation;
		String json = "{\"type\":\"ask\",\"id\":\"" + id + "\""
				+ ((conversationId != null) ? ",\"conversationId\":\"" + conversationId + "\"" : "") + ",\"text\":"
				+ Json.string(question) + "}";
		return request("ask", id, json, timeout);
	}

	/** The baseline: the same kind of frame, echoed by the server. */
	Outcome echo(String question, Duration timeout) {
		String id = this.prefix + (++this.next);
		return request("echo", id, "{\"type\":\"echo\",\"id\":\"" + id + "\",\"text\":" + Json.string(question) + "}",
				timeout);
	}

	void heartbeat() {
		if (this.connection.open()) {
			this.connection.heartbeat();
		}
	}

	boolean open() {
		return this.connection.open();
	}

	/** Error replies that named no message (e.g. {@code rate_limited}). */
	long unmatchedErrors() {
		return this.unmatchedErrors.get();
	}

	void close() {
		this.connection.close();
	}

	private Outcome request(String type, String id, String json, Duration timeout) {
		CompletableFuture<Reply> reply = new CompletableFuture<>();
		this.pending.put(id, reply);
		long start = System.nanoTime();
		try {
			this.connection.send(type, json);
			Reply got = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (got.conversationId() != null) {
				this.conversation = got.conversationId();
			}
			long nanos = got.at() - start;
			return "error".equals(got.type()) ? new Outcome(nanos, got.type(), "error reply")
					: new Outcome(nanos, got.type(), null);
		}
		catch (TimeoutException ex) {
			return new Outcome(-1, null, "no reply within " + timeout.toSeconds() + " s");
		}
		catch (Exception ex) {
			String error = this.connection.error();
			return new Outcome(-1, null, (error != null) ? error : ex.toString());
		}
		finally {
			this.pending.remove(id);
		}
	}

	/** On the client's I/O thread: only the few top-level fields needed. */
	private void received(String body) {
		long at = System.nanoTime();
		String type = Json.field(body, "type");
		String key = "echo".equals(type) ? Json.field(body, "id") : Json.field(body, "replyTo");
		CompletableFuture<Reply> waiting = (key != null) ? this.pending.get(key) : null;
		if (waiting != null) {
			waiting.complete(new Reply(type, Json.field(body, "conversationId"), at));
		}
		else if ("error".equals(type)) {
			this.unmatchedErrors.incrementAndGet();
		}
	}

}
