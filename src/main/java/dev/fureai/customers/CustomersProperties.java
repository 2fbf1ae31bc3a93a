package dev.fureai.customers;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Customer directory settings ({@code fureai.customers.*}).
 *
 * @param importLocation {@code fureai.customers.import}: a CSV file imported at every
 * startup (a file path, or {@code classpath:…}); empty = none. Importing is idempotent,
 * so restarting with the same file changes nothing.
 * @param knownAgents agent ids a customer's {@code csm} may name; any other is rejected.
 * Stands in for the agents module's directory until it exists.
 */
@ConfigurationProperties("fureai.customers")
public record CustomersProperties(@Name("import") @DefaultValue("") String importLocation,
		@DefaultValue List<String> knownAgents) {

	public Set<String> knownAgentIds() {
		return Set.copyOf(this.knownAgents);
	}

}
