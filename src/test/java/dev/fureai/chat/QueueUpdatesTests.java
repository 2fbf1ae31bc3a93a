package dev.fureai.chat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.fureai.chat.ServerMessage.Escalated;
import dev.fureai.customers.CustomerId;
import dev.fureai.routing.CustomerTier;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationOutcome;
import dev.fureai.routing.EscalationTrigger;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.NewEscalation;
import dev.fureai.routing.QueuePool;
import dev.fureai.routing.TierDecision;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queue updates when many escalations land at once (routing's retries after a database
 * outage), on the whole application with H2: every customer told "not queued yet,
 * retrying" hears "queued" once, the reads stay proportional to the escalations (the
 * statements the application prepares are counted), and an update that failed is sent
 * again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:queue-updates;DB_CLOSE_DELAY=-1",
				"fureai.content.watch=false", "fureai.identity.jwt-secret=" + Tokens.SECRET,
				"fureai.customers.import=classpath:demo/customers.csv",
				"fureai.customers.known-agents=csm-sato,csm-suzuki", "fureai.chat.queue-updates.retry-after=1s" })
class QueueUpdatesTests {

	private static final int LANDING = 40;

	@LocalServerPort
	int port;

	@Autowired
	Escalations escalations;

	@Autowired
	Conversations conversations;

	@Autowired
	Statements statements;

	@Autowired
	JdbcClient jdbc;

	private final ProtocolCodec codec = new ProtocolCodec();

	@Test
	void manyRetriesLandingInOnePoolCostReadsInProportionAndEveryCustomerHearsQueuedOnce() throws Exception {
		List<String> waiting = new ArrayList<>();
		for (int i = 0; i < LANDING; i++) {
			String conversation = UUID.randomUUID().toString();
			this.conversations.create(conversation, "visitor:" + conversation, Instant.now());
			toldRetrying(conversation, CustomerTier.LOW_TOUCH);
			waiting.add(conversation);
		}
		this.statements.reset();

		List<Escalation> landed = new ArrayList<>();
		ExecutorService retries = Executors.newFixedThreadPool(8);
		try {
			List<Future<Escalation>> opened = waiting.stream()
				.map((conversation) -> retries.submit(() -> this.escalations
					.open(escalation(conversation, Optional.empty(), CustomerTier.LOW_TOUCH, QueuePool.LOW_TOUCH))))
				.toList();
			for (Future<Escalation> escalation : opened) {
				landed.add(escalation.get());
			}
		}
		finally {
			retries.shutdown();
		}

		for (Escalation escalation : landed) {
			awaitQueued(escalation);
		}
		awaitNoIncompletePublications();
		for (Escalation escalation : landed) {
			assertThat(queuedMessages(escalation)).as("told queued exactly once: %s", escalation.conversationId())
				.isEqualTo(1);
		}
		// before: every update re-read the pool once per waiting customer, and what each
		// of
		// them was last told (here ~40 × 40 / 2 of each); now one pool read, one read of
		// the
		// handling times and one read of what the customers were last told per change.
		// The
		// rest is linear too: routing's own reads (open looks for an open escalation),
		// the
		// other listeners of each escalation (the agents' console, the CSM notice),
		// schedules
		System.out.printf("%d escalations landing at once: %d reads of escalation, %d of chat_message%n", LANDING,
				this.statements.reads("escalation"), this.statements.reads("chat_message"));
		assertThat(this.statements.reads("escalation")).as("reads of the escalation table")
			.isLessThanOrEqualTo(5 * LANDING);
		assertThat(this.statements.reads("chat_message")).as("reads of the chat messages")
			.isLessThanOrEqualTo(5 * LANDING);
	}

	@Test
	void aQueuedMessageThatCouldNotBeStoredIsSentAgain() throws Exception {
		try (StompTestClient high = StompTestClient.connect(this.port,
				Map.of("Authorization", "Bearer " + Tokens.hs256("demo-high", Instant.now().plusSeconds(600))))) {
			high.send(new ClientMessage.Ask("q1", null, "請求書の送付先を変更したい"));
			String conversation = high.next(ServerMessage.class).conversationId();
			assertThat(conversation).isNotNull();
			toldRetrying(conversation, CustomerTier.HIGH_TOUCH);

			// the first attempt to store (and so to push) "queued" fails
			this.statements.failMessageInserts(true);
			Escalation escalation;
			try {
				escalation = this.escalations.open(escalation(conversation, Optional.of(CustomerId.of("demo-high")),
						CustomerTier.HIGH_TOUCH, QueuePool.HIGH_TOUCH));
				awaitTrue(() -> this.statements.failedInserts() > 0, "the queue update tried to store its message");
				awaitTrue(() -> incompleteQueueUpdates() > 0, "the failed update is on record as incomplete");
				assertThat(queuedMessages(escalation)).isZero();
			}
			finally {
				this.statements.failMessageInserts(false);
			}

			Escalated queued = high.next(Escalated.class, conversation);
			assertThat(queued.outcome()).isEqualTo("queued");
			assertThat(queued.replyTo()).isNull();
			assertThat(queued.queue().escalationId()).isEqualTo(escalation.id());
			assertThat(queued.queue().position()).isPositive();
			awaitNoIncompletePublications();
			assertThat(queuedMessages(escalation)).isEqualTo(1);
		}
	}

