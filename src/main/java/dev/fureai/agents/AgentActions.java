package dev.fureai.agents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What agents did with escalations, kept so that out-of-order picks are visible and the
 * next person reads the resolution notes.
 */
@Repository
class AgentActions {

	private final JdbcClient jdbc;

	AgentActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String escalationId, String agentId, Kind kind, String note) {
		this.jdbc
			.sql("insert into agent_action (id, escalation_id, agent_id, action_kind, note, acted_at)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID().toString(), escalationId, agentId, kind.name(), note,
					OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	List<Action> of(String escalationId) {
		return this.jdbc
			.sql("select agent_id, action_kind, note, acted_at from agent_action where escalation_id = ?"
					+ " order by acted_at, id")
			.param(escalationId)
			.query((rs, n) -> new Action(rs.getString("agent_id"), Kind.valueOf(rs.getString("action_kind")),
					rs.getString("note"), rs.getObject("acted_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** What was done. */
	enum Kind {

		/** Taken with "take next": the first in the queue's order. */
		TAKEN_NEXT,
		/** Opened and taken directly although others were ahead in the queue. */
		TAKEN_OUT_OF_ORDER,
		/** Taken directly, and it was first anyway. */
		TAKEN_IN_ORDER,
		/** Taken to answer it with a group of similar questions (one-to-many). */
		TAKEN_FOR_GROUP,
		/** Resolved, with a note. */
		RESOLVED,
		/** Put back into a pool's queue (the note names the pool). */
		TRANSFERRED_TO_POOL,
		/** Handed to another agent (the note names them). */
		TRANSFERRED_TO_AGENT,
		/** Handed back to the bot: closed for people, the bot answers again. */
		HANDED_BACK

	}

	record Action(String agentId, Kind kind, String note, java.time.Instant at) {

	}

}
