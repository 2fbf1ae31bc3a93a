package dev.fureai.routing;

import java.util.Optional;

/**
 * A customer's tier and why, in words a CSM can check ("LTV ¥12,600,000 ≥ ¥10,000,000 →
 * ハイタッチ").
 *
 * @param tier the tier
 * @param reason the reason, in Japanese
 * @param reasonEn the same reason in English ("LTV ¥12,600,000 ≥ ¥10,000,000 → high
 * touch")
 * @param ltv the LTV, or {@code null} for anonymous visitors and unknown customers
 */
public record TierDecision(CustomerTier tier, String reason, String reasonEn, Ltv ltv) {

	public Optional<Ltv> lifetimeValue() {
		return Optional.ofNullable(this.ltv);
	}

	/** The LTV in yen, 0 when unknown: for ordering queues. */
	long ltvYen() {
		return (this.ltv != null) ? this.ltv.yen() : 0;
	}

}
