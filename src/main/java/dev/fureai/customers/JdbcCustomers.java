package dev.fureai.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory in the database. Writes compare with what is stored first, so that an
 * unchanged customer is neither rewritten nor announced.
 */
@Repository
class JdbcCustomers implements Customers {

	private static final String SELECT = """
			select id, name, company, average_order_value, purchases_per_year, retention_years, gross_margin,
			plan_name, csm, strategic_partner, onboarding_until from customer""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Autowired
	JdbcCustomers(JdbcClient jdbc, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this(jdbc, events, clock.getIfAvailable(Clock::systemUTC));
	}

	JdbcCustomers(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Customer> find(CustomerId id) {
		return this.jdbc.sql(SELECT + " where id = ?")
			.param(id.value())
			.query((rs, n) -> map(rs, attributes(id.value())))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Customer> findAll() {
		Map<String, Map<String, String>> attributes = new HashMap<>();
		this.jdbc.sql("select customer_id, attr_name, attr_value from customer_attribute").query((rs) -> {
			attributes.computeIfAbsent(rs.getString(1), (k) -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
		});
		return this.jdbc.sql(SELECT + " order by id")
			.query((rs, n) -> map(rs, attributes.getOrDefault(rs.getString("id"), Map.of())))
			.list();
	}

	@Transactional
	UpsertResult upsert(Customer customer) {
		Optional<Customer> stored = find(customer.id());
		if (stored.isPresent() && stored.get().equals(customer)) {
			return UpsertResult.UNCHANGED;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		if (stored.isEmpty()) {
			this.jdbc.sql("""
					insert into customer (name, company, average_order_value, purchases_per_year, retention_years,
					gross_margin, plan_name, csm, strategic_partner, onboarding_until, created_at, updated_at, id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values(customer, now, now)).update();
		}
		else {
			this.jdbc.sql("""
					update customer set name = ?, company = ?, average_order_value = ?, purchases_per_year = ?,
					retention_years = ?, gross_margin = ?, plan_name = ?, csm = ?, strategic_partner = ?,
					onboarding_until = ?, updated_at = ? where id = ?""").params(values(customer, null, now)).update();
			this.jdbc.sql("delete from customer_attribute where customer_id = ?").param(customer.id().value()).update();
		}
		customer.attributes()
			.forEach((name, value) -> this.jdbc
				.sql("insert into customer_attribute (customer_id, attr_name, attr_value) values (?, ?, ?)")
				.params(customer.id().value(), name, value)
				.update());
		this.events.publishEvent(new CustomerChanged(customer, stored.isEmpty()));
		return stored.isEmpty() ? UpsertResult.CREATED : UpsertResult.UPDATED;
	}

	private static List<Object> values(Customer c, OffsetDateTime created, OffsetDateTime updated) {
		List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(c.name(), c.company(),
				c.averageOrderValue().amount(), c.purchasesPerYear(), c.retentionYears(), c.grossMargin(), c.plan(),
				c.csm(), c.strategicPartner(), c.onboardingUntil()));
		if (created != null) {
			values.add(created);
		}
		values.add(updated);
		values.add(c.id().value());
		return values;
	}

	private Map<String, String> attributes(String id) {
		Map<String, String> attributes = new HashMap<>();
		this.jdbc.sql("select attr_name, attr_value from customer_attribute where customer_id = ?")
			.param(id)
			.query((rs) -> {
				attributes.put(rs.getString(1), rs.getString(2));
			});
		return attributes;
	}

	private static Customer map(ResultSet rs, Map<String, String> attributes) throws SQLException {
		java.sql.Date onboarding = rs.getDate("onboarding_until");
		return new Customer(CustomerId.of(rs.getString("id")), rs.getString("name"), rs.getString("company"),
				Yen.of(rs.getLong("average_order_value")), rs.getBigDecimal("purchases_per_year"),
				rs.getBigDecimal("retention_years"), rs.getBigDecimal("gross_margin"), rs.getString("plan_name"),
				rs.getString("csm"), rs.getBoolean("strategic_partner"),
				(onboarding != null) ? onboarding.toLocalDate() : null, attributes);
	}

}
