package dev.fureai.routing;

import java.time.Duration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fureai.customers.CustomerChanged;
import dev.fureai.customers.Customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two changes of a customer with no recorded tier yet, published at once: both listeners
 * find no row and insert, and the one whose insert meets the other's row must try again.
 * A failed insert spoils the transaction it ran in (Spring marks it rollback-only;
 * PostgreSQL refuses every later statement in it), so without a savepoint the second try
 * could never commit and that event's publication stayed incomplete. Run on H2
 * ({@link RoutingModuleTests}) and on PostgreSQL ({@link TierRecordingOnPostgresTests}).
 */
final class TierRecordingRace {

	private TierRecordingRace() {
	}

	static void bothChangesAreHandled(Customers customers, ApplicationEventPublisher events,
			TransactionTemplate transactions, JdbcClient jdbc) throws InterruptedException {
		var customer = customers.findAll().getFirst();
		for (int round = 0; round < 20; round++) {
			jdbc.sql("delete from customer_tier where customer_id = ?").param(customer.id().value()).update();
			Runnable change = () -> transactions
				.executeWithoutResult((status) -> events.publishEvent(new CustomerChanged(customer, false)));
			Thread first = Thread.ofPlatform().start(change);
			Thread second = Thread.ofPlatform().start(change);
			first.join();
			second.join();
		}
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc
				.sql("select count(*) from event_publication where event_type like ? and completion_date is null")
				.param("%" + CustomerChanged.class.getSimpleName() + "%")
				.query(Long.class)
				.single()).isZero());
		assertThat(jdbc.sql("select count(*) from customer_tier where customer_id = ?")
			.param(customer.id().value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
