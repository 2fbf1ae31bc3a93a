package dev.fureai.routing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.fureai.customers.Customer;
import dev.fureai.customers.CustomerId;
import dev.fureai.customers.Yen;

/**
 * Routing settings bound the way Spring binds them (so the documented defaults are the
 * ones under test), with some keys overridden.
 */
final class TestSettings {

	private TestSettings() {
	}

	static RoutingProperties routing(String... keyValues) {
		Map<String, String> map = new HashMap<>();
		for (String keyValue : keyValues) {
			int eq = keyValue.indexOf('=');
			map.put("fureai.routing." + keyValue.substring(0, eq), keyValue.substring(eq + 1));
		}
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("fureai.routing",
				RoutingProperties.class);
	}

	static Customer customer(String id, long aov, String perYear, String years) {
		return new Customer(CustomerId.of(id), id, id + " 株式会社", Yen.of(aov), new BigDecimal(perYear),
				new BigDecimal(years), null, "", null, false, null, Map.of());
	}

	static Customer withMargin(Customer c, String margin) {
		return new Customer(c.id(), c.name(), c.company(), c.averageOrderValue(), c.purchasesPerYear(),
				c.retentionYears(), new BigDecimal(margin), c.plan(), c.csm(), c.strategicPartner(),
				c.onboardingUntil(), c.attributes());
	}

	static Customer strategic(Customer c) {
		return new Customer(c.id(), c.name(), c.company(), c.averageOrderValue(), c.purchasesPerYear(),
				c.retentionYears(), c.grossMargin(), c.plan(), c.csm(), true, c.onboardingUntil(), c.attributes());
	}

	static Customer onboardingUntil(Customer c, LocalDate until) {
		return new Customer(c.id(), c.name(), c.company(), c.averageOrderValue(), c.purchasesPerYear(),
				c.retentionYears(), c.grossMargin(), c.plan(), c.csm(), c.strategicPartner(), until, c.attributes());
	}

	static Customer withCsm(Customer c, String csm) {
		return new Customer(c.id(), c.name(), c.company(), c.averageOrderValue(), c.purchasesPerYear(),
				c.retentionYears(), c.grossMargin(), c.plan(), csm, c.strategicPartner(), c.onboardingUntil(),
				c.attributes());
	}

}
