package dev.fureai.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CustomerFieldsTests {

	private final CustomerFields fields = new CustomerFields(Set.of("csm-sato"));

	@Test
	void readsEveryFieldWrittenTheWaysPeopleWriteThem() {
		CustomerFields.Parsed parsed = this.fields.parse(2,
				row("id", "acme", "average_order_value", "¥1,200,000", "purchases_per_year", "１２", "retention_years",
						"2.50", "gross_margin", "35%", "csm", "csm-sato", "strategic_partner", "はい", "onboarding_until",
						"2027/01/31", "attr.industry", " 製造 "));
		assertThat(parsed.problems()).isEmpty();
		Customer customer = parsed.customer();
		assertThat(customer.averageOrderValue()).isEqualTo(Yen.of(1_200_000));
		assertThat(customer.purchasesPerYear()).isEqualTo(new BigDecimal("12"));
		assertThat(customer.retentionYears()).isEqualTo(new BigDecimal("2.5"));
		assertThat(customer.grossMargin()).isEqualTo(new BigDecimal("0.35"));
		assertThat(customer.strategicPartner()).isTrue();
		assertThat(customer.onboardingUntil()).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(customer.attributes()).containsExactly(Map.entry("industry", "製造"));
	}

	@Test
	void reportsEveryProblemOfARowByLineAndField() {
		CustomerFields.Parsed parsed = this.fields.parse(7,
				row("id", "", "average_order_value", "-5", "purchases_per_year", "twelve", "retention_years", "",
						"gross_margin", "1.5", "csm", "csm-nobody", "strategic_partner", "maybe", "onboarding_until",
						"31.01.2027"));
		assertThat(parsed.ok()).isFalse();
		assertThat(parsed.problems()).allMatch((p) -> p.line() == 7)
			.extracting(RowProblem::field)
			.containsExactly("id", "average_order_value", "purchases_per_year", "retention_years", "gross_margin",
					"csm", "strategic_partner", "onboarding_until");
		assertThat(parsed.problems().get(1)).hasToString("7行目 average_order_value: 負の値は使えません（-5）");
		assertThat(parsed.problems().get(2).message()).isEqualTo("数値ではありません（twelve）");
		assertThat(parsed.problems().get(5).message()).contains("知らない担当者ID", "csm-nobody");
	}

	@Test
	void fractionalYenIsRejected() {
		assertThat(
				this.fields
					.parse(3,
							row("id", "a", "average_order_value", "10.5", "purchases_per_year", "1", "retention_years",
									"1"))
					.problems())
			.extracting(RowProblem::field)
			.containsExactly("average_order_value");
	}

	@Test
	void valueTypesValidateThemselves() {
		assertThatIllegalArgumentException().isThrownBy(() -> CustomerId.of(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> CustomerId.of("a b"));
		assertThatIllegalArgumentException().isThrownBy(() -> CustomerId.of("x".repeat(201)));
		assertThatIllegalArgumentException().isThrownBy(() -> Yen.of(-1));
		assertThat(Yen.of(12_600_000).format()).isEqualTo("¥12,600,000");
	}

	@Test
	void equalDataComparesEqualWhateverTheScale() {
		Customer a = this.fields
			.parse(2, row("id", "a", "average_order_value", "1", "purchases_per_year", "10", "retention_years", "3"))
			.customer();
		Customer b = new Customer(CustomerId.of("a"), null, null, Yen.of(1), new BigDecimal("10.0000"),
				new BigDecimal("3.0"), null, null, "", false, null, null);
		assertThat(a).isEqualTo(b);
		assertThat(b.purchasesPerYear().toPlainString()).isEqualTo("10");
	}

	private static Map<String, String> row(String... keyValues) {
		Map<String, String> row = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			row.put(keyValues[i], keyValues[i + 1]);
		}
		return new java.util.TreeMap<>(row);
	}

}
