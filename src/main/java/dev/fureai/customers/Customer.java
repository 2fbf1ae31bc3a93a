package dev.fureai.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A customer as the directory knows them. Decimals are kept in one canonical form so that
 * the same data read back from the database or from a CSV file compares equal (which is
 * what makes a re-import change nothing).
 *
 * @param id the JWT {@code sub}
 * @param name the contact's name
 * @param company the company
 * @param averageOrderValue average order value (平均購買単価)
 * @param purchasesPerYear purchases per year (購買頻度), may be fractional
 * @param retentionYears expected retention in years (継続期間), may be fractional
 * @param grossMargin gross margin (粗利率) as a fraction in (0, 1], or {@code null}
 * @param plan the plan name, empty when unknown
 * @param csm the assigned CSM's agent id, or {@code null}
 * @param strategicPartner whether the account is a strategic partner
 * @param onboardingUntil the last day of the onboarding period, or {@code null}
 * @param attributes free attributes, sorted by name
 */
public record Customer(CustomerId id, String name, String company, Yen averageOrderValue, BigDecimal purchasesPerYear,
		BigDecimal retentionYears, BigDecimal grossMargin, String plan, String csm, boolean strategicPartner,
		LocalDate onboardingUntil, Map<String, String> attributes) {

	public Customer {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(averageOrderValue, "averageOrderValue");
		name = Objects.requireNonNullElse(name, "");
		company = Objects.requireNonNullElse(company, "");
		plan = Objects.requireNonNullElse(plan, "");
		purchasesPerYear = canonical(nonNegative(purchasesPerYear, "purchasesPerYear"));
		retentionYears = canonical(nonNegative(retentionYears, "retentionYears"));
		if (grossMargin != null && (grossMargin.signum() <= 0 || grossMargin.compareTo(BigDecimal.ONE) > 0)) {
			throw new IllegalArgumentException("粗利率は0より大きく1以下です (gross margin must be in (0, 1])");
		}
		grossMargin = (grossMargin != null) ? canonical(grossMargin) : null;
		csm = (csm == null || csm.isBlank()) ? null : csm;
		attributes = java.util.Collections.unmodifiableMap(new TreeMap<>((attributes != null) ? attributes : Map.of()));
	}

	public Optional<BigDecimal> margin() {
		return Optional.ofNullable(this.grossMargin);
	}

	public Optional<String> assignedCsm() {
		return Optional.ofNullable(this.csm);
	}

	public Optional<LocalDate> onboarding() {
		return Optional.ofNullable(this.onboardingUntil);
	}

	private static BigDecimal nonNegative(BigDecimal value, String field) {
		Objects.requireNonNull(value, field);
		if (value.signum() < 0) {
			throw new IllegalArgumentException(field + " は0以上です (negative " + field + ")");
		}
		return value;
	}

	private static BigDecimal canonical(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
