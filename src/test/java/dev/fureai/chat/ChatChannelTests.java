package dev.fureai.chat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat inside Spring's messaging, without a socket: STOMP frames are sent into the
 * client inbound channel as the WebSocket handler would, and the replies are caught on
 * the broker channel on their way to the customer's queue.
 */
@ChatServerTest
class ChatChannelTests {

	@Autowired
	@Qualifier("clientInboundChannel")
	MessageChannel inbound;

	@Autowired
	@Qualifier("brokerChannel")
	AbstractSubscribableChannel broker;

	private final BlockingQueue<Message<?>> toBroker = new LinkedBlockingQueue<>();

	private final ChannelInterceptor capture = new ChannelInterceptor() {
		@Override
		public Message<?> preSend(Message<?> message, MessageChannel channel) {
			ChatChannelTests.this.toBroker.add(message);
			return message;
		}
	};

	private final ChatIdentity visitor = ChatIdentity.visitor(VisitorSecrets.issue());

	@BeforeEach
	void listen() {
		this.broker.addInterceptor(this.capture);
	}

	@AfterEach
	void stopListening() {
		this.broker.removeInterceptor(this.capture);
	}

	@Test
	void anAskSentIntoTheInboundChannelIsAnsweredOnTheSendersQueue() throws Exception {
		this.inbound.send(send("/app/chat.ask", "{\"type\":\"ask\",\"id\":\"q1\",\"text\":\"領収書がほしい\"}"));

		Message<?> reply = next();
		assertThat(SimpMessageHeaderAccessor.getDestination(reply.getHeaders()))
			.isEqualTo("/user/" + this.visitor.getName() + "/queue/chat");
		assertThat(SimpMessageHeaderAccessor.getSessionId(reply.getHeaders())).isEqualTo("channel-session");
		assertThat(payload(reply)).contains("\"replyTo\":\"q1\"")
			.containsAnyOf("\"type\":\"answer\"", "\"type\":\"clarify\"");
	}

	@Test
	void aMalformedMessageGetsANamedErrorOnTheSameQueue() throws Exception {
		this.inbound.send(send("/app/chat.ask", "{\"type\":\"ask\",\"id\":\"q2\""));

		String reply = payload(next());
		assertThat(reply).contains("\"type\":\"error\"", "\"code\":\"malformed_json\"").doesNotContain("Exception");
	}

	private Message<byte[]> send(String destination, String json) {
		StompHeaderAccessor headers = StompHeaderAccessor.create(StompCommand.SEND);
		headers.setDestination(destination);
		headers.setSessionId("channel-session");
		headers.setSessionAttributes(new HashMap<>());
		headers.setUser(this.visitor);
		return MessageBuilder.createMessage(json.getBytes(StandardCharsets.UTF_8), headers.getMessageHeaders());
	}

	private Message<?> next() throws InterruptedException {
		Message<?> message = this.toBroker.poll(30, TimeUnit.SECONDS);
		assertThat(message).as("a reply on the broker channel").isNotNull();
		return message;
	}

	private static String payload(Message<?> message) {
		Object payload = message.getPayload();
		return (payload instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(payload);
	}

}
