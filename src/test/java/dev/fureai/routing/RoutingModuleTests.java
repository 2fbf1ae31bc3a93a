package dev.fureai.routing;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fureai.customers.CustomerId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The routing module in Spring with its real neighbours: the demo directory imported at
 * startup, Flyway, the event publication registry, the admin API.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:routing-module;DB_CLOSE_DELAY=-1",
		"fureai.customers.import=classpath:demo/customers.csv", "fureai.customers.known-agents=csm-sato,csm-suzuki",
		"fureai.admin.username=admin", "fureai.admin.password={noop}test-admin", "fureai.content.watch=false",
		"fureai.routing.sla.check-interval=1h" })
class RoutingModuleTests {

	@Autowired
	private Routing routing;

	@Autowired
	private Escalations escalations;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	private dev.fureai.customers.Customers customers;

	@Test
	void twoChangesOfANewCustomerAtOnceAreBothHandled() throws Exception {
		TierRecordingRace.bothChangesAreHandled(this.customers, this.events, this.transactions, this.jdbc);
	}

	@Test
	void theDemoCustomersGetThreeDifferentOutcomesForTheSameRequest(PublishedEvents events) {
		assertThat(this.routing.onQuestion(ref("m-tech", "demo-tech"), "担当者と話したい").kind())
			.isEqualTo(EscalationOutcome.Kind.SELF_SERVICE);
		assertThat(this.routing.onQuestion(ref("m-low", "demo-low"), "担当者と話したい").queue().escalation().pool())
			.isEqualTo(QueuePool.LOW_TOUCH);
		assertThat(this.routing.onQuestion(ref("m-high", "demo-high"), "担当者と話したい").queue().escalation().pool())
			.isEqualTo(QueuePool.HIGH_TOUCH);
		assertThat(events.ofType(ConversationEscalated.class)).hasSize(2);
	}

	@Test
	void theEventIsStoredInTheSameTransactionAsTheEscalation() {
		String committed = this.routing.onAskForPerson(ref("m-commit", "demo-partner"), null).queue().escalation().id();
		assertThat(publications(committed)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(completed(committed)).isEqualTo(1));

		var decision = new TierDecision(CustomerTier.LOW_TOUCH, "test", "test", null);
		String[] rolledBack = new String[1];
		this.transactions.executeWithoutResult((status) -> {
			rolledBack[0] = this.escalations
				.open(new NewEscalation("m-rollback", Optional.empty(), EscalationTrigger.ASKED_FOR_PERSON, decision,
						QueuePool.LOW_TOUCH, false, null, null, null, null))
				.id();
			status.setRollbackOnly();
		});
		assertThat(this.escalations.find(rolledBack[0])).isEmpty();
		assertThat(publications(rolledBack[0])).as("no event for an escalation that is not stored").isZero();
	}

	@Test
	void tiersAreRecordedAtImportAndShownWithTheirHistory() {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.jdbc.sql("select count(*) from customer_tier").query(Long.class).single())
						.isEqualTo(6));
		assertThat(this.mvc.get().uri("/api/admin/customers/demo-onboarding").with(httpBasic("admin", "test-admin")))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.tier").isEqualTo("HIGH_TOUCH");
				assertThat(json).extractingPath("$.tierLabel").isEqualTo("ハイタッチ");
				assertThat(json).extractingPath("$.reason").asString().startsWith("オンボーディング期間中（2030-03-31まで）→ ハイタッチ");
				assertThat(json).extractingPath("$.ltv").isEqualTo(720000);
				assertThat(json).extractingPath("$.tierHistory[0].to").isEqualTo("HIGH_TOUCH");
				// in English too, the recorded history as well as the decision now
				assertThat(json).extractingPath("$.reasonEn")
					.isEqualTo("onboarding until 2030-03-31 → high touch (LTV ¥720,000 < ¥1,000,000 → tech touch)");
				assertThat(json).extractingPath("$.tierHistory[0].reasonEn")
					.isEqualTo("onboarding until 2030-03-31 → high touch (LTV ¥720,000 < ¥1,000,000 → tech touch)");
			});
		assertThat(this.mvc.get().uri("/api/admin/customers/demo-onboarding")).hasStatus(401);
		assertThat(this.mvc.get().uri("/api/admin/customers/nobody").with(httpBasic("admin", "test-admin")))
			.hasStatus(404);
	}

	private long publications(String escalationId) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + escalationId + "%")
			.query(Long.class)
			.single();
	}

	private long completed(String escalationId) {
		return this.jdbc
			.sql("select count(*) from event_publication where serialized_event like ? and completion_date is not null")
			.param("%" + escalationId + "%")
			.query(Long.class)
			.single();
	}

	private static ConversationRef ref(String conversation, String customer) {
		return new ConversationRef(conversation, Optional.of(CustomerId.of(customer)));
	}

	@TestConfiguration
	static class Listeners {

		@Bean
		EscalationLog escalationLog() {
			return new EscalationLog();
		}

	}

	/** Stands in for the agents' console: a module listener, so publications are kept. */
	static class EscalationLog {

		@ApplicationModuleListener
		void on(ConversationEscalated event) {
		}

	}

}
