package dev.fureai.routing;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.fureai.customers.Customer;
import dev.fureai.customers.CustomerChanged;
import dev.fureai.customers.Customers;

/**
 * Keeps recorded tiers current ("定期的な見直し"): when a customer changes, at startup (the
 * configuration may have changed since the last run) and on a schedule (onboarding
 * periods end by themselves).
 */
@Component
class TierRecomputation {

	private static final Logger logger = LoggerFactory.getLogger(TierRecomputation.class);

	private final Customers customers;

	private final TierRecords records;

	private final LiveTiers tiers;

	private final Clock clock;

	TierRecomputation(Customers customers, TierRecords records, LiveTiers tiers, RoutingClock clock) {
		this.customers = customers;
		this.records = records;
		this.tiers = tiers;
		this.clock = clock.clock();
	}

	@ApplicationModuleListener
	void on(CustomerChanged changed) {
		record(changed.customer());
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartup() {
		try {
			recomputeAll();
		}
		catch (RuntimeException ex) {
			// the schedule tries again; a stale recorded tier never routes (routing
			// decides live)
			logger.warn("Tier recomputation at startup failed: {}", ex.getMessage());
		}
	}

	/**
	 * Records every tier that differs from the recorded one; returns how many changed.
	 */
	int recomputeAll() {
		int changed = 0;
		for (Customer customer : this.customers.findAll()) {
			changed += record(customer) ? 1 : 0;
		}
		if (changed > 0) {
			logger.info("Tiers recomputed: {} changed", changed);
		}
		return changed;
	}

	/**
	 * Records the customer's tier now. The listener and a recomputation may record the
	 * same new customer at once (here or on another node); the loser of that race tries
	 * once more, and then finds the row.
	 */
	private boolean record(Customer customer) {
		try {
			return this.records.record(customer.id(), this.tiers.decide(customer), this.clock.instant()).isPresent();
		}
		catch (DuplicateKeyException ex) {
			return this.records.record(customer.id(), this.tiers.decide(customer), this.clock.instant()).isPresent();
		}
	}

}
