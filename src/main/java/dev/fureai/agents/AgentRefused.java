package dev.fureai.agents;

/**
 * A frame on {@code /ws/agent} refused outright: the message becomes the STOMP ERROR
 * frame's {@code message} header, then the session is closed.
 */
class AgentRefused extends RuntimeException {

	AgentRefused(String message) {
		super(message, null, false, false);
	}

}
