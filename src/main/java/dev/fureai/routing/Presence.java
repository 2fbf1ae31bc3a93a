package dev.fureai.routing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The agents module's {@link AgentPresence} once it exists, else {@link NobodyOnline}:
 * looked up, not declared, so that module's bean never clashes with a default here.
 */
@Component
class Presence {

	private final ObjectProvider<AgentPresence> presence;

	private final AgentPresence nobody = new NobodyOnline();

	Presence(ObjectProvider<AgentPresence> presence) {
		this.presence = presence;
	}

	AgentPresence get() {
		return this.presence.getIfAvailable(() -> this.nobody);
	}

}
