package dev.fureai.agents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/** Wires {@link AgentSocket} and maps it at {@code /ws/agent}. */
@Configuration(proxyBeanMethods = false)
class AgentSocketConfiguration {

	@Bean
	AgentSocket agentSocket(OnlineAgents online, AgentsProperties properties) {
		return new AgentSocket(new AgentGate(online), properties.heartbeat().toMillis());
	}

	@Bean
	SimpleUrlHandlerMapping agentSocketMapping(AgentSocket socket) {
		return socket.handlerMapping();
	}

	/** Tells {@link ConsoleSessions} when a login session ends (sign-out, expiry). */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
