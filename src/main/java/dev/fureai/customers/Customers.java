package dev.fureai.customers;

import java.util.List;
import java.util.Optional;

/**
 * The customer directory, read side. Changes come from the CSV import and the admin API
 * and are announced with {@link CustomerChanged}.
 */
public interface Customers {

	Optional<Customer> find(CustomerId id);

	/** Every customer, ordered by id. */
	List<Customer> findAll();

}
