package dev.fureai.agents;

import java.util.UUID;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fureai.customers.CustomerId;
import dev.fureai.routing.ConversationRef;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationOutcome;
import dev.fureai.routing.Routing;

/**
 * Opens escalations the way the chat does: a customer asks for a person. In a transaction
 * because routing's queue estimate reads through JDBC streams it does not close, which
 * outside a transaction keep their connections (reported; routing's to fix).
 */
final class Escalate {

	private Escalate() {
	}

	static Escalation askForPerson(Routing routing, PlatformTransactionManager transactions, String customerId) {
		EscalationOutcome outcome = new TransactionTemplate(transactions).execute((status) -> routing
			.onAskForPerson(ConversationRef.of(UUID.randomUUID().toString(), CustomerId.of(customerId)), null));
		if (outcome.queue() == null) {
			throw new AssertionError("not queued: " + outcome);
		}
		return outcome.queue().escalation();
	}

}
