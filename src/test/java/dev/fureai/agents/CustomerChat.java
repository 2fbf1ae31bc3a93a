package dev.fureai.agents;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in customer asking a question over the real chat protocol (docs/protocol.md).
 */
final class CustomerChat {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CustomerChat() {
	}

	/** Asks one question as the customer; returns the bot's reply. */
	static JsonNode ask(int port, String customerId, String text) throws Exception {
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		BlockingQueue<String> replies = new LinkedBlockingQueue<>();
		try {
			StompHeaders connect = new StompHeaders();
			connect.add("Authorization", "Bearer " + ConsoleAccessTests.customerToken(customerId));
			StompSession session = client.connectAsync("ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(),
					connect, new StompSessionHandlerAdapter() {
					})
				.get(10, TimeUnit.SECONDS);
			session.subscribe("/user/queue/chat", new StompSessionHandlerAdapter() {

				@Override
				public Type getPayloadType(StompHeaders headers) {
					return byte[].class;
				}

				@Override
				public void handleFrame(StompHeaders headers, Object payload) {
					replies.add(new String((byte[]) payload, StandardCharsets.UTF_8));
				}

			});
			Thread.sleep(100); // the SUBSCRIBE is on its way; replies go to the
								// subscription
			String ask = JSON.writeValueAsString(java.util.Map.of("type", "ask", "id", "q-1", "text", text));
			StompHeaders send = new StompHeaders();
			send.setDestination("/app/chat.ask");
			send.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
			session.send(send, ask.getBytes(StandardCharsets.UTF_8));
			while (true) {
				String reply = replies.poll(10, TimeUnit.SECONDS);
				if (reply == null) {
					throw new AssertionError("no reply to the question");
				}
				JsonNode node = JSON.readTree(reply);
				if ("q-1".equals(node.path("replyTo").asString(""))) {
					session.disconnect();
					return node;
				}
			}
		}
		finally {
			client.stop();
		}
	}

}
