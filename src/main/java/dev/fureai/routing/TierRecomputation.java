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

	/**
	 * Tries at recording a new customer's tier; the waits between them add up to 1.3 s.
	 */
	private static final int ATTEMPTS = 8;

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
	 * same new customer at once (here or on another node): the loser's insert meets the
	 * winner's row. PostgreSQL makes that insert wait for the winner's commit, so one
	 * more try finds the row; H2 reports the duplicate of a row not yet committed at
	 * once, so the loser waits a little and tries again until the winner has committed.
	 */
	private boolean record(Customer customer) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.records.record(customer.id(), this.tiers.decide(customer), this.clock.instant())
					.isPresent();
			}
			catch (DuplicateKeyException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				logger.debug("Tier of {} being recorded by another transaction; try {} of {}", customer.id(),
						attempt + 1, ATTEMPTS);
				pause(attempt);
			}
		}
	}

	/** 10, 20, 40 … ms: a listener's transaction commits within milliseconds. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(10L << Math.min(attempt - 1, 6));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to record a tier", ex);
		}
	}

}
