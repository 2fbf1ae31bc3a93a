package dev.fureai.routing;

import java.time.LocalDate;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.fureai.customers.Customer;

import static dev.fureai.routing.TestSettings.customer;
import static dev.fureai.routing.TestSettings.onboardingUntil;
import static dev.fureai.routing.TestSettings.routing;
import static dev.fureai.routing.TestSettings.strategic;
import static dev.fureai.routing.TestSettings.withMargin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TierRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private final TierRules rules = new TierRules(routing());

	@Test
	void defaultsAreTheDocumentedOnes() {
		RoutingProperties defaults = routing();
		assertThat(defaults.tiers().highTouchMin()).isEqualTo(10_000_000);
		assertThat(defaults.tiers().lowTouchMin()).isEqualTo(1_000_000);
		assertThat(defaults.tiers().recomputeInterval()).isEqualTo(Duration.ofHours(1));
		assertThat(defaults.ltv().includeMargin()).isFalse();
		assertThat(defaults.calendar().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
		assertThat(defaults.sla().highTouch()).isEqualTo(Duration.ofMinutes(5));
		assertThat(defaults.triggers().failuresInARow()).isEqualTo(2);
	}

	@Test
	void ltvIsOrderValueTimesFrequencyTimesRetention() {
		Customer c = customer("a", 350_000, "12", "3");
		assertThat(Ltv.of(c, false).yen()).isEqualTo(12_600_000);
		assertThat(Ltv.of(c, true).yen()).as("no margin known: the formula without it").isEqualTo(12_600_000);
		assertThat(Ltv.of(withMargin(c, "0.6"), true)).isEqualTo(new Ltv(dev.fureai.customers.Yen.of(7_560_000), true));
		assertThat(Ltv.of(withMargin(c, "0.6"), false).yen()).isEqualTo(12_600_000);
		assertThat(Ltv.of(customer("b", 999, "0.5", "1.5"), false).yen()).as("rounded down").isEqualTo(749);
	}

	@Test
	void cutOffsAreInclusiveToTheYen() {
		assertThat(tierOf(10_000_000)).isEqualTo(CustomerTier.HIGH_TOUCH);
		assertThat(tierOf(9_999_999)).isEqualTo(CustomerTier.LOW_TOUCH);
		assertThat(tierOf(10_000_001)).isEqualTo(CustomerTier.HIGH_TOUCH);
		assertThat(tierOf(1_000_000)).isEqualTo(CustomerTier.LOW_TOUCH);
		assertThat(tierOf(999_999)).isEqualTo(CustomerTier.TECH_TOUCH);
		assertThat(tierOf(0)).isEqualTo(CustomerTier.TECH_TOUCH);
	}

	@Test
	void cutOffsAreConfiguration() {
		TierRules strict = new TierRules(routing("tiers.high-touch-min=50000000", "tiers.low-touch-min=5000000"));
		assertThat(strict.decide(customer("a", 350_000, "12", "3"), TODAY).tier()).isEqualTo(CustomerTier.LOW_TOUCH);
		assertThatThrownBy(() -> routing("tiers.high-touch-min=1", "tiers.low-touch-min=2"))
			.hasRootCauseInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyDecisionSaysWhy() {
		assertThat(this.rules.decide(customer("a", 350_000, "12", "3"), TODAY).reason())
			.isEqualTo("LTV ¥12,600,000 ≥ ¥10,000,000 → ハイタッチ");
		assertThat(this.rules.decide(customer("a", 50_000, "12", "3"), TODAY).reason())
			.isEqualTo("LTV ¥1,800,000 ≥ ¥1,000,000 → ロータッチ");
		assertThat(this.rules.decide(customer("a", 5_000, "12", "3"), TODAY).reason())
			.isEqualTo("LTV ¥180,000 < ¥1,000,000 → テックタッチ");
		TierRules withMargin = new TierRules(routing("ltv.include-margin=true"));
		assertThat(withMargin.decide(withMargin(customer("a", 350_000, "12", "3"), "0.6"), TODAY).reason())
			.isEqualTo("LTV ¥7,560,000（粗利率 60%） ≥ ¥1,000,000 → ロータッチ");
		assertThat(TierRules.anonymous().reason()).isEqualTo("匿名の訪問者 → テックタッチ");
		assertThat(this.rules.decide(Optional.empty(), TODAY).tier()).isEqualTo(CustomerTier.TECH_TOUCH);
	}

	@Test
	void strategicPartnersAreHighTouchWhateverTheirValue() {
		TierDecision decision = this.rules.decide(strategic(customer("p", 20_000, "12", "2")), TODAY);
		assertThat(decision.tier()).isEqualTo(CustomerTier.HIGH_TOUCH);
		assertThat(decision.reason()).isEqualTo("戦略パートナー → ハイタッチ（LTV ¥480,000 < ¥1,000,000 → テックタッチ）");
		TierRules lowPartners = new TierRules(routing("tiers.strategic-partner-tier=LOW_TOUCH"));
		assertThat(lowPartners.decide(strategic(customer("p", 20_000, "12", "2")), TODAY).tier())
			.isEqualTo(CustomerTier.LOW_TOUCH);
		assertThat(lowPartners.decide(strategic(customer("p", 350_000, "12", "3")), TODAY).tier())
			.as("an override never lowers a tier")
			.isEqualTo(CustomerTier.HIGH_TOUCH);
	}

	@Test
	void onboardingRaisesTheTierUntilItsLastDay() {
		Customer onboarding = onboardingUntil(customer("o", 30_000, "12", "2"), LocalDate.of(2027, 1, 31));
		TierDecision during = this.rules.decide(onboarding, LocalDate.of(2027, 1, 31));
		assertThat(during.tier()).isEqualTo(CustomerTier.HIGH_TOUCH);
		assertThat(during.reason()).startsWith("オンボーディング期間中（2027-01-31まで）→ ハイタッチ");
		assertThat(this.rules.decide(onboarding, LocalDate.of(2027, 2, 1)).tier()).isEqualTo(CustomerTier.TECH_TOUCH);
		TierRules lowOnboarding = new TierRules(routing("tiers.onboarding-tier=LOW_TOUCH"));
		assertThat(lowOnboarding.decide(onboarding, TODAY).tier()).isEqualTo(CustomerTier.LOW_TOUCH);
	}

	@Test
	void everyKindOfReasonIsAlsoWrittenInEnglish() {
		assertThat(this.rules.decide(customer("a", 350_000, "12", "3"), TODAY).reasonEn())
			.isEqualTo("LTV ¥12,600,000 ≥ ¥10,000,000 → high touch");
		assertThat(this.rules.decide(customer("a", 50_000, "12", "3"), TODAY).reasonEn())
			.isEqualTo("LTV ¥1,800,000 ≥ ¥1,000,000 → low touch");
		assertThat(this.rules.decide(customer("a", 5_000, "12", "3"), TODAY).reasonEn())
			.isEqualTo("LTV ¥180,000 < ¥1,000,000 → tech touch");
		TierRules withMargin = new TierRules(routing("ltv.include-margin=true"));
		assertThat(withMargin.decide(withMargin(customer("a", 350_000, "12", "3"), "0.6"), TODAY).reasonEn())
			.isEqualTo("LTV ¥7,560,000 (gross margin 60%) ≥ ¥1,000,000 → low touch");
		assertThat(this.rules.decide(strategic(customer("p", 20_000, "12", "2")), TODAY).reasonEn())
			.isEqualTo("strategic partner → high touch (LTV ¥480,000 < ¥1,000,000 → tech touch)");
		Customer onboarding = onboardingUntil(customer("o", 30_000, "12", "2"), LocalDate.of(2027, 1, 31));
		assertThat(this.rules.decide(onboarding, TODAY).reasonEn())
			.isEqualTo("onboarding until 2027-01-31 → high touch (LTV ¥720,000 < ¥1,000,000 → tech touch)");
		assertThat(new TierRules(routing("tiers.onboarding-tier=LOW_TOUCH")).decide(onboarding, TODAY).reasonEn())
			.isEqualTo("onboarding until 2027-01-31 → low touch (LTV ¥720,000 < ¥1,000,000 → tech touch)");
		assertThat(TierRules.anonymous().reasonEn()).isEqualTo("anonymous visitor → tech touch");
		assertThat(TierRules.unknown().reasonEn()).isEqualTo("customer not in the directory → tech touch");
		assertThat(oneOfEachKind()).allSatisfy((decision) -> assertThat(decision.reasonEn()).as(decision.reason())
			.doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}（）]"));
	}

	/**
	 * A decision of every kind TierRules makes, each of its own customer: by value in
	 * each tier, with margin, each override (over a margin too), anonymous and unknown.
	 */
	static List<TierDecision> oneOfEachKind() {
		TierRules rules = new TierRules(routing());
		TierRules withMargin = new TierRules(routing("ltv.include-margin=true"));
		Customer margined = withMargin(customer("m", 350_000, "12", "3"), "0.6");
		return List.of(rules.decide(customer("h", 350_000, "12", "3"), TODAY),
				rules.decide(customer("l", 50_000, "12", "3"), TODAY),
				rules.decide(customer("t", 5_000, "12", "3"), TODAY), withMargin.decide(margined, TODAY),
				rules.decide(strategic(customer("p", 20_000, "12", "2")), TODAY),
				rules.decide(onboardingUntil(customer("o", 30_000, "12", "2"), LocalDate.of(2027, 1, 31)), TODAY),
				withMargin.decide(onboardingUntil(withMargin(customer("om", 20_000, "12", "2"), "0.35"),
						LocalDate.of(2027, 1, 31)), TODAY),
				TierRules.anonymous(), TierRules.unknown());
	}

	private CustomerTier tierOf(long ltv) {
		return this.rules.decide(customer("c", ltv, "1", "1"), TODAY).tier();
	}

}
