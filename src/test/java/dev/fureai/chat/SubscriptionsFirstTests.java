package dev.fureai.chat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHandlingRunnable;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionsFirstTests {

	private final List<Runnable> pooled = new ArrayList<>();

	private final List<String> handled = new ArrayList<>();

	private final SubscriptionsFirst executor = new SubscriptionsFirst(this.pooled::add);

	@Test
	void aSubscriptionIsHandledOnTheReadingThreadBeforeTheFramesBehindIt() {
		this.executor.execute(task(StompCommand.SUBSCRIBE));
		this.executor.execute(task(StompCommand.SEND));
		this.executor.execute(task(StompCommand.UNSUBSCRIBE));

		assertThat(this.handled).containsExactly("SUBSCRIBE", "UNSUBSCRIBE");
		assertThat(this.pooled).hasSize(1);
		this.pooled.get(0).run();
		assertThat(this.handled).containsExactly("SUBSCRIBE", "UNSUBSCRIBE", "SEND");
	}

	@Test
	void everythingElseGoesToThePool() {
		this.executor.execute(task(StompCommand.CONNECT));
		this.executor.execute(task(StompCommand.DISCONNECT));
		this.executor.execute(() -> this.handled.add("plain"));

		assertThat(this.handled).isEmpty();
		assertThat(this.pooled).hasSize(3);
	}

	private MessageHandlingRunnable task(StompCommand command) {
		StompHeaderAccessor stomp = StompHeaderAccessor.create(command);
		Message<byte[]> message = MessageBuilder.createMessage(new byte[0], stomp.getMessageHeaders());
		MessageHandler handler = (received) -> this.handled.add(command.name());
		return new MessageHandlingRunnable() {
			@Override
			public Message<?> getMessage() {
				return message;
			}

			@Override
			public MessageHandler getMessageHandler() {
				return handler;
			}

			@Override
			public void run() {
				handler.handleMessage(message);
			}
		};
	}

}
