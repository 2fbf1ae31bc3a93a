package dev.fureai.agents;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.fureai.chat.Transcripts;
import dev.fureai.customers.Customer;
import dev.fureai.customers.CustomerId;
import dev.fureai.customers.Customers;
import dev.fureai.routing.Escalation;

/**
 * Turns stored escalations into console entries with the customer's name and last
 * question.
 */
@Component
class EntryViews {

	private final Customers customers;

	private final Transcripts transcripts;

	EntryViews(Customers customers, Transcripts transcripts) {
		this.customers = customers;
		this.transcripts = transcripts;
	}

	QueueEntry of(Escalation e) {
		Optional<Customer> customer = e.customerId().flatMap(this.customers::find);
		return new QueueEntry(e.id(), e.conversationId(), e.customerId().map(CustomerId::value).orElse(null),
				customer.map(Customer::name).orElse(null), customer.map(Customer::company).orElse(null),
				e.tier().name(), e.tier().label(), e.tierReason(), e.tierReasonEn(), e.ltv(), e.pool().name(),
				e.trigger().name(), e.churnRisk(), e.churnPhrase(), e.assignee(), e.notifiedCsm(), e.status().name(),
				e.claimedBy(), e.createdAt(), e.firstResponseDue(), e.slaBreached(), lastQuestion(e));
	}

	/**
	 * The escalation is announced before the chat stores the turn that opened it: until
	 * then the transcript's latest question is an older one, and the words the escalation
	 * keeps are the latest. A question that came after the escalation was opened is newer
	 * than both.
	 */
	private String lastQuestion(Escalation e) {
		Optional<Transcripts.Question> stored = this.transcripts.latestQuestion(e.conversationId());
		if (e.question() != null && stored.filter((q) -> q.at().isAfter(e.createdAt())).isEmpty()) {
			return e.question();
		}
		return stored.map(Transcripts.Question::text).orElse(null);
	}

}
