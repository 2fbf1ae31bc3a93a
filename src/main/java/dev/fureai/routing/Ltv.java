package dev.fureai.routing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.fureai.customers.Customer;
import dev.fureai.customers.Yen;

/**
 * Customer lifetime value (顧客生涯価値): average order value × purchases per year × retention
 * years, times gross margin when the formula includes it and the customer has one.
 * Rounded down to whole yen.
 *
 * @param value the value
 * @param marginApplied whether gross margin was part of it
 */
public record Ltv(Yen value, boolean marginApplied) {

	public static Ltv of(Customer customer, boolean includeMargin) {
		BigDecimal ltv = BigDecimal.valueOf(customer.averageOrderValue().amount())
			.multiply(customer.purchasesPerYear())
			.multiply(customer.retentionYears());
		boolean margin = includeMargin && customer.margin().isPresent();
		if (margin) {
			ltv = ltv.multiply(customer.grossMargin());
		}
		BigDecimal whole = ltv.setScale(0, RoundingMode.DOWN);
		long yen = (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) ? Long.MAX_VALUE : whole.longValue();
		return new Ltv(Yen.of(yen), margin);
	}

	public long yen() {
		return this.value.amount();
	}

}
