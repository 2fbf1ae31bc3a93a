package dev.fureai.agents;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A console's STOMP connection to {@code /ws/agent} over a real WebSocket, with the
 * session cookie of a signed-in agent (or none). Messages and ERROR frames are queued.
 */
final class AgentStompClient implements AutoCloseable {

	static final long TIMEOUT_SECONDS = 10;

	final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	final CompletableFuture<String> error = new CompletableFuture<>();

	private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());

	private StompSession session;

	/** Connects; fails when the handshake or CONNECT is refused. */
	static AgentStompClient connect(int port, String cookie, StompHeaders connectHeaders) throws Exception {
		AgentStompClient client = new AgentStompClient();
		WebSocketHttpHeaders http = new WebSocketHttpHeaders();
		if (cookie != null) {
			http.add("Cookie", cookie);
		}
		client.session = client.client
			.connectAsync("ws://localhost:" + port + "/ws/agent", http, connectHeaders, client.new Handler())
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		return client;
	}

	/**
	 * Opens a connection expected to be refused: returns the ERROR frame's message, or
	 * the handshake's failure as text.
	 */
	static String refused(int port, String cookie, StompHeaders connectHeaders) throws Exception {
		AgentStompClient client = new AgentStompClient();
		WebSocketHttpHeaders http = new WebSocketHttpHeaders();
		if (cookie != null) {
			http.add("Cookie", cookie);
		}
		try {
			CompletableFuture<StompSession> session = client.client.connectAsync("ws://localhost:" + port + "/ws/agent",
					http, connectHeaders, client.new Handler());
			session.whenComplete((ok, failure) -> {
				if (failure != null) {
					client.error.complete("handshake: " + failure);
				}
			});
			try {
				return client.errorMessage();
			}
			catch (ExecutionException ex) {
				// a refused handshake reaches the handler as a transport error too, and
				// that can come first
				return "handshake: " + ex.getCause();
			}
		}
		finally {
			client.client.stop();
		}
	}

	void subscribe(String destination) {
		this.session.subscribe(destination, new Handler());
	}

	void send(String destination, String body) {
		this.session.send(destination, body.getBytes(StandardCharsets.UTF_8));
	}

	String next() throws InterruptedException {
		String message = this.received.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		if (message == null) {
			throw new AssertionError("no message within " + TIMEOUT_SECONDS + " s");
		}
		return message;
	}

	String errorMessage() throws Exception {
		return this.error.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
			// the server closed the socket (after an ERROR frame) while we were saying
			// goodbye: the send fails, or finds the connection gone after connected()
			// said it was there ("Connection closed")
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
			String body = (payload != null) ? new String((byte[]) payload, StandardCharsets.UTF_8) : "";
			if (headers.getFirst("message") != null && !headers.containsKey("subscription")) {
				AgentStompClient.this.error.complete(headers.getFirst("message"));
			}
			else {
				AgentStompClient.this.received.add(body);
			}
		}

		@Override
		public void handleException(StompSession session, StompCommand command, StompHeaders headers, byte[] payload,
				Throwable exception) {
			AgentStompClient.this.error.completeExceptionally(exception);
		}

		@Override
		public void handleTransportError(StompSession session, Throwable exception) {
			if (exception instanceof org.springframework.messaging.simp.stomp.ConnectionLostException) {
				return;
			}
			AgentStompClient.this.error.completeExceptionally(exception);
		}

	}

}
