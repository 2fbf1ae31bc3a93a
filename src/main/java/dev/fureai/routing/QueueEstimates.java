package dev.fureai.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Position and expected wait: the median of recent handling times (claim to resolve) in
 * the pool, or {@code default-handling-time} before there is any, once per "round" of the
 * agents online (⌈position ÷ agents⌉ rounds); counted in working time, so outside
 * business hours the expected answer lies after the next opening.
 */
@Component
class QueueEstimates {

	private final JdbcEscalations escalations;

	private final Presence presence;

	private final RoutingProperties.Queue queue;

	private final BusinessCalendar calendar;

	private final Clock clock;

	QueueEstimates(JdbcEscalations escalations, Presence presence, RoutingProperties properties, RoutingClock clock) {
		this.escalations = escalations;
		this.presence = presence;
		this.queue = properties.queue();
		this.calendar = new BusinessCalendar(properties.calendar());
		this.clock = clock.clock();
	}

	QueueStatus status(Escalation escalation) {
		Instant now = this.clock.instant();
		boolean open = this.calendar.isOpen(now);
		if (escalation.status() != EscalationStatus.WAITING) {
			return new QueueStatus(escalation, 0, Duration.ZERO, now, open,
					CustomerMessages.status(escalation, 0, Duration.ZERO, now, open, this.calendar));
		}
		List<Escalation> waiting = this.escalations.waiting(escalation.pool());
		int position = 1 + (int) waiting.stream().takeWhile((e) -> !e.id().equals(escalation.id())).count();
		Duration wait = estimate(escalation.pool(), position);
		Instant expectedBy = this.calendar.plusWorkingTime(now, wait);
		return new QueueStatus(escalation, position, wait, expectedBy, open,
				CustomerMessages.status(escalation, position, wait, expectedBy, open, this.calendar));
	}

	Duration estimate(QueuePool pool, int position) {
		List<Duration> recent = this.escalations.recentHandlingTimes(pool, this.queue.recentHandlings());
		Duration handling = recent.isEmpty() ? this.queue.defaultHandlingTime() : median(recent);
		int agents = Math.max(1, this.presence.get().onlineIn(pool));
		return handling.multipliedBy((position + agents - 1) / agents);
	}

	static Duration median(List<Duration> durations) {
		List<Duration> sorted = durations.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
	}

}
