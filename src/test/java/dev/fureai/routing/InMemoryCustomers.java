package dev.fureai.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import dev.fureai.customers.Customer;
import dev.fureai.customers.CustomerId;
import dev.fureai.customers.Customers;

/**
 * A directory for routing's own tests (the customers module's JDBC directory is
 * package-private there; the Spring test below uses the real one).
 */
final class InMemoryCustomers implements Customers {

	private final Map<CustomerId, Customer> customers = new ConcurrentHashMap<>();

	InMemoryCustomers add(Customer customer) {
		this.customers.put(customer.id(), customer);
		return this;
	}

	@Override
	public Optional<Customer> find(CustomerId id) {
		return Optional.ofNullable(this.customers.get(id));
	}

	@Override
	public List<Customer> findAll() {
		return List.copyOf(new TreeMap<>(this.customers).values());
	}

}
