package dev.fureai.agents;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dev.fureai.routing.AgentPresence;
import dev.fureai.routing.QueuePool;

/**
 * An agent is online while at least one of their consoles is connected to
 * {@code /ws/agent} (a STOMP session between CONNECT and DISCONNECT, or the socket's
 * close, or a missed heart-beat). Kept in memory: after a restart every console
 * reconnects.
 */
@Component
class OnlineAgents implements AgentPresence {

	private final Map<String, SignedInAgent> sessions = new ConcurrentHashMap<>();

	void connected(String sessionId, SignedInAgent agent) {
		this.sessions.put(sessionId, agent);
	}

	void disconnected(String sessionId) {
		this.sessions.remove(sessionId);
	}

	@Override
	public boolean isOnline(String agentId) {
		return this.sessions.values().stream().anyMatch((agent) -> agent.id().equals(agentId));
	}

	@Override
	public int onlineIn(QueuePool pool) {
		return (int) this.sessions.values()
			.stream()
			.filter((agent) -> agent.serves(pool))
			.map(SignedInAgent::id)
			.distinct()
			.count();
	}

}
