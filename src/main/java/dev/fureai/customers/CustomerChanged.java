package dev.fureai.customers;

/**
 * Published (in the transaction that stored it) when a customer was created or their data
 * really changed; a re-import of identical data publishes nothing.
 *
 * @param customer the customer as stored now
 * @param created whether the customer is new
 */
public record CustomerChanged(Customer customer, boolean created) {

	public CustomerId id() {
		return this.customer.id();
	}

}
