package dev.fureai.agents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.fureai.agents.GroupAnswers.GroupAnswer;
import dev.fureai.agents.GroupAnswers.Member;
import dev.fureai.agents.GroupAnswers.Outcome;
import dev.fureai.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group answer store on H2 and on PostgreSQL, with the application's migrations.
 */
class GroupAnswersStoreTests {

	private DataSource dataSource;

	private boolean postgres;

	private GroupAnswers answers;

	private void on(String database) {
		this.postgres = "postgres".equals(database);
		this.dataSource = this.postgres ? TestDatabases.postgres("the group answer store") : TestDatabases.h2();
		this.answers = new GroupAnswers(JdbcClient.create(this.dataSource));
	}

	@AfterEach
	void dropSchema() {
		if (this.dataSource != null) {
			TestDatabases.drop(this.dataSource);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void keepsTheAnswerItsMembersInOrderTheirOutcomesAndTheDraft(String database) {
		on(database);
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String question = "請求書の宛名を".repeat(143).substring(0, 1000);
		this.answers.save(new GroupAnswer("ga-1", "csm-suzuki", "回答".repeat(2000), "一括回答（2件）: 回答", "同じ記事: 請求書", at, List
			.of(new Member("e-2", "c-2", question, Outcome.CLAIMED), new Member("e-1", "c-1", null, Outcome.CLAIMED))));

		this.answers.outcome("ga-1", "e-2", Outcome.ANSWERED);
		this.answers.outcome("ga-1", "e-1", Outcome.NOT_DELIVERED);
		this.answers.drafted("ga-1", "drafts/請求書の宛名.md");

		GroupAnswer found = this.answers.find("ga-1").orElseThrow();
		assertThat(found.agentId()).isEqualTo("csm-suzuki");
		assertThat(found.answer()).hasSize(4000);
		assertThat(found.at()).isEqualTo(at);
		assertThat(found.members()).containsExactly(new Member("e-2", "c-2", question, Outcome.ANSWERED),
				new Member("e-1", "c-1", null, Outcome.NOT_DELIVERED));
		assertThat(JdbcClient.create(this.dataSource)
			.sql("select draft_path from group_answer where id = 'ga-1'")
			.query(String.class)
			.single()).isEqualTo("drafts/請求書の宛名.md");
		assertThat(this.answers.find("no-such")).isEmpty();
	}

}
