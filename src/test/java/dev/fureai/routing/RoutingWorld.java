package dev.fureai.routing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import dev.fureai.content.Articles;

/**
 * Routing wired by hand on a real database, with a clock and a presence the test
 * controls, recording every published event. The database can be switched off.
 */
final class RoutingWorld {

	final TestClock clock;

	final List<Object> events = new CopyOnWriteArrayList<>();

	final InMemoryCustomers customers = new InMemoryCustomers();

	final SwitchableDataSource dataSource;

	final JdbcEscalations escalations;

	final TierRecords tierRecords;

	final LiveTiers tiers;

	final ChurnSignals churnSignals;

	final QueueEstimates estimates;

	final EscalationDesk desk;

	RoutingWorld(DataSource dataSource, Instant now, RoutingProperties properties, AgentPresence presence) {
		this.clock = new TestClock(now);
		this.dataSource = new SwitchableDataSource(dataSource);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("clock", this.clock);
		beans.addBean("presence", presence);
		RoutingClock routingClock = new RoutingClock(beans.getBeanProvider(Clock.class));
		Presence presences = new Presence(beans.getBeanProvider(AgentPresence.class));
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		this.escalations = new JdbcEscalations(jdbc, this.events::add, routingClock, properties);
		this.tierRecords = new TierRecords(jdbc, this.events::add);
		this.tiers = new LiveTiers(this.customers, this.tierRecords, properties, routingClock);
		this.churnSignals = new ChurnSignals(jdbc, this.events::add, routingClock);
		this.estimates = new QueueEstimates(this.escalations, presences, properties, routingClock);
		this.desk = new EscalationDesk(this.tiers, this.customers, this.escalations, this.churnSignals, this.estimates,
				presences, beans.getBeanProvider(Articles.class), properties, routingClock);
	}

	<T> List<T> events(Class<T> type) {
		return this.events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * A data source that refuses connections while "down", as a stopped database does.
	 */
	static final class SwitchableDataSource extends DelegatingDataSource {

		private volatile boolean down;

		SwitchableDataSource(DataSource target) {
			super(target);
		}

		void down(boolean down) {
			this.down = down;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (this.down) {
				throw new SQLException("Connection refused (test: database down)", "08001");
			}
			return super.getConnection();
		}

	}

}
