package dev.fureai.agents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

}
