package dev.fureai.agents;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.fureai.customers.CustomerId;
import dev.fureai.routing.CustomerTier;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationTrigger;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.NewEscalation;
import dev.fureai.routing.QueuePool;
import dev.fureai.routing.TierDecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question a console entry shows. Routing announces an escalation as soon as it is
 * stored, and the chat stores the turn that led to it just after: the entry must show the
 * customer's words from the start, not the question before them.
 */
@AgentsServerTest
class EntryViewsTests {

	@LocalServerPort
	int port;

	@Autowired
	EntryViews entries;

	@Autowired
	Escalations escalations;

	@Test
	void theEscalationsWordsBeforeTheTurnIsStoredAndAnyLaterQuestionAfter() throws Exception {
		try (CustomerSession customer = CustomerSession.connect(this.port, "demo-low")) {
			String conversation = ask(customer, null, "q-1", "領収書の宛名を変えたい");
			// stored by routing, the chat's turn not yet
			Escalation e = open(conversation, "担当者と話したい");
			try {
				assertThat(this.entries.of(e).lastQuestion()).isEqualTo("担当者と話したい");

				ask(customer, conversation, "q-2", "請求書はどこで見られますか");
				assertThat(this.entries.of(e).lastQuestion()).isEqualTo("請求書はどこで見られますか");
			}
			finally {
				this.escalations.abandon(e.id());
			}
		}
	}

	@Test
	void withoutWordsTheTranscriptsLatestQuestion() throws Exception {
		try (CustomerSession customer = CustomerSession.connect(this.port, "demo-low")) {
			String conversation = ask(customer, null, "q-1", "パスワードを忘れました");
			Escalation e = open(conversation, null);
			try {
				assertThat(this.entries.of(e).lastQuestion()).isEqualTo("パスワードを忘れました");
			}
			finally {
				this.escalations.abandon(e.id());
			}
		}
	}

	private static String ask(CustomerSession customer, String conversation, String id, String text)
			throws InterruptedException {
		Map<String, Object> ask = (conversation == null) ? Map.of("type", "ask", "id", id, "text", text)
				: Map.of("type", "ask", "id", id, "conversationId", conversation, "text", text);
		customer.send(ask);
		return customer.replyTo(id).path("conversationId").asString();
	}

	private Escalation open(String conversation, String words) {
		return this.escalations.open(new NewEscalation(conversation, Optional.of(CustomerId.of("demo-low")),
				EscalationTrigger.ASKED_FOR_PERSON, new TierDecision(CustomerTier.LOW_TOUCH, "test", "test", null),
				QueuePool.LOW_TOUCH, false, null, null, null, words));
	}

}
