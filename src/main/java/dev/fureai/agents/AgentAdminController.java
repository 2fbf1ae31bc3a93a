package dev.fureai.agents;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Production agents are managed here (under {@code /api/admin/**}: admin role over HTTP
 * Basic, guarded by the customers module's admin chain). Passwords arrive in plain text
 * over TLS and are stored as bcrypt hashes only; they are never returned.
 */
@RestController
@RequestMapping("/api/admin/agents")
class AgentAdminController {

	/** The roles as the API names them: HIGH_TOUCH_CSM, LOW_TOUCH_CSM, ADMIN. */
	private static final String ROLES = java.util.Arrays.stream(AgentRole.values())
		.map(Enum::name)
		.collect(java.util.stream.Collectors.joining(", "));

	private final JdbcAgents agents;

	private final PasswordEncoder encoder;

	private final AgentsProperties properties;

	AgentAdminController(JdbcAgents agents, PasswordEncoder encoder, AgentsProperties properties) {
		this.agents = agents;
		this.encoder = encoder;
		this.properties = properties;
	}

	@GetMapping
	List<Agent> all() {
		return this.agents.findAll();
	}

	@GetMapping("/{id}")
	ResponseEntity<Agent> one(@PathVariable String id) {
		return ResponseEntity.of(Agent.isValidId(id) ? this.agents.find(id) : java.util.Optional.empty());
	}

	@PutMapping("/{id}")
	ResponseEntity<Object> upsert(@PathVariable String id, @RequestBody AgentRequest request) {
		try {
			Set<AgentRole> roles = (request.roles() != null && !request.roles().isEmpty())
					? EnumSet.copyOf(request.roles()) : Set.of();
			Agent agent = new Agent(id, request.name(), roles, request.enabled() == null || request.enabled());
			boolean created = this.agents.save(agent, hash(request.password()));
			return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
				.body(new AgentResponse(created ? "CREATED" : "UPDATED", this.agents.find(id).orElseThrow()));
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest().body(new Problem(ex.getMessage()));
		}
	}

	/**
	 * A body that is not JSON, or names a role that does not exist: said in words, like
	 * every other refusal of this API, not the container's bare 400.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.badRequest()
			.body(new Problem("本文を読めません。JSON で name, password, roles（" + ROLES + " のどれか）, enabled を送ってください"
					+ " (the body is not readable: send JSON with name, password, roles (each one of " + ROLES
					+ "), enabled)"));
	}

	private String hash(String password) {
		if (password == null) {
			return null;
		}
		if (password.length() < this.properties.minPasswordLength()) {
			throw new IllegalArgumentException("パスワードは" + this.properties.minPasswordLength()
					+ "文字以上にしてください (password shorter than " + this.properties.minPasswordLength() + ")");
		}
		return this.encoder.encode(password);
	}

	/**
	 * @param name display name (the id when missing)
	 * @param password the new password; missing keeps the stored one (required for a new
	 * agent)
	 * @param roles the roles, replacing the stored ones
	 * @param enabled whether the agent may sign in (default true)
	 */
	record AgentRequest(String name, String password, List<AgentRole> roles, Boolean enabled) {

		@Override
		public String toString() {
			return "AgentRequest[name=" + this.name + ", roles=" + this.roles + ", enabled=" + this.enabled + "]";
		}

	}

	record AgentResponse(String result, Agent agent) {

	}

	record Problem(String message) {

	}

}
