package dev.fureai.routing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fureai.customers.Customers;
import dev.fureai.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TierRecordingRace} on PostgreSQL, where a failed statement aborts the whole
 * transaction: only a savepoint lets the loser of the race try again. Skipped, saying so,
 * without a PostgreSQL on 127.0.0.1:5432 (decided before any extension runs: the context
 * may be loaded before a {@code @BeforeAll}, and once was, so this test ran on the
 * default H2 file in the working directory instead).
 */
@EnabledIf(value = "dev.fureai.testing.TestDatabases#postgresAnswers",
		disabledReason = "no PostgreSQL on 127.0.0.1:5432 (the reason is printed)")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = { "fureai.customers.import=classpath:demo/customers.csv",
		"fureai.customers.known-agents=csm-sato,csm-suzuki", "fureai.content.watch=false",
		"fureai.routing.sla.check-interval=1h" })
class TierRecordingOnPostgresTests {

	private static String url;

	/** The schema, made when the context first asks for its URL. */
	private static synchronized String url() {
		if (url == null) {
			url = TestDatabases.postgresUrl("recording a new customer's tier twice at once");
		}
		return url;
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TierRecordingOnPostgresTests::url);
		registry.add("spring.datasource.username", TestDatabases::postgresUser);
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void dropSchema() {
		if (url != null) {
			TestDatabases.drop(TestDatabases.postgresAt(url));
		}
	}

	@Autowired
	private Customers customers;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void twoChangesOfANewCustomerAtOnceAreBothHandled() throws Exception {
		TierRecordingRace.bothChangesAreHandled(this.customers, this.events, this.transactions, this.jdbc);
	}

	@Test
	void theContextRunsOnPostgres() {
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
	}

}
