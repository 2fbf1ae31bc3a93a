package dev.fureai.chat;

import java.time.Clock;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * STOMP over a plain WebSocket at {@code /ws} with the in-memory broker, and every limit
 * of {@link ChatTransportProperties} applied where it is enforced: the Origin check at
 * the handshake, the frame size both in Tomcat (closes with 1009) and in the STOMP
 * decoder, idle connections in Tomcat, heart-beats in the broker.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class ChatSocketConfiguration implements WebSocketMessageBrokerConfigurer, DisposableBean {

	/** Binary frames are not part of the protocol: larger ones close with 1009. */
	static final int MAX_BINARY_FRAME_BYTES = 1024;

	private final ChatTransportProperties transport;

	private final StompGate gate;

	private final ThreadPoolTaskScheduler heartbeats = heartbeatScheduler();

	private final ThreadPoolTaskExecutor inbound = inboundPool();

	ChatSocketConfiguration(ChatTransportProperties transport, ChatProperties chat, IdentityProperties identity,
			ObjectProvider<ChatOutbox> outbox) {
		this.transport = transport;
		this.gate = new StompGate(new CustomerTokens(identity),
				new RateLimiter(chat.messagesPerMinute(), Clock.systemUTC()), outbox);
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		// an empty list keeps Spring's same-origin-only check; listed origins match
		// exactly, as CanonicalOrigins lets only browser-written origins reach the check
		registry.addEndpoint("/ws")
			.addInterceptors(new CanonicalOrigins())
			.setAllowedOrigins(this.transport.allowedOrigins().toArray(String[]::new));
		registry.setErrorHandler(new ChatErrorHandler());
		// not setPreserveReceiveOrder(true): it moves the interceptors onto the executor,
		// where a
		// refused CONNECT no longer becomes an ERROR frame. Replies name their message in
		// replyTo.
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		long heartbeat = this.transport.heartbeat().toMillis();
		registry.setApplicationDestinationPrefixes("/app");
		registry.enableSimpleBroker("/queue")
			.setHeartbeatValue(new long[] { heartbeat, heartbeat })
			.setTaskScheduler(this.heartbeats);
		registry.setPreservePublishOrder(true);
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(this.gate).executor(new SubscriptionsFirst(this.inbound));
	}

	@Override
	public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
		registration.setMessageSizeLimit(this.transport.maxFrameBytes());
		registration.setTimeToFirstMessage(Math.toIntExact(this.transport.timeToFirstMessage().toMillis()));
		registration.addDecoratorFactory(CloseFrames::new);
	}

	@Bean
	ServletServerContainerFactoryBean chatWebSocketContainer() {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		container.setMaxTextMessageBufferSize(this.transport.maxFrameBytes());
		// Tomcat gives every socket a binary buffer of this size up front. The chat and
		// the console speak STOMP in text frames only: at 16 KB, 10,000 sessions would
		// hold 160 MB that nobody writes to.
		container.setMaxBinaryMessageBufferSize(MAX_BINARY_FRAME_BYTES);
		container.setMaxSessionIdleTimeout(this.transport.idleTimeout().toMillis());
		return container;
	}

	@Override
	public void destroy() {
		this.heartbeats.shutdown();
		this.inbound.shutdown();
	}

	/**
	 * Spring's default for the inbound channel ({@code TaskExecutorRegistration}): two
	 * threads a core that end when idle, an unbounded queue.
	 */
	private static ThreadPoolTaskExecutor inboundPool() {
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setThreadNamePrefix("clientInboundChannel-");
		pool.setCorePoolSize(Runtime.getRuntime().availableProcessors() * 2);
		pool.setAllowCoreThreadTimeOut(true);
		pool.initialize();
		return pool;
	}

	private static ThreadPoolTaskScheduler heartbeatScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("chat-heartbeat-");
		scheduler.setPoolSize(1);
		scheduler.initialize();
		return scheduler;
	}

}
