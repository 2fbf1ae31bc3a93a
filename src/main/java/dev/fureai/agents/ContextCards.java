package dev.fureai.agents;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.fureai.chat.Transcripts;
import dev.fureai.customers.Customer;
import dev.fureai.customers.Customers;
import dev.fureai.routing.Escalation;
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

	private final Customers customers;

	private final Tiers tiers;

	private final Transcripts transcripts;

	private final EntryViews entries;

	private final AgentActions actions;

	ContextCards(Customers customers, Tiers tiers, Transcripts transcripts, EntryViews entries, AgentActions actions) {
		this.customers = customers;
		this.tiers = tiers;
		this.transcripts = transcripts;
		this.entries = entries;
		this.actions = actions;
	}

	Card of(Escalation e) {
		Optional<Customer> customer = e.customerId().flatMap(this.customers::find);
		TierDecision now = this.tiers.decide(e.customerId());
		return new Card(this.entries.of(e), customer.orElse(null), now.tier().name(), now.tier().label(), now.reason(),
				customer.map((c) -> LtvInputs.of(c, now)).orElse(null),
				e.customerId().map(this.tiers::history).orElse(List.of()),
				this.transcripts.of(e.conversationId(), TRANSCRIPT_LIMIT), this.actions.of(e.id()));
	}

	record Card(QueueEntry escalation, Customer customer, String tierNow, String tierNowLabel, String tierNowReason,
			LtvInputs ltv, List<TierChange> tierHistory, List<Transcripts.Line> transcript,
			List<AgentActions.Action> actions) {

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
