package dev.fureai.agents;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Agents settings ({@code fureai.agents.*}).
 *
 * @param accounts agents created or updated at every startup: the demo profile's CSMs.
 * Production agents are managed through the admin API instead, so this is empty by
 * default.
 * @param minPasswordLength the shortest password the admin API accepts
 * @param heartbeat how often {@code /ws/agent} sends and expects STOMP heart-beats: a
 * console that stops is disconnected, and its agent goes offline
 */
@ConfigurationProperties("fureai.agents")
record AgentsProperties(@DefaultValue List<Account> accounts, @DefaultValue("12") int minPasswordLength,
		@DefaultValue("10s") Duration heartbeat) {

	/**
	 * One configured agent.
	 *
	 * @param id the login name
	 * @param name the display name
	 * @param password a {@code DelegatingPasswordEncoder} string; {@code {noop}…} is
	 * hashed before it is stored
	 * @param roles the roles
	 */
	record Account(String id, String name, String password, @DefaultValue Set<AgentRole> roles) {

		@Override
		public String toString() {
			return "Account[id=" + this.id + ", roles=" + this.roles + "]";
		}

	}

}
