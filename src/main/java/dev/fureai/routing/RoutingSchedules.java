package dev.fureai.routing;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The routing module's periodic work, at the configured intervals (each first run one
 * interval after startup): tier recomputation, SLA breaches, abandonment, and retrying
 * escalations the database refused. A failing run (database down) is logged and the next
 * one tries again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RoutingSchedules implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(RoutingSchedules.class);

	private final RoutingProperties properties;

	private final TierRecomputation tiers;

	private final JdbcEscalations escalations;

	private final EscalationDesk desk;

	RoutingSchedules(RoutingProperties properties, TierRecomputation tiers, JdbcEscalations escalations,
			EscalationDesk desk) {
		this.properties = properties;
		this.tiers = tiers;
		this.escalations = escalations;
		this.desk = desk;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		every(registrar, this.properties.tiers().recomputeInterval(), "tier recomputation", this.tiers::recomputeAll);
		Duration check = this.properties.sla().checkInterval();
		every(registrar, check, "SLA check", this.escalations::markBreaches);
		every(registrar, check, "abandonment", this.desk::abandonLeft);
		every(registrar, check, "escalation retry", this.desk::retryPending);
	}

	private static void every(ScheduledTaskRegistrar registrar, Duration interval, String name, Runnable task) {
		registrar.addFixedDelayTask(new FixedDelayTask(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				logger.warn("Routing {} failed, will run again in {}: {}", name, interval, ex.getMessage());
			}
		}, interval, interval));
	}

}
