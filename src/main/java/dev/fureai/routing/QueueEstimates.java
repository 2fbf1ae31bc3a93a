package dev.fureai.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

	/**
	 * Where every waiting customer of the pool stands, in queue order: one read of the
	 * pool and one of its handling times, whatever its length (a queue update tells them
	 * all, so asking per customer would read the pool once per customer).
	 */
	List<QueueStatus> statuses(QueuePool pool) {
		Instant now = this.clock.instant();
		boolean open = this.calendar.isOpen(now);
		Duration handling = handlingTime(pool);
		List<Escalation> waiting = this.escalations.waiting(pool);
		List<QueueStatus> statuses = new ArrayList<>(waiting.size());
		for (int i = 0; i < waiting.size(); i++) {
			statuses.add(waiting(waiting.get(i), i + 1, handling, now, open));
		}
		return statuses;
	}

	QueueStatus status(Escalation escalation) {
		Instant now = this.clock.instant();
		boolean open = this.calendar.isOpen(now);
		if (escalation.status() != EscalationStatus.WAITING) {
			return new QueueStatus(escalation, 0, Duration.ZERO, now, open,
					CustomerMessages.status(escalation, 0, Duration.ZERO, now, open, this.calendar),
					this.calendar.settings().zone());
		}
		List<Escalation> waiting = this.escalations.waiting(escalation.pool());
		int position = 1 + (int) waiting.stream().takeWhile((e) -> !e.id().equals(escalation.id())).count();
		return waiting(escalation, position, handlingTime(escalation.pool()), now, open);
	}

	private QueueStatus waiting(Escalation escalation, int position, Duration handling, Instant now, boolean open) {
		Duration wait = estimate(escalation.pool(), position, handling);
		Instant expectedBy = this.calendar.plusWorkingTime(now, wait);
		return new QueueStatus(escalation, position, wait, expectedBy, open,
				CustomerMessages.status(escalation, position, wait, expectedBy, open, this.calendar),
				this.calendar.settings().zone());
	}

	Duration estimate(QueuePool pool, int position) {
		return estimate(pool, position, handlingTime(pool));
	}

	private Duration estimate(QueuePool pool, int position, Duration handling) {
		int agents = Math.max(1, this.presence.get().onlineIn(pool));
		return handling.multipliedBy((position + agents - 1) / agents);
	}

	private Duration handlingTime(QueuePool pool) {
		List<Duration> recent = this.escalations.recentHandlingTimes(pool, this.queue.recentHandlings());
		return recent.isEmpty() ? this.queue.defaultHandlingTime() : median(recent);
	}

	static Duration median(List<Duration> durations) {
		List<Duration> sorted = durations.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
	}

}
