package dev.fureai.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.fureai.customers.Customer;
import dev.fureai.customers.CustomerId;
import dev.fureai.customers.Customers;

/**
 * Tiers decided from the directory as it is now; "today" is the team's date (the calendar
 * zone), so an onboarding period ends at midnight in Tokyo, not in UTC.
 */
@Service
class LiveTiers implements Tiers {

	private final Customers customers;

	private final TierRecords records;

	private final TierRules rules;

	private final Clock clock;

	private final RoutingProperties properties;

	LiveTiers(Customers customers, TierRecords records, RoutingProperties properties, RoutingClock clock) {
		this.customers = customers;
		this.records = records;
		this.rules = new TierRules(properties);
		this.properties = properties;
		this.clock = clock.clock();
	}

	@Override
	public TierDecision decide(Optional<CustomerId> customer) {
		return customer.map((id) -> this.rules.decide(this.customers.find(id), today()))
			.orElseGet(TierRules::anonymous);
	}

	TierDecision decide(Customer customer) {
		return this.rules.decide(customer, today());
	}

	@Override
	public List<TierChange> history(CustomerId customer) {
		return this.records.history(customer);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.properties.calendar().zone()));
	}

}
