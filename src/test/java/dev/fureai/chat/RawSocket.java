package dev.fureai.chat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * A WebSocket that speaks STOMP by hand, for what a STOMP client library would not send:
 * oversized frames, silence, foreign Origins.
 */
final class RawSocket implements AutoCloseable {

	final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();

	final StringBuffer received = new StringBuffer();

	private final WebSocketSession session;

	private RawSocket(int port, WebSocketHttpHeaders headers) throws Exception {
		StandardWebSocketClient client = new StandardWebSocketClient();
		// the server's limit is under test, not the client's
		client.getUserProperties().put("org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT", 10_000L);
		this.session = client.execute(new TextWebSocketHandler() {
			@Override
			protected void handleTextMessage(WebSocketSession session, TextMessage message) {
				RawSocket.this.received.append(message.getPayload());
			}

			@Override
			public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
				RawSocket.this.closed.complete(status);
			}
		}, headers, URI.create("ws://localhost:" + port + "/ws")).get(10, TimeUnit.SECONDS);
		this.session.setTextMessageSizeLimit(1024 * 1024);
	}

	static RawSocket open(int port, WebSocketHttpHeaders headers) throws Exception {
		return new RawSocket(port, headers);
	}

	void send(String frame) throws Exception {
		this.session.sendMessage(new TextMessage(frame));
	}

	/** CONNECT as an anonymous visitor, without heart-beats. */
	void connect() throws Exception {
		send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0");
	}

	CloseStatus awaitClose() throws Exception {
		return this.closed.get(20, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws Exception {
		if (this.session.isOpen()) {
			this.session.close();
		}
	}

}
