package dev.fureai.agents;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
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
 * A signed-in customer's widget connection that stays open: sends chat messages
 * (docs/protocol.md) and waits for the server's, the way the widget would, over a real
 * STOMP WebSocket.
 */
final class CustomerSession implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long TIMEOUT_SECONDS = 20;

	private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

	/** Everything received so far, in order (also what was skipped while waiting). */
	final List<JsonNode> seen = new ArrayList<>();

	private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());

	private final StompSession session;

	private CustomerSession(int port, String customerId) throws Exception {
		StompHeaders connect = new StompHeaders();
		connect.add("Authorization", "Bearer " + ConsoleAccessTests.customerToken(customerId));
		this.session = this.client.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(), connect,
				new StompSessionHandlerAdapter() {
				})
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		this.session.subscribe("/user/queue/chat", new StompSessionHandlerAdapter() {

			@Override
			public Type getPayloadType(StompHeaders headers) {
				return byte[].class;
			}

			@Override
			public void handleFrame(StompHeaders headers, Object payload) {
				CustomerSession.this.received.add(JSON.readTree(new String((byte[]) payload, StandardCharsets.UTF_8)));
			}

		});
		Thread.sleep(200); // the SUBSCRIBE is on its way; replies go to the subscription
	}

	static CustomerSession connect(int port, String customerId) throws Exception {
		return new CustomerSession(port, customerId);
	}

	void send(Map<String, Object> message) {
		StompHeaders send = new StompHeaders();
		send.setDestination("/app/chat." + message.get("type"));
		send.setContentType(MimeTypeUtils.APPLICATION_JSON);
		this.session.send(send, JSON.writeValueAsString(message).getBytes(StandardCharsets.UTF_8));
	}

	/** The next message that matches, skipping (but keeping in {@link #seen}) others. */
	JsonNode next(Predicate<JsonNode> wanted, String what) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < until) {
			JsonNode message = this.received.poll(200, TimeUnit.MILLISECONDS);
			if (message == null) {
				continue;
			}
			this.seen.add(message);
			if (wanted.test(message)) {
				return message;
			}
		}
		throw new AssertionError("no " + what + " within " + TIMEOUT_SECONDS + " s; seen " + this.seen);
	}

	/**
	 * Like {@link #next(Predicate, String)}, but also among the messages already skipped:
	 * for messages sent on different paths, whose order is not fixed.
	 */
	JsonNode received(Predicate<JsonNode> wanted, String what) throws InterruptedException {
		for (JsonNode message : this.seen) {
			if (wanted.test(message)) {
				return message;
			}
		}
		return next(wanted, what);
	}

	JsonNode next(String type) throws InterruptedException {
		return next((m) -> type.equals(m.path("type").asString("")), type);
	}

	JsonNode replyTo(String id) throws InterruptedException {
		return next((m) -> id.equals(m.path("replyTo").asString("")), "reply to " + id);
	}

	@Override
	public void close() {
		if (this.session.isConnected()) {
			this.session.disconnect();
		}
		this.client.stop();
	}

}
