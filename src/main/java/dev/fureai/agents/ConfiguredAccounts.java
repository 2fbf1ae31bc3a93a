package dev.fureai.agents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates or updates the agents of {@code fureai.agents.accounts} at startup (the demo's
 * CSMs). A bad entry stops the start: a demo without its accounts is useless.
 */
@Component
class ConfiguredAccounts {

	private static final Logger logger = LoggerFactory.getLogger(ConfiguredAccounts.class);

	private final JdbcAgents agents;

	private final AgentsProperties properties;

	private final PasswordEncoder encoder;

	ConfiguredAccounts(JdbcAgents agents, AgentsProperties properties, PasswordEncoder encoder) {
		this.agents = agents;
		this.properties = properties;
		this.encoder = encoder;
	}

	@EventListener(ApplicationStartedEvent.class)
	void createConfiguredAgents() {
		for (AgentsProperties.Account account : this.properties.accounts()) {
			if (account.password() == null || account.password().isBlank()) {
				throw new IllegalArgumentException("fureai.agents.accounts: " + account.id() + " にパスワードがありません");
			}
			Agent agent = new Agent(account.id(), account.name(), account.roles(), true);
			this.agents.save(agent, Passwords.storable(account.password(), this.encoder));
			logger.info("Agent {} ({}) configured with roles {}", agent.id(), agent.name(), agent.roles());
		}
	}

}
