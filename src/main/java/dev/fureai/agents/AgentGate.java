package dev.fureai.agents;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;

import dev.fureai.routing.QueuePool;

/**
 * Every frame an agent's console sends on {@code /ws/agent} passes here. The identity is
 * the HTTP session's (checked at the handshake; headers the client sends say nothing), a
 * console may only subscribe to the topics its roles open, and nothing may be sent yet
 * (deny by default). Connecting and disconnecting is what makes an agent online.
 */
class AgentGate implements ChannelInterceptor {

	static final String POOL_TOPIC = "/topic/console.pool.";

	static final String AGENT_TOPIC = "/topic/console.agent.";

	private final OnlineAgents online;

	AgentGate(OnlineAgents online) {
		this.online = online;
	}

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (stomp == null || stomp.getCommand() == null) {
			return message;
		}
		return switch (stomp.getCommand()) {
			case CONNECT, STOMP -> {
				this.online.connected(stomp.getSessionId(), agent(stomp));
				yield message;
			}
			case SUBSCRIBE -> subscribe(stomp, message);
			case SEND -> throw new AgentRefused("forbidden destination: nothing may be sent here yet");
			case DISCONNECT -> {
				this.online.disconnected(stomp.getSessionId());
				yield message;
			}
			default -> message;
		};
	}

	private Message<?> subscribe(StompHeaderAccessor stomp, Message<?> message) {
		SignedInAgent agent = agent(stomp);
		String destination = String.valueOf(stomp.getDestination());
		if (destination.equals(AGENT_TOPIC + agent.id())) {
			return message;
		}
		for (QueuePool pool : QueuePool.values()) {
			if (destination.equals(POOL_TOPIC + pool.name()) && agent.serves(pool)) {
				return message;
			}
		}
		throw new AgentRefused("forbidden destination: " + destination + " — この宛先は購読できません");
	}

	private static SignedInAgent agent(StompHeaderAccessor stomp) {
		return SignedInAgent.of(stomp.getUser())
			.filter(SignedInAgent::isCsm)
			.orElseThrow(() -> new AgentRefused("not signed in as a CSM — 担当者としてログインしてください"));
	}

}
