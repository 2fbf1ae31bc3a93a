package dev.fureai.chat;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A real STOMP client over a real WebSocket, as a host page's widget would connect:
 * CONNECT with optional {@code Authorization} or {@code visitor} header, SUBSCRIBE to the
 * customer's queue, SEND JSON. Incoming messages and ERROR frames are queued.
 */
final class StompTestClient implements AutoCloseable {

	/**
	 * Generous: the first question of a run loads the dictionaries on a shared machine.
	 */
	private static final long TIMEOUT_SECONDS = 30;

	private final ProtocolCodec codec = new ProtocolCodec();

	private final BlockingQueue<ServerMessage> received = new LinkedBlockingQueue<>();

	final CompletableFuture<String> error = new CompletableFuture<>();

	final CompletableFuture<Throwable> lost = new CompletableFuture<>();

	private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());

	private StompSession session;

	private StompTestClient() {
		this.client.setMessageConverter(new JsonBytes());
		this.client.setInboundMessageSizeLimit(1024 * 1024);
	}

	static StompTestClient connect(int port, Map<String, String> connectHeaders) {
		StompTestClient client = new StompTestClient();
		client.open(port, connectHeaders);
		return client;
	}

	/** Connects expecting an ERROR frame instead of CONNECTED; returns its message. */
	static String refused(int port, Map<String, String> connectHeaders) throws Exception {
		StompTestClient client = new StompTestClient();
		StompHeaders headers = new StompHeaders();
		connectHeaders.forEach(headers::add);
		client.client.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(), headers,
				client.new Handler());
		try {
			return client.error.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		finally {
			client.client.stop();
		}
	}

	private void open(int port, Map<String, String> connectHeaders) {
		StompHeaders headers = new StompHeaders();
		connectHeaders.forEach(headers::add);
		try {
			this.session = this.client
				.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(), headers, new Handler())
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not connect", ex);
		}
		this.session.subscribe("/user/queue/chat", new Handler());
	}

	void send(String type, String json) {
		StompHeaders headers = new StompHeaders();
		headers.setDestination("/app/chat." + type);
		headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
		this.session.send(headers, json.getBytes(StandardCharsets.UTF_8));
	}

	/** Sends a message and, for its replies, waits on {@link #next}. */
	void send(ClientMessage message) {
		send(ChatBot.type(message), this.codec.encode(message));
	}

	ServerMessage next() throws InterruptedException {
		ServerMessage message = this.received.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		if (message == null) {
			throw new AssertionError("no message within " + TIMEOUT_SECONDS + " s");
		}
		return message;
	}

	<T extends ServerMessage> T next(Class<T> type) throws InterruptedException {
		ServerMessage message = next();
		if (!type.isInstance(message)) {
			throw new AssertionError("expected " + type.getSimpleName() + " but got " + message);
		}
		return type.cast(message);
	}

	/**
	 * The next message of one conversation: live updates of the same customer's other
	 * conversations (all their sessions get them) are passed over.
	 */
	<T extends ServerMessage> T next(Class<T> type, String conversationId) throws InterruptedException {
		ServerMessage message = next();
		while (message.conversationId() != null && !message.conversationId().equals(conversationId)) {
			message = next();
		}
		if (!type.isInstance(message)) {
			throw new AssertionError("expected " + type.getSimpleName() + " but got " + message);
		}
		return type.cast(message);
	}

	boolean connected() {
		return this.session != null && this.session.isConnected();
	}

	@Override
	public void close() {
		try {
			if (connected()) {
				this.session.disconnect();
			}
		}
		catch (org.springframework.messaging.MessageDeliveryException | IllegalStateException ex) {
			// the server closed the socket (after an ERROR frame) between connected() and
			// the DISCONNECT frame
		}
		this.client.stop();
	}

	private final class Handler extends StompSessionHandlerAdapter {

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return byte[].class;
		}

		@Override
		public void handleFrame(StompHeaders headers, Object payload) {
			if (headers.containsKey("message") && !headers.containsKey("subscription")) {
				StompTestClient.this.error.complete(headers.getFirst("message"));
				return;
			}
			String json = new String((byte[]) payload, StandardCharsets.UTF_8);
			try {
				StompTestClient.this.received.add(StompTestClient.this.codec.decodeServer(json));
			}
			catch (RuntimeException ex) {
				throw new AssertionError("undecodable server message: " + json, ex);
			}
		}

		@Override
		public void handleException(StompSession session, StompCommand command, StompHeaders headers, byte[] payload,
				Throwable exception) {
			if (command == StompCommand.ERROR) {
				StompTestClient.this.error.complete(headers.getFirst("message"));
			}
			StompTestClient.this.lost.complete(exception);
		}

		@Override
		public void handleTransportError(StompSession session, Throwable exception) {
			StompTestClient.this.lost.complete(exception);
		}

	}

	/** Passes JSON payloads through as bytes, so the test decodes them like a widget. */
	private static final class JsonBytes extends AbstractMessageConverter {

		JsonBytes() {
			super(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
		}

		@Override
		protected boolean supports(Class<?> clazz) {
			return byte[].class == clazz;
		}

		@Override
		protected Object convertFromInternal(Message<?> message, Class<?> targetClass, Object conversionHint) {
			return message.getPayload();
		}

		@Override
		protected Object convertToInternal(Object payload, MessageHeaders headers, Object conversionHint) {
			return payload;
		}

	}

}
