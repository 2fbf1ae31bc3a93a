package dev.fureai.routing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

/**
 * {@link TierRecordingRace} on PostgreSQL, where a failed statement aborts the whole
 * transaction: only a savepoint lets the loser of the race try again. Skipped, saying so,
 * without a PostgreSQL on 127.0.0.1:5432.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = { "fureai.customers.import=classpath:demo/customers.csv",
		"fureai.customers.known-agents=csm-sato,csm-suzuki", "fureai.content.watch=false",
		"fureai.routing.sla.check-interval=1h" })
class TierRecordingOnPostgresTests {

	private static String url;

	/**
	 * Before the context is loaded, so a missing PostgreSQL skips instead of failing it.
	 */
	@BeforeAll
	static void schema() {
		url = TestDatabases.postgresUrl("recording a new customer's tier twice at once");
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> url);
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

}
