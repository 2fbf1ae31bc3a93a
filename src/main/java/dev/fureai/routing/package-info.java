/**
 * What happens when the bot is not enough: customer tiers (LTV and overrides, with a
 * reason for every decision and a history of changes), the escalation policy (asking for
 * a person, repeated failures, churn risk), durable prioritised human queues with SLAs
 * and business hours.
 * <p>
 * Reads the customer directory and the writers' churn-risk word list from the content
 * module. Announces {@link dev.fureai.routing.ConversationEscalated} from the transaction
 * that stored the escalation. Knows nothing about chat transport or the agents' console:
 * they call {@link dev.fureai.routing.Routing} and
 * {@link dev.fureai.routing.Escalations}, and implement
 * {@link dev.fureai.routing.AgentPresence}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing",
		allowedDependencies = { "customers", "content" })
package dev.fureai.routing;