	/**
	 * What the chat stores when routing could not queue the customer (the database was
	 * down).
	 */
	private void toldRetrying(String conversation, CustomerTier tier) {
		EscalationOutcome retrying = new EscalationOutcome(EscalationOutcome.Kind.NOT_QUEUED_RETRYING, tier, "test",
				Set.of(EscalationTrigger.ASKED_FOR_PERSON), List.of(), null, "ただいま担当者におつなぎできません。再試行しています。");
		ServerMessage message = EscalationMessages.escalated(conversation, "p-" + conversation, retrying, List.of(),
				"mailto:support@example.com");
		this.conversations.append(conversation, new StoredMessage(message.id(), StoredMessage.BOT, "escalated", null,
				this.codec.encode(message), Instant.now()));
	}

	private static NewEscalation escalation(String conversation, Optional<CustomerId> customer, CustomerTier tier,
			QueuePool pool) {
		return new NewEscalation(conversation, customer, EscalationTrigger.ASKED_FOR_PERSON,
				new TierDecision(tier, "test", "test", null), pool, false, null, null, null, null);
	}

	private long queuedMessages(Escalation escalation) {
		return this.jdbc.sql("select body from chat_message where conversation_id = ? and type = 'escalated'")
			.param(escalation.conversationId())
			.query(String.class)
			.list()
			.stream()
			.map(this.codec::decodeServer)
			.map(Escalated.class::cast)
			.filter((e) -> "queued".equals(e.outcome()) && e.queue() != null
					&& escalation.id().equals(e.queue().escalationId()))
			.count();
	}

	private void awaitQueued(Escalation escalation) throws InterruptedException {
		awaitTrue(() -> queuedMessages(escalation) > 0, () -> "customer of " + escalation.conversationId()
				+ " told queued; incomplete publications: "
				+ this.jdbc.sql("select listener_id, status, completion_attempts, publication_date,"
						+ " last_resubmission_date, completion_date from event_publication where status <> 'COMPLETED' or status is null")
					.query()
					.listOfRows());
	}

	private long incompleteQueueUpdates() {
		return this.jdbc
			.sql("select count(*) from event_publication where completion_date is null and listener_id like ?")
			.param(QueueUpdates.class.getName() + ".%")
			.query(Long.class)
			.single();
	}

	private void awaitNoIncompletePublications() throws InterruptedException {
		awaitTrue(() -> incompleteQueueUpdates() == 0, "every queue update completed");
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
			throws InterruptedException {
		awaitTrue(condition, () -> what);
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition,
			java.util.function.Supplier<String> what) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("not within 60 s: " + what.get());
			}
			Thread.sleep(50);
		}
	}

	/**
	 * Counts the statements the application prepares, by table read, and can refuse
	 * inserts of chat messages (as a database would that has no connection to spare).
	 */
	static final class Statements {

		private final Map<String, AtomicInteger> reads = new java.util.concurrent.ConcurrentHashMap<>();

		private final AtomicInteger failedInserts = new AtomicInteger();

		private volatile boolean failMessageInserts;

		void reset() {
			this.reads.clear();
		}

		int reads(String table) {
			AtomicInteger count = this.reads.get(table);
			return (count != null) ? count.get() : 0;
		}

		int failedInserts() {
			return this.failedInserts.get();
		}

		void failMessageInserts(boolean fail) {
			this.failMessageInserts = fail;
		}

		void prepared(String sql) throws SQLException {
			String statement = sql.strip().toLowerCase(Locale.ROOT);
			if (statement.startsWith("select")) {
				for (String table : List.of("escalation", "chat_message")) {
					if (statement.matches("(?s).*\\bfrom " + table + "\\b.*")) {
						this.reads.computeIfAbsent(table, (t) -> new AtomicInteger()).incrementAndGet();
					}
				}
			}
			if (this.failMessageInserts && statement.startsWith("insert into chat_message")) {
				this.failedInserts.incrementAndGet();
				throw new SQLException("refused by the test: no connection to spare");
			}
		}

		DataSource wrap(DataSource database) {
			return new DelegatingDataSource(database) {
				@Override
				public Connection getConnection() throws SQLException {
					return counting(super.getConnection());
				}
			};
		}

		private Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
								&& args != null && args[0] instanceof String sql) {
							prepared(sql);
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountedDatabase {

		@Bean
		static Statements statements() {
			return new Statements();
		}

		@Bean
		static BeanPostProcessor countStatements(
				org.springframework.beans.factory.ObjectProvider<Statements> statements) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource database && name.equals("dataSource"))
							? statements.getObject().wrap(database) : bean;
				}
			};
		}

	}

}
