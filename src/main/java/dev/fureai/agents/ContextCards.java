package dev.fureai.agents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.fureai.chat.Transcripts;
import dev.fureai.customers.Customer;
import dev.fureai.customers.Customers;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.TierChange;
import dev.fureai.routing.TierDecision;
import dev.fureai.routing.Tiers;

/**
 * Everything a CSM needs in front of them for one escalation, so the next person can pick
 * up where someone else left (no 属人化): the customer, the tier now and its history, LTV
 * with its inputs, the whole transcript with what the bot answered, and what agents did.
 */
@Component
class ContextCards {

	/** The transcript's length on the card: the chat's own history limit. */
	static final int TRANSCRIPT_LIMIT = 200;

	/** Earlier escalations of the customer shown on the card. */
	static final int PREVIOUS_LIMIT = 10;

	private final Customers customers;

	private final Tiers tiers;

	private final Transcripts transcripts;

	private final EntryViews entries;

	private final AgentActions actions;

	private final Escalations escalations;

	ContextCards(Customers customers, Tiers tiers, Transcripts transcripts, EntryViews entries, AgentActions actions,
			Escalations escalations) {
		this.customers = customers;
		this.tiers = tiers;
		this.transcripts = transcripts;
		this.entries = entries;
		this.actions = actions;
		this.escalations = escalations;
	}

	Card of(Escalation e) {
		Optional<Customer> customer = e.customerId().flatMap(this.customers::find);
		TierDecision now = this.tiers.decide(e.customerId());
		List<Transcripts.Line> transcript = this.transcripts.of(e.conversationId(), TRANSCRIPT_LIMIT);
		return new Card(this.entries.of(e), customer.orElse(null), now.tier().name(), now.tier().label(), now.reason(),
				now.reasonEn(), customer.map((c) -> LtvInputs.of(c, now)).orElse(null),
				e.customerId().map(this.tiers::history).orElse(List.of()), transcript, this.actions.of(e.id()),
				TranscriptFacts.articlesShown(transcript), TranscriptFacts.feedback(transcript), previous(e));
	}

	/** The customer's earlier escalations with how they ended (the resolution note). */
	private List<Previous> previous(Escalation e) {
		return e.customerId()
			.map((customer) -> this.escalations.ofCustomer(customer, PREVIOUS_LIMIT + 1))
			.orElse(List.of())
			.stream()
			.filter((p) -> !p.id().equals(e.id()))
			.limit(PREVIOUS_LIMIT)
			.map((p) -> new Previous(p.id(), p.status().name(), p.trigger().name(), p.pool().name(), p.createdAt(),
					p.claimedBy(), p.resolvedAt(),
					this.actions.of(p.id())
						.stream()
						.filter((a) -> a.note() != null && a.kind() == AgentActions.Kind.RESOLVED)
						.map(AgentActions.Action::note)
						.reduce((first, last) -> last)
						.orElse(null)))
			.toList();
	}

	/**
	 * @param articlesShown every guide the bot showed, first showing first, once each
	 * @param feedback the customer's 解決した / 解決しない with the answer it was about
	 * @param previous the customer's earlier escalations, newest first
	 */
	record Card(QueueEntry escalation, Customer customer, String tierNow, String tierNowLabel, String tierNowReason,
			String tierNowReasonEn, LtvInputs ltv, List<TierChange> tierHistory, List<Transcripts.Line> transcript,
			List<AgentActions.Action> actions, List<TranscriptFacts.Shown> articlesShown,
			List<TranscriptFacts.Given> feedback, List<Previous> previous) {

	}

	/** An earlier escalation of the same customer. */
	record Previous(String id, String status, String trigger, String pool, Instant createdAt, String claimedBy,
			Instant resolvedAt, String note) {

	}

	/**
	 * LTV and what it is made of.
	 *
	 * @param yen the LTV
	 * @param averageOrderValue 平均購買単価
	 * @param purchasesPerYear 購買頻度
	 * @param retentionYears 継続期間
	 * @param grossMargin 粗利率, or {@code null}
	 * @param marginApplied whether the margin is part of the LTV
	 */
	record LtvInputs(long yen, long averageOrderValue, BigDecimal purchasesPerYear, BigDecimal retentionYears,
			BigDecimal grossMargin, boolean marginApplied) {

		static LtvInputs of(Customer c, TierDecision decision) {
			return new LtvInputs(decision.lifetimeValue().map((ltv) -> ltv.yen()).orElse(0L),
					c.averageOrderValue().amount(), c.purchasesPerYear(), c.retentionYears(), c.grossMargin(),
					decision.lifetimeValue().map((ltv) -> ltv.marginApplied()).orElse(false));
		}

	}

}
