package dev.fureai.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The team's working hours (default weekdays 9:00–18:00 Asia/Tokyo, minus holidays). SLA
 * deadlines and expected answer times count only working time: a 5-minute target at 17:58
 * on a Friday ends at 9:03 on Monday.
 */
final class BusinessCalendar {

	/** Nobody configures a year without a working day; if they do, stop looking. */
	private static final int MAX_DAYS = 400;

	private final RoutingProperties.Calendar calendar;

	private final Set<LocalDate> holidays;

	BusinessCalendar(RoutingProperties.Calendar calendar) {
		this.calendar = calendar;
		this.holidays = Set.copyOf(calendar.holidays());
	}

	boolean isOpen(Instant instant) {
		ZonedDateTime t = instant.atZone(this.calendar.zone());
		return workingDay(t.toLocalDate()) && !t.toLocalTime().isBefore(this.calendar.opens())
				&& t.toLocalTime().isBefore(this.calendar.closes());
	}

	/** The instant {@code duration} of working time after {@code start}. */
	Instant plusWorkingTime(Instant start, Duration duration) {
		ZonedDateTime t = start.atZone(this.calendar.zone());
		Duration remaining = duration;
		for (int day = 0; day < MAX_DAYS; day++) {
			LocalDate date = t.toLocalDate();
			ZonedDateTime open = date.atTime(this.calendar.opens()).atZone(this.calendar.zone());
			ZonedDateTime close = date.atTime(this.calendar.closes()).atZone(this.calendar.zone());
			if (workingDay(date) && t.isBefore(close)) {
				if (t.isBefore(open)) {
					t = open;
				}
				Duration available = Duration.between(t, close);
				if (remaining.compareTo(available) <= 0) {
					return t.plus(remaining).toInstant();
				}
				remaining = remaining.minus(available);
			}
			t = date.plusDays(1).atTime(this.calendar.opens()).atZone(this.calendar.zone());
		}
		return t.toInstant();
	}

	/** Now if open, else the next opening. */
	Instant nextOpening(Instant instant) {
		return plusWorkingTime(instant, Duration.ZERO);
	}

	RoutingProperties.Calendar settings() {
		return this.calendar;
	}

	private boolean workingDay(LocalDate date) {
		return this.calendar.days().contains(date.getDayOfWeek()) && !this.holidays.contains(date);
	}

}
