package dev.fureai.routing;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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
		this.records.record(changed.id(), this.tiers.decide(java.util.Optional.of(changed.id())), this.clock.instant());
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartup() {
		recomputeAll();
	}

	/**
	 * Records every tier that differs from the recorded one; returns how many changed.
	 */
	int recomputeAll() {
		int changed = 0;
		for (var customer : this.customers.findAll()) {
			var decision = this.tiers.decide(customer);
			changed += this.records.record(customer.id(), decision, this.clock.instant()).isPresent() ? 1 : 0;
		}
		if (changed > 0) {
			logger.info("Tiers recomputed: {} changed", changed);
		}
		return changed;
	}

}
