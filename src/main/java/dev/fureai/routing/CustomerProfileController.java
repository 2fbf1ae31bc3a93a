package dev.fureai.routing;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.fureai.customers.Customer;
import dev.fureai.customers.CustomerId;
import dev.fureai.customers.Customers;

/**
 * A customer as CSMs and admins see them: the directory's data, the tier decided now with
 * its reason, and the tier history. Under {@code /api/admin/}, so admin only (guarded by
 * the customers module's admin chain) until the agents module opens it to CSMs.
 */
@RestController
@RequestMapping("/api/admin/customers")
class CustomerProfileController {

	private final Customers customers;

	private final LiveTiers tiers;

	CustomerProfileController(Customers customers, LiveTiers tiers) {
		this.customers = customers;
		this.tiers = tiers;
	}

	@GetMapping("/{id}")
	ResponseEntity<Profile> profile(@PathVariable String id) {
		CustomerId customerId;
		try {
			customerId = CustomerId.of(id);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest().build();
		}
		return this.customers.find(customerId).map((customer) -> {
			TierDecision decision = this.tiers.decide(customer);
			return ResponseEntity.ok(new Profile(customer, decision.ltvYen(), decision.tier(), decision.tier().label(),
					decision.reason(), decision.reasonEn(), this.tiers.history(customerId)));
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}

	record Profile(Customer customer, long ltv, CustomerTier tier, String tierLabel, String reason, String reasonEn,
			List<TierChange> tierHistory) {

	}

}
