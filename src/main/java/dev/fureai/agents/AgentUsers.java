package dev.fureai.agents;

import java.util.Optional;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import dev.fureai.customers.AdminProperties;

/**
 * Who may sign in, for the console's form login and the admin API's HTTP Basic alike: the
 * agents in the database, and the admin of {@code fureai.admin.*} (set by environment in
 * production, so there is always a way in to create the first agents).
 */
@Service
class AgentUsers implements UserDetailsService {

	private final JdbcAgents agents;

	private final AdminProperties admin;

	AgentUsers(JdbcAgents agents, AdminProperties admin) {
		this.agents = agents;
		this.admin = admin;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (configuredAdmin(username)) {
			return User.withUsername(username)
				.password(this.admin.password())
				.authorities(AgentRole.ADMIN.authority())
				.build();
		}
		Optional<JdbcAgents.Stored> stored = validId(username).flatMap(this.agents::stored);
		JdbcAgents.Stored found = stored.orElseThrow(() -> new UsernameNotFoundException("unknown agent"));
		return User.withUsername(found.agent().id())
			.password(found.passwordHash())
			.disabled(!found.agent().enabled())
			.authorities(AuthorityUtils
				.createAuthorityList(found.agent().roles().stream().map(AgentRole::authority).toList()))
			.build();
	}

	private boolean configuredAdmin(String username) {
		return !this.admin.username().isBlank() && !this.admin.password().isBlank()
				&& this.admin.username().equals(username);
	}

	private static Optional<String> validId(String username) {
		try {
			return Optional.of(Agent.validId(username));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
