package dev.fureai.agents;

import java.util.UUID;

import dev.fureai.customers.CustomerId;
import dev.fureai.routing.ConversationRef;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationOutcome;
import dev.fureai.routing.Routing;

/** Opens escalations the way the chat does: a customer asks for a person. */
final class Escalate {

	private Escalate() {
	}

	static Escalation askForPerson(Routing routing, String customerId) {
		EscalationOutcome outcome = routing
			.onAskForPerson(ConversationRef.of(UUID.randomUUID().toString(), CustomerId.of(customerId)));
		if (outcome.queue() == null) {
			throw new AssertionError("not queued: " + outcome);
		}
		return outcome.queue().escalation();
	}

}
