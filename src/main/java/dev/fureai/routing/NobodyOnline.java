package dev.fureai.routing;

/** The presence used until the agents module provides one. */
final class NobodyOnline implements AgentPresence {

	@Override
	public boolean isOnline(String agentId) {
		return false;
	}

	@Override
	public int onlineIn(QueuePool pool) {
		return 0;
	}

}
