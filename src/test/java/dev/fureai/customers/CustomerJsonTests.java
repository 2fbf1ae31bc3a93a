package dev.fureai.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers travel as JSON in the admin API and inside events stored by the event
 * publication registry: ids and amounts are plain values, and they come back equal.
 */
class CustomerJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void idsAndAmountsArePlainValuesAndRoundTrip() {
		Customer customer = new Customer(CustomerId.of("demo-high"), "高橋 誠", "高橋製作所", Yen.of(350_000),
				new BigDecimal("12"), new BigDecimal("3"), new BigDecimal("0.6"), "エンタープライズ", "csm-sato", false,
				LocalDate.of(2027, 1, 31), Map.of("industry", "製造"));
		String text = this.json.writeValueAsString(new CustomerChanged(customer, true));
		assertThat(text).contains("\"id\":\"demo-high\"", "\"averageOrderValue\":350000");
		assertThat(this.json.readValue(text, CustomerChanged.class)).isEqualTo(new CustomerChanged(customer, true));
	}

}
