package dev.fureai.routing;

import java.time.LocalDate;
import java.util.Optional;

import dev.fureai.customers.Customer;
import dev.fureai.customers.Yen;

/**
 * Decides a customer's tier: LTV against the cut-offs, then the overrides, which only
 * ever raise a tier. Pure: the date comes from the caller. Every reason is written in
 * Japanese and in English, for CSMs who read either.
 */
final class TierRules {

	private final RoutingProperties.Tiers tiers;

	private final boolean includeMargin;

	TierRules(RoutingProperties properties) {
		this.tiers = properties.tiers();
		this.includeMargin = properties.ltv().includeMargin();
	}

	static TierDecision anonymous() {
		return new TierDecision(CustomerTier.TECH_TOUCH, "匿名の訪問者 → " + CustomerTier.TECH_TOUCH.label(),
				"anonymous visitor → " + english(CustomerTier.TECH_TOUCH), null);
	}

	static TierDecision unknown() {
		return new TierDecision(CustomerTier.TECH_TOUCH, "顧客名簿にない顧客 → " + CustomerTier.TECH_TOUCH.label(),
				"customer not in the directory → " + english(CustomerTier.TECH_TOUCH), null);
	}

	TierDecision decide(Optional<Customer> customer, LocalDate today) {
		return customer.map((c) -> decide(c, today)).orElseGet(TierRules::unknown);
	}

	TierDecision decide(Customer customer, LocalDate today) {
		Ltv ltv = Ltv.of(customer, this.includeMargin);
		CustomerTier byValue = byValue(ltv.yen());
		Reason valueReason = valueReason(ltv, customer, byValue);
		CustomerTier tier = byValue;
		Reason reason = valueReason;
		if (customer.strategicPartner() && this.tiers.strategicPartnerTier().isAbove(tier)) {
			tier = this.tiers.strategicPartnerTier();
			reason = new Reason("戦略パートナー → " + tier.label(), "strategic partner → " + english(tier));
		}
		LocalDate onboarding = customer.onboardingUntil();
		if (onboarding != null && !today.isAfter(onboarding) && this.tiers.onboardingTier().isAbove(tier)) {
			tier = this.tiers.onboardingTier();
			reason = new Reason("オンボーディング期間中（" + onboarding + "まで）→ " + tier.label(),
					"onboarding until " + onboarding + " → " + english(tier));
		}
		if (tier == byValue) {
			return new TierDecision(tier, valueReason.ja(), valueReason.en(), ltv);
		}
		// an override still shows the value it overrode
		return new TierDecision(tier, reason.ja() + "（" + valueReason.ja() + "）",
				reason.en() + " (" + valueReason.en() + ")", ltv);
	}

	private CustomerTier byValue(long ltv) {
		if (ltv >= this.tiers.highTouchMin()) {
			return CustomerTier.HIGH_TOUCH;
		}
		return (ltv >= this.tiers.lowTouchMin()) ? CustomerTier.LOW_TOUCH : CustomerTier.TECH_TOUCH;
	}

	private Reason valueReason(Ltv ltv, Customer customer, CustomerTier tier) {
		String value = "LTV " + ltv.value().format();
		String ja = value;
		String en = value;
		if (ltv.marginApplied()) {
			String margin = customer.grossMargin().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
			ja += "（粗利率 " + margin + "）";
			en += " (gross margin " + margin + ")";
		}
		String comparison = switch (tier) {
			case HIGH_TOUCH -> " ≥ " + Yen.of(this.tiers.highTouchMin()).format();
			case LOW_TOUCH -> " ≥ " + Yen.of(this.tiers.lowTouchMin()).format();
			case TECH_TOUCH -> " < " + Yen.of(this.tiers.lowTouchMin()).format();
		};
		return new Reason(ja + comparison + " → " + tier.label(), en + comparison + " → " + english(tier));
	}

	/**
	 * How the tiers are named inside an English reason (the migration that gave old
	 * reasons their English, {@code V28}, names them the same).
	 */
	private static String english(CustomerTier tier) {
		return switch (tier) {
			case HIGH_TOUCH -> "high touch";
			case LOW_TOUCH -> "low touch";
			case TECH_TOUCH -> "tech touch";
		};
	}

	/**
	 * One reason said twice: built side by side, so the two never say different things.
	 */
	private record Reason(String ja, String en) {
	}

}
