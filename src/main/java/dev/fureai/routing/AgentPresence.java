package dev.fureai.routing;

/**
 * Who of the CSMs is online; implemented by the agents module. Until then nobody is, so
 * high-touch escalations go to the high-touch pool and the own CSM is notified.
 */
public interface AgentPresence {

	boolean isOnline(String agentId);

	/** How many agents serve the pool now (0 when unknown). */
	int onlineIn(QueuePool pool);

}
