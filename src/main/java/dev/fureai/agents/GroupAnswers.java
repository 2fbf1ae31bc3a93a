package dev.fureai.agents;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-to-many answers sent: the text, who sent it, and to which escalations, kept so
 * that a FAQ draft can be made from it later with the customers' own phrasings.
 */
@Repository
class GroupAnswers {

	private final JdbcClient jdbc;

	GroupAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void save(GroupAnswer answer) {
		this.jdbc
			.sql("insert into group_answer (id, agent_id, answer, note, group_reason, created_at)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(answer.id(), answer.agentId(), answer.answer(), answer.note(), answer.reason(),
					OffsetDateTime.ofInstant(answer.at(), ZoneOffset.UTC))
			.update();
		int position = 0;
		for (Member member : answer.members()) {
			this.jdbc
				.sql("insert into group_answer_member (group_answer_id, escalation_id, conversation_id,"
						+ " position_in_group, question, outcome) values (?, ?, ?, ?, ?, ?)")
				.params(answer.id(), member.escalationId(), member.conversationId(), position++, member.question(),
						member.outcome().name())
				.update();
		}
	}

	void outcome(String answerId, String escalationId, Outcome outcome) {
		this.jdbc.sql("update group_answer_member set outcome = ? where group_answer_id = ? and escalation_id = ?")
			.params(outcome.name(), answerId, escalationId)
			.update();
	}

	void drafted(String answerId, String relativePath) {
		this.jdbc.sql("update group_answer set draft_path = ? where id = ?").params(relativePath, answerId).update();
	}

	Optional<GroupAnswer> find(String id) {
		List<Member> members = this.jdbc
			.sql("select escalation_id, conversation_id, question, outcome from group_answer_member"
					+ " where group_answer_id = ? order by position_in_group")
			.param(id)
			.query((rs, n) -> new Member(rs.getString("escalation_id"), rs.getString("conversation_id"),
					rs.getString("question"), Outcome.valueOf(rs.getString("outcome"))))
			.list();
		return this.jdbc
			.sql("select id, agent_id, answer, note, group_reason, created_at from group_answer where id = ?")
			.param(id)
			.query((rs, n) -> new GroupAnswer(rs.getString("id"), rs.getString("agent_id"), rs.getString("answer"),
					rs.getString("note"), rs.getString("group_reason"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), members))
			.optional();
	}

	/** What became of one customer's escalation. */
	enum Outcome {

		/** Claimed, not yet delivered (only while the answer is being sent). */
		CLAIMED,
		/** The answer is in their conversation and the escalation is resolved. */
		ANSWERED,
		/**
		 * Delivery failed: the escalation stays claimed by the agent, for a 1:1 answer.
		 */
		NOT_DELIVERED

	}

	/**
	 * One customer of a group answer.
	 *
	 * @param escalationId their escalation
	 * @param conversationId their conversation
	 * @param question their last question, as they typed it
	 * @param outcome what became of it
	 */
	record Member(String escalationId, String conversationId, String question, Outcome outcome) {

	}

	/**
	 * One answer sent to a group.
	 *
	 * @param id its id
	 * @param agentId who sent it
	 * @param answer the text delivered
	 * @param note the resolution note of every escalation
	 * @param reason why the questions were grouped, as the console showed it
	 * @param at when it was sent
	 * @param members the customers, in queue order
	 */
	record GroupAnswer(String id, String agentId, String answer, String note, String reason, Instant at,
			List<Member> members) {

		GroupAnswer {
			members = List.copyOf(members);
		}

	}

}
