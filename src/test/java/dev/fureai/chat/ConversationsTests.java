package dev.fureai.chat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import dev.fureai.testing.TestDatabases;

/**
 * The same store tests on H2 and on PostgreSQL, with the same migrations.
 */
class ConversationsTests {

	private DataSource dataSource;

	private Conversations conversations;

	private boolean postgres;

	private void on(String database) {
		this.postgres = "postgres".equals(database);
		this.dataSource = this.postgres ? TestDatabases.postgres("the chat store") : TestDatabases.h2();
		this.conversations = new Conversations(JdbcClient.create(this.dataSource));
	}

	@AfterEach
	void dropSchema() {
		if (this.postgres && this.dataSource != null) {
			TestDatabases.drop(this.dataSource);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void aConversationBelongsToItsOwnerOnly(String database) {
		on(database);
		String id = this.conversations.open("customer:42");
		assertThat(this.conversations.owns("customer:42", id)).isTrue();
		assertThat(this.conversations.owns("customer:43", id)).isFalse();
		assertThat(this.conversations.owns("customer:42", "no-such-id")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void keepsMessagesInOrderWithTheirBodiesAndTimes(String database) {
		on(database);
		String id = this.conversations.open("visitor:abc");
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String question = "{\"type\":\"ask\",\"id\":\"m1\",\"text\":\"請求書 <b>太字</b>\"}";
		assertThat(this.conversations.append(id, new StoredMessage("m1", "customer", "ask", null, question, at)))
			.isTrue();
		this.conversations.append(id, new StoredMessage("b1", "bot", "answer", "m1", "{\"type\":\"answer\"}", at));
		this.conversations.append(id, new StoredMessage("m2", "customer", "ask", null, "{}", at));

		assertThat(this.conversations.history(id, 10)).extracting(StoredMessage::id).containsExactly("m1", "b1", "m2");
		assertThat(this.conversations.history(id, 2)).extracting(StoredMessage::id).containsExactly("b1", "m2");
		StoredMessage first = this.conversations.find(id, "m1").orElseThrow();
		assertThat(first.body()).isEqualTo(question);
		assertThat(first.at()).isEqualTo(at);
		assertThat(this.conversations.replies(id, "m1")).extracting(StoredMessage::id).containsExactly("b1");
		assertThat(this.conversations.lastOfType(id, "ask")).get().extracting(StoredMessage::id).isEqualTo("m2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void aResentMessageIdIsRecognisedNotStoredTwice(String database) {
		on(database);
		String id = this.conversations.open("customer:42");
		StoredMessage message = new StoredMessage("m1", "customer", "ask", null, "{}", Instant.now());
		assertThat(this.conversations.append(id, message)).isTrue();
		assertThat(this.conversations.append(id, message)).isFalse();
		assertThat(this.conversations.history(id, 10)).hasSize(1);
		String other = this.conversations.open("customer:42");
		assertThat(this.conversations.append(other, message)).as("ids are unique per conversation only").isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void aTurnIsStoredWholeOrNotAtAll(String database) {
		on(database);
		String id = this.conversations.open("customer:42");
		StoredMessage question = new StoredMessage("m1", "customer", "ask", null, "{}", Instant.now());
		StoredMessage reply = new StoredMessage("b1", "bot", "answer", "m1", "{}", Instant.now());
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		transaction.executeWithoutResult((status) -> this.conversations.appendAll(id, List.of(question, reply)));

		StoredMessage other = new StoredMessage("b2", "bot", "answer", "m1", "{}", Instant.now());
		StoredMessage next = new StoredMessage("m2", "customer", "ask", null, "{}", Instant.now());
		assertThatExceptionOfType(Conversations.RepeatedMessage.class).as("b1 is stored already")
			.isThrownBy(() -> transaction
				.executeWithoutResult((status) -> this.conversations.appendAll(id, List.of(next, other, reply))));
		assertThat(this.conversations.history(id, 10)).extracting(StoredMessage::id).containsExactly("m1", "b1");
		transaction.executeWithoutResult((status) -> this.conversations.appendAll(id, List.of(next, other)));
		assertThat(this.conversations.history(id, 10)).as("usable after the refused one")
			.extracting(StoredMessage::id)
			.containsExactly("m1", "b1", "m2", "b2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void theLatestConversationIsTheOneWrittenLast(String database) {
		on(database);
		String older = this.conversations.open("customer:42");
		String newer = this.conversations.open("customer:42");
		this.conversations.open("customer:43");
		assertThat(this.conversations.latest("customer:42")).contains(newer);
		this.conversations.append(older, new StoredMessage("m1", "customer", "ask", null, "{}", Instant.now()));
		assertThat(this.conversations.latest("customer:42")).contains(older);
		this.conversations.append(newer,
				new StoredMessage("m2", "customer", "ask", null, "{}", Instant.now().plusMillis(5)));
		assertThat(this.conversations.latest("customer:42")).as("the newest message decides").contains(newer);
		assertThat(this.conversations.latest("customer:44")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void theLastQueueMessagesOfManyConversationsComeInOneReadUnderLock(String database) {
		on(database);
		String told = this.conversations.open("customer:1");
		String toldTwice = this.conversations.open("customer:2");
		String never = this.conversations.open("customer:3");
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.conversations.append(told, new StoredMessage("e1", "bot", "escalated", null, "{}", at));
		this.conversations.append(told, new StoredMessage("m1", "customer", "ask", null, "{}", at));
		this.conversations.append(toldTwice, new StoredMessage("e2", "bot", "escalated", null, "{}", at));
		this.conversations.append(toldTwice, new StoredMessage("q2", "bot", "queue_status", null, "{}", at));
		this.conversations.append(never, new StoredMessage("m3", "customer", "ask", null, "{}", at));

		Map<String, StoredMessage> last = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource))
			.execute((status) -> {
				this.conversations.lock(List.of(never, toldTwice, told, "no-such-id"));
				return this.conversations.lastQueueMessages(List.of(told, toldTwice, never, "no-such-id"));
			});

		assertThat(last).containsOnlyKeys(told, toldTwice);
		assertThat(last.get(told).id()).isEqualTo("e1");
		assertThat(last.get(toldTwice).id()).isEqualTo("q2");
	}

}
