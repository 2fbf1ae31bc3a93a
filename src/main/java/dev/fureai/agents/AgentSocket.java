package dev.fureai.agents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletContext;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.ExecutorSubscribableChannel;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.socket.messaging.StompSubProtocolHandler;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

import dev.fureai.chat.CanonicalOrigins;
import dev.fureai.chat.CloseFrames;

/**
 * The agents' own STOMP endpoint {@code /ws/agent}: its own channels, broker and gate,
 * entirely apart from the customers' {@code /ws}, so neither gate has to know the other's
 * rules and no customer frame can reach an agent topic. Same origin only (the console is
 * served by this application; the session cookie must not open it from another site).
 * None of these objects is a bean, so nothing meant for the customers' broker (which is
 * injected by type) can pick them up.
 */
class AgentSocket implements SmartLifecycle, ServletContextAware {

	static final String PATH = "/ws/agent";

	private final ExecutorSubscribableChannel inbound = new ExecutorSubscribableChannel();

	private final ExecutorSubscribableChannel outbound = new ExecutorSubscribableChannel();

	private final ExecutorSubscribableChannel brokerChannel = new ExecutorSubscribableChannel();

	private final SimpleBrokerMessageHandler broker;

	private final SubProtocolWebSocketHandler sockets;

	private final ConsoleSessions sessions;

	private final WebSocketHttpRequestHandler endpoint;

	private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();

	private final SimpMessagingTemplate template = new SimpMessagingTemplate(this.brokerChannel);

	private volatile boolean running;

	AgentSocket(AgentGate gate, long heartbeatMillis) {
		this.inbound.addInterceptor(gate);
		this.broker = new SimpleBrokerMessageHandler(this.inbound, this.outbound, this.brokerChannel,
				List.of("/topic"));
		this.heartbeats.setThreadNamePrefix("agent-heartbeat-");
		this.heartbeats.setPoolSize(1);
		this.broker.setTaskScheduler(this.heartbeats);
		this.broker.setHeartbeatValue(new long[] { heartbeatMillis, heartbeatMillis });
		StompSubProtocolHandler stomp = new StompSubProtocolHandler();
		stomp.setErrorHandler(new AgentErrorHandler());
		this.sockets = new SubProtocolWebSocketHandler(this.inbound, this.outbound);
		this.sockets.addProtocolHandler(stomp);
		this.sockets.setDefaultProtocolHandler(stomp);
		this.sessions = new ConsoleSessions(this.sockets);
		this.endpoint = new WebSocketHttpRequestHandler(new CloseFrames(this.sessions), new DefaultHandshakeHandler());
		this.endpoint.setHandshakeInterceptors(
				List.of(new CanonicalOrigins(), new OriginHandshakeInterceptor(), loginSession()));
	}

	/** Publishes JSON to a console topic. */
	void publish(String destination, String json) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
		headers.setLeaveMutable(true);
		// frames carry bytes: the STOMP handler drops any other payload
		this.template.send(destination,
				MessageBuilder.createMessage(json.getBytes(StandardCharsets.UTF_8), headers.getMessageHeaders()));
	}

	/**
	 * The login session a socket belongs to, so that it closes when that session ends.
	 */
	private static HttpSessionHandshakeInterceptor loginSession() {
		HttpSessionHandshakeInterceptor interceptor = new HttpSessionHandshakeInterceptor(List.of());
		interceptor.setCopyHttpSessionId(true);
		interceptor.setCreateSession(false);
		return interceptor;
	}

	@EventListener
	void loginSessionEnded(SessionDestroyedEvent event) {
		this.sessions.loginSessionEnded(event);
	}

	SimpleUrlHandlerMapping handlerMapping() {
		return new SimpleUrlHandlerMapping(Map.of(PATH, this.endpoint), 1);
	}

	@Override
	public void setServletContext(ServletContext servletContext) {
		this.endpoint.setServletContext(servletContext);
	}

	@Override
	public void start() {
		this.heartbeats.initialize();
		this.broker.start();
		this.sockets.start();
		this.endpoint.start();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.endpoint.stop();
		this.sockets.stop();
		this.broker.stop();
		this.heartbeats.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
