package dev.fureai.agents;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in customer who stays connected over the real chat protocol
 * (docs/protocol.md): asks a question, asks for a person, and keeps every message the
 * server pushes (queue updates, an agent's message) for the test to wait on.
 */
final class WaitingCustomer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long TIMEOUT_SECONDS = 15;

	final String customerId;

	final List<JsonNode> seen = new CopyOnWriteArrayList<>();

	private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();

	private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());

	private StompSession session;

	private String conversationId;

	private String escalationId;

	private int sent;

	private WaitingCustomer(String customerId) {
		this.customerId = customerId;
	}

	static WaitingCustomer connect(int port, String customerId) throws Exception {
		WaitingCustomer customer = new WaitingCustomer(customerId);
		StompHeaders connect = new StompHeaders();
		connect.add("Authorization", "Bearer " + ConsoleAccessTests.customerToken(customerId));
		customer.session = customer.client.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(),
				connect, new StompSessionHandlerAdapter() {
				})
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		customer.session.subscribe("/user/queue/chat", customer.new Inbox());
		customer.untilSubscribed();
		return customer;
	}

	/**
	 * Sends {@code resume} until one is answered: replies go to the subscription, which
	 * the server may register after the first frames are handled.
	 */
	private void untilSubscribed() throws Exception {
		for (int attempt = 1; attempt <= 10; attempt++) {
			String id = "r-" + attempt;
			StompHeaders headers = new StompHeaders();
			headers.setDestination("/app/chat.resume");
			headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
			this.session.send(headers,
					JSON.writeValueAsString(Map.of("type", "resume", "id", id)).getBytes(StandardCharsets.UTF_8));
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
			while (System.nanoTime() < end) {
				JsonNode next = this.inbox.poll(100, TimeUnit.MILLISECONDS);
				if (next != null && id.equals(next.path("replyTo").asString(""))) {
					return;
				}
			}
		}
		throw new AssertionError(this.customerId + ": resume never answered");
	}

	/** Asks a question; returns the bot's reply (answer, clarify or no_answer). */
	JsonNode ask(String text) throws Exception {
		return send("ask", Map.of("text", text));
	}

	/** 担当者と話す in the same conversation; returns the {@code escalated} reply. */
	JsonNode askForPerson() throws Exception {
		JsonNode reply = send("ask_for_person", Map.of());
		if (!"escalated".equals(reply.path("type").asString(""))) {
			throw new AssertionError("not escalated: " + reply);
		}
		this.escalationId = reply.path("queue").path("escalationId").asString(null);
		return reply;
	}

	String conversationId() {
		return this.conversationId;
	}

	/** The escalation {@link #askForPerson()} opened. */
	String escalationId() {
		return this.escalationId;
	}

	/** Waits for a pushed message of this type; returns it. */
	JsonNode await(String type) throws InterruptedException {
		return await((m) -> type.equals(m.path("type").asString("")));
	}

	JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
		for (JsonNode m : this.seen) {
			if (wanted.test(m)) {
				return m;
			}
		}
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < end) {
			JsonNode next = this.inbox.poll(200, TimeUnit.MILLISECONDS);
			if (next != null && wanted.test(next)) {
				return next;
			}
		}
		throw new AssertionError(
				this.customerId + ": no such message within " + TIMEOUT_SECONDS + " s; saw " + this.seen);
	}

	long count(String type) {
		return this.seen.stream().filter((m) -> type.equals(m.path("type").asString(""))).count();
	}

	private JsonNode send(String type, Map<String, Object> fields) throws Exception {
		String id = "m-" + (++this.sent);
		Map<String, Object> message = new LinkedHashMap<>(fields);
		message.put("type", type);
		message.put("id", id);
		if (this.conversationId != null) {
			message.put("conversationId", this.conversationId);
		}
		StompHeaders headers = new StompHeaders();
		headers.setDestination("/app/chat." + type);
		headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
		this.session.send(headers, JSON.writeValueAsString(message).getBytes(StandardCharsets.UTF_8));
		JsonNode reply = await((m) -> id.equals(m.path("replyTo").asString("")));
		if (reply.hasNonNull("conversationId")) {
			this.conversationId = reply.path("conversationId").asString();
		}
		return reply;
	}

	@Override
	public void close() {
		try {
			if (this.session != null && this.session.isConnected()) {
				this.session.disconnect();
			}
		}
		finally {
			this.client.stop();
		}
	}

	private final class Inbox extends StompSessionHandlerAdapter {

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return byte[].class;
		}

		@Override
		public void handleFrame(StompHeaders headers, Object payload) {
			JsonNode message = JSON.readTree(new String((byte[]) payload, StandardCharsets.UTF_8));
			WaitingCustomer.this.seen.add(message);
			WaitingCustomer.this.inbox.add(message);
		}

	}

}
