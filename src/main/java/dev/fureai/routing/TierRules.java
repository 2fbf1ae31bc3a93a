package dev.fureai.routing;

import java.time.LocalDate;
import java.util.Optional;

import dev.fureai.customers.Customer;
import dev.fureai.customers.Yen;

/**
 * Decides a customer's tier: LTV against the cut-offs, then the overrides, which only
 * ever raise a tier. Pure: the date comes from the caller.
 */
final class TierRules {

	private final RoutingProperties.Tiers tiers;

	private final boolean includeMargin;

	TierRules(RoutingProperties properties) {
		this.tiers = properties.tiers();
		this.includeMargin = properties.ltv().includeMargin();
	}

	static TierDecision anonymous() {
		return new TierDecision(CustomerTier.TECH_TOUCH, "匿名の訪問者 → " + CustomerTier.TECH_TOUCH.label(), null);
	}

	static TierDecision unknown() {
		return new TierDecision(CustomerTier.TECH_TOUCH, "顧客名簿にない顧客 → " + CustomerTier.TECH_TOUCH.label(), null);
	}

	TierDecision decide(Optional<Customer> customer, LocalDate today) {
		return customer.map((c) -> decide(c, today)).orElseGet(TierRules::unknown);
	}

	TierDecision decide(Customer customer, LocalDate today) {
		Ltv ltv = Ltv.of(customer, this.includeMargin);
		CustomerTier byValue = byValue(ltv.yen());
		String valueReason = valueReason(ltv, customer, byValue);
		CustomerTier tier = byValue;
		String reason = valueReason;
		if (customer.strategicPartner() && this.tiers.strategicPartnerTier().isAbove(tier)) {
			tier = this.tiers.strategicPartnerTier();
			reason = "戦略パートナー → " + tier.label();
		}
		LocalDate onboarding = customer.onboardingUntil();
		if (onboarding != null && !today.isAfter(onboarding) && this.tiers.onboardingTier().isAbove(tier)) {
			tier = this.tiers.onboardingTier();
			reason = "オンボーディング期間中（" + onboarding + "まで）→ " + tier.label();
		}
		return new TierDecision(tier, (tier == byValue) ? valueReason : reason + "（" + valueReason + "）", ltv);
	}

	private CustomerTier byValue(long ltv) {
		if (ltv >= this.tiers.highTouchMin()) {
			return CustomerTier.HIGH_TOUCH;
		}
		return (ltv >= this.tiers.lowTouchMin()) ? CustomerTier.LOW_TOUCH : CustomerTier.TECH_TOUCH;
	}

	private String valueReason(Ltv ltv, Customer customer, CustomerTier tier) {
		String value = "LTV " + ltv.value().format();
		if (ltv.marginApplied()) {
			value += "（粗利率 " + customer.grossMargin().movePointRight(2).stripTrailingZeros().toPlainString() + "%）";
		}
		String comparison = switch (tier) {
			case HIGH_TOUCH -> " ≥ " + Yen.of(this.tiers.highTouchMin()).format();
			case LOW_TOUCH -> " ≥ " + Yen.of(this.tiers.lowTouchMin()).format();
			case TECH_TOUCH -> " < " + Yen.of(this.tiers.lowTouchMin()).format();
		};
		return value + comparison + " → " + tier.label();
	}

}
