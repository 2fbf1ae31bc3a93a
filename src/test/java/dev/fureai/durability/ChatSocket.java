package dev.fureai.durability;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.messaging.simp.stomp.ConnectionLostException;
import org.springframework.messaging.simp.stomp.StompCommand;
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
 * One customer's chat connection over the real protocol (STOMP 1.2 over a WebSocket at
 * {@code /ws}, docs/protocol.md): every message on {@code /user/queue/chat} goes to a
 * listener, and {@link #request} waits for the first reply to a message id.
 */
final class ChatSocket implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());

	private final Map<String, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

	private final Consumer<JsonNode> listener;

	private volatile boolean lost;

	private StompSession session;

	private ChatSocket(Consumer<JsonNode> listener) {
		this.listener = listener;
		this.client.setInboundMessageSizeLimit(1024 * 1024);
	}

	/**
	 * Connects as the customer of {@code bearer} and subscribes; fails fast if the server
	 * is down.
	 */
	static ChatSocket connect(int port, String bearer, Consumer<JsonNode> listener) throws Exception {
		ChatSocket socket = new ChatSocket(listener);
		StompHeaders connect = new StompHeaders();
		connect.add("Authorization", "Bearer " + bearer);
		try {
			socket.session = socket.client
				.connectAsync("ws://127.0.0.1:" + port + "/ws", new WebSocketHttpHeaders(), connect,
						socket.new Handler())
				.get(10, TimeUnit.SECONDS);
			// a receipt for the SUBSCRIBE would need one more round trip; the server
			// handles a session's frames in order, so a SEND after it is answered on it
			socket.session.subscribe("/user/queue/chat", socket.new Handler());
		}
		catch (Exception ex) {
			socket.close();
			throw ex;
		}
		return socket;
	}

	/** Sends a message and waits for the first reply whose {@code replyTo} is its id. */
	JsonNode request(String type, Map<String, Object> message, long timeoutMillis) throws Exception {
		String id = (String) message.get("id");
		CompletableFuture<JsonNode> reply = new CompletableFuture<>();
		this.waiting.put(id, reply);
		try {
			StompHeaders headers = new StompHeaders();
			headers.setDestination("/app/chat." + type);
			headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
			this.session.send(headers, JSON.writeValueAsBytes(message));
			return reply.get(timeoutMillis, TimeUnit.MILLISECONDS);
		}
		finally {
			this.waiting.remove(id);
		}
	}

	boolean usable() {
		return !this.lost && this.session != null && this.session.isConnected();
	}

	@Override
	public void close() {
		try {
			if (this.session != null && this.session.isConnected()) {
				this.session.disconnect();
			}
		}
		catch (RuntimeException ex) {
			// the server is gone already
		}
		this.client.stop();
	}

	private void lost(Throwable why) {
		this.lost = true;
		this.waiting.values().forEach((f) -> f.completeExceptionally(why));
	}

	private final class Handler extends StompSessionHandlerAdapter {

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return byte[].class;
		}

		@Override
		public void handleFrame(StompHeaders headers, Object payload) {
			if (payload == null || (headers.containsKey("message") && !headers.containsKey("subscription"))) {
				lost(new IllegalStateException("ERROR frame: " + headers.getFirst("message")));
				return;
			}
			JsonNode message = JSON.readTree(new String((byte[]) payload, StandardCharsets.UTF_8));
			ChatSocket.this.listener.accept(message);
			String replyTo = message.path("replyTo").asString("");
			CompletableFuture<JsonNode> waiter = ChatSocket.this.waiting.get(replyTo);
			if (waiter != null) {
				waiter.complete(message);
			}
		}

		@Override
		public void handleException(StompSession s, StompCommand command, StompHeaders headers, byte[] payload,
				Throwable exception) {
			lost(exception);
		}

		@Override
		public void handleTransportError(StompSession s, Throwable exception) {
			lost((exception instanceof ConnectionLostException) ? exception : new IllegalStateException(exception));
		}

	}

}
