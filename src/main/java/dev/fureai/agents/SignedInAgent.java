package dev.fureai.agents;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import dev.fureai.routing.QueuePool;

/**
 * The agent behind a request or a socket, as Spring Security authenticated them: the id
 * and the roles granted at sign-in.
 *
 * @param id the agent id
 * @param roles the roles
 */
record SignedInAgent(String id, Set<AgentRole> roles) {

	SignedInAgent {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
	}

	/** Empty unless the principal is an authenticated user. */
	static Optional<SignedInAgent> of(Principal principal) {
		if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		Set<AgentRole> roles = EnumSet.noneOf(AgentRole.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (AgentRole role : AgentRole.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return Optional.of(new SignedInAgent(authentication.getName(), roles));
	}

	boolean isCsm() {
		return this.roles.contains(AgentRole.HIGH_TOUCH_CSM) || this.roles.contains(AgentRole.LOW_TOUCH_CSM);
	}

	boolean serves(QueuePool pool) {
		return this.roles.contains(AgentRole.serving(pool));
	}

}
