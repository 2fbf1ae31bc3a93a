package dev.fureai.agents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The agents in the database, with their roles and password hashes. */
@Repository
class JdbcAgents {

	private final JdbcClient jdbc;

	JdbcAgents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Agent> find(String id) {
		return stored(id).map(Stored::agent);
	}

	Optional<Stored> stored(String id) {
		return this.jdbc.sql("select id, display_name, password_hash, enabled from agent where id = ?")
			.param(id)
			.query((rs,
					n) -> new Stored(new Agent(rs.getString("id"), rs.getString("display_name"),
							roles(rs.getString("id")), rs.getBoolean("enabled")), rs.getString("password_hash")))
			.optional();
	}

	List<Agent> findAll() {
		return this.jdbc.sql("select id from agent order by id")
			.query(String.class)
			.list()
			.stream()
			.flatMap((id) -> find(id).stream())
			.toList();
	}

	/**
	 * Creates or replaces an agent; a {@code null} hash keeps the stored password.
	 * @return true when the agent was created
	 */
	@Transactional
	boolean save(Agent agent, String passwordHash) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		boolean exists = this.jdbc.sql("select count(*) from agent where id = ?")
			.param(agent.id())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			this.jdbc
				.sql("update agent set display_name = ?, enabled = ?, updated_at = ?,"
						+ " password_hash = coalesce(?, password_hash) where id = ?")
				.params(agent.name(), agent.enabled(), now, passwordHash, agent.id())
				.update();
			this.jdbc.sql("delete from agent_role where agent_id = ?").param(agent.id()).update();
		}
		else {
			if (passwordHash == null) {
				throw new IllegalArgumentException("新しい担当者にはパスワードが必要です (a new agent needs a password)");
			}
			this.jdbc
				.sql("insert into agent (id, display_name, password_hash, enabled, created_at, updated_at)"
						+ " values (?, ?, ?, ?, ?, ?)")
				.params(agent.id(), agent.name(), passwordHash, agent.enabled(), now, now)
				.update();
		}
		agent.roles()
			.forEach((role) -> this.jdbc.sql("insert into agent_role (agent_id, role_name) values (?, ?)")
				.params(agent.id(), role.name())
				.update());
		return !exists;
	}

	private Set<AgentRole> roles(String id) {
		Set<AgentRole> roles = EnumSet.noneOf(AgentRole.class);
		this.jdbc.sql("select role_name from agent_role where agent_id = ?")
			.param(id)
			.query(String.class)
			.list()
			.forEach((name) -> roles.add(AgentRole.valueOf(name)));
		return roles;
	}

	record Stored(Agent agent, String passwordHash) {

	}

}
