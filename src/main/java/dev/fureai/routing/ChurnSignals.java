package dev.fureai.routing;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.fureai.customers.CustomerId;

/** Churn risk recorded for the team, row and event in one transaction. */
@Repository
class ChurnSignals {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChurnSignals(JdbcClient jdbc, ApplicationEventPublisher events, RoutingClock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock.clock();
	}

	@Transactional
	void record(ConversationRef conversation, CustomerTier tier, String phrase, boolean queued) {
		CustomerId customer = conversation.customer().orElse(null);
		this.jdbc.sql("""
				insert into churn_signal (id, conversation_id, customer_id, tier, phrase, queued, detected_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID().toString(), conversation.conversationId(),
					(customer != null) ? customer.value() : null, tier.name(), phrase, queued,
					this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new ChurnRiskDetected(conversation.conversationId(), customer, tier, phrase, queued));
	}

	long countFor(String conversationId) {
		return this.jdbc.sql("select count(*) from churn_signal where conversation_id = ?")
			.param(conversationId)
			.query(Long.class)
			.single();
	}

}
