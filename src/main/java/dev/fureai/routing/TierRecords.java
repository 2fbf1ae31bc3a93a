package dev.fureai.routing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.fureai.customers.CustomerId;

/**
 * The recorded tiers and their history. A changed tier is written with its history row
 * and its event in one transaction; a new reason for the same tier only updates the
 * reason.
 */
@Repository
class TierRecords {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	TierRecords(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * In a savepoint of the caller's transaction: when two listeners record a new
	 * customer at once, the loser's insert fails on the other's row, and only its
	 * savepoint is rolled back, so the caller can try again in the same transaction (a
	 * failed statement otherwise spoils the whole transaction: PostgreSQL refuses every
	 * later statement, Spring marks it rollback-only, and the event's publication stays
	 * incomplete).
	 */
	@Transactional(propagation = Propagation.NESTED)
	Optional<TierChange> record(CustomerId customer, TierDecision decision, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		Long ltv = decision.lifetimeValue().map(Ltv::yen).orElse(null);
		Optional<CustomerTier> stored = this.jdbc.sql("select tier from customer_tier where customer_id = ?")
			.param(customer.value())
			.query((rs, n) -> CustomerTier.valueOf(rs.getString(1)))
			.optional();
		if (stored.isEmpty()) {
			this.jdbc
				.sql("insert into customer_tier (tier, reason, reason_en, ltv, decided_at, customer_id)"
						+ " values (?, ?, ?, ?, ?, ?)")
				.params(decision.tier().name(), decision.reason(), decision.reasonEn(), ltv, at, customer.value())
				.update();
		}
		else {
			this.jdbc
				.sql("update customer_tier set tier = ?, reason = ?, reason_en = ?, ltv = ?, decided_at = ?"
						+ " where customer_id = ?")
				.params(decision.tier().name(), decision.reason(), decision.reasonEn(), ltv, at, customer.value())
				.update();
			if (stored.get() == decision.tier()) {
				return Optional.empty();
			}
		}
		TierChange change = new TierChange(customer, stored.orElse(null), decision.tier(), decision.reason(),
				decision.reasonEn(), now);
		this.jdbc.sql("""
				insert into customer_tier_change (customer_id, from_tier, to_tier, reason, reason_en, changed_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(customer.value(), stored.map(Enum::name).orElse(null), decision.tier().name(), decision.reason(),
					decision.reasonEn(), at)
			.update();
		this.events.publishEvent(new CustomerTierChanged(change));
		return Optional.of(change);
	}

	List<TierChange> history(CustomerId customer) {
		return this.jdbc.sql("""
				select from_tier, to_tier, reason, reason_en, changed_at from customer_tier_change
				where customer_id = ? order by changed_at, id""")
			.param(customer.value())
			.query((rs, n) -> new TierChange(customer,
					(rs.getString(1) != null) ? CustomerTier.valueOf(rs.getString(1)) : null,
					CustomerTier.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

}
