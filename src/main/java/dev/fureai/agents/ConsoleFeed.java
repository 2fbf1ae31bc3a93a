package dev.fureai.agents;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.fureai.chat.CustomerTyping;
import dev.fureai.chat.CustomerWroteToPerson;
import dev.fureai.routing.ConversationEscalated;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationSlaBreached;
import dev.fureai.routing.EscalationStatusChanged;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the consoles that a queue changed: the escalation as it is now goes to its pool's
 * topic and to its own CSM's. Consoles treat it as a hint and re-read their queues, so a
 * message lost while disconnected costs nothing (they re-read after reconnecting too).
 */
@Component
class ConsoleFeed {

	private final AgentSocket socket;

	private final EntryViews entries;

	private final JsonMapper json;

	ConsoleFeed(AgentSocket socket, EntryViews entries, JsonMapper json) {
		this.socket = socket;
		this.entries = entries;
		this.json = json;
	}

	@ApplicationModuleListener
	void on(ConversationEscalated event) {
		publish("escalated", event.escalation());
	}

	@ApplicationModuleListener
	void on(EscalationStatusChanged event) {
		publish("status_changed", event.escalation());
	}

	@ApplicationModuleListener
	void on(EscalationSlaBreached event) {
		publish("sla_breached", event.escalation());
	}

	/**
	 * Published outside a transaction, after the message is stored: a plain listener
	 * forwards it at once (a transactional one would never see it).
	 */
	@EventListener
	void on(CustomerWroteToPerson event) {
		this.socket.publish(AgentGate.AGENT_TOPIC + event.agentId(),
				this.json.writeValueAsString(new CustomerLine("customer_message", event.escalationId(),
						event.conversationId(), new Said(event.messageId(), event.text(), event.at()))));
	}

	/** Ephemeral: forwarded, never stored. */
	@EventListener
	void on(CustomerTyping event) {
		this.socket.publish(AgentGate.AGENT_TOPIC + event.agentId(), this.json.writeValueAsString(
				new CustomerLine("customer_typing", event.escalationId(), event.conversationId(), null)));
	}

	private void publish(String type, Escalation e) {
		String message = this.json.writeValueAsString(new Update(type, this.entries.of(e)));
		Set<String> topics = new LinkedHashSet<>();
		topics.add(AgentGate.POOL_TOPIC + e.pool().name());
		if (e.assignee() != null) {
			topics.add(AgentGate.AGENT_TOPIC + e.assignee());
		}
		if (e.notifiedCsm() != null) {
			topics.add(AgentGate.AGENT_TOPIC + e.notifiedCsm());
		}
		if (e.claimedBy() != null) {
			// whoever has it now (after a transfer to a named agent: the new one)
			topics.add(AgentGate.AGENT_TOPIC + e.claimedBy());
		}
		topics.forEach((topic) -> this.socket.publish(topic, message));
	}

	record Update(String type, QueueEntry escalation) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CustomerLine(String type, String escalationId, String conversationId, Said message) {

	}

	record Said(String id, String text, Instant at) {

	}

}
