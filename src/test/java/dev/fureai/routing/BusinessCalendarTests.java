package dev.fureai.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final BusinessCalendar calendar = new BusinessCalendar(
			TestSettings.routing("calendar.holidays=2026-11-24").calendar());

	@Test
	void workingHoursAreWeekdaysNineToSixInTokyo() {
		assertThat(this.calendar.isOpen(tokyo("2026-11-20T09:00"))).isTrue();
		assertThat(this.calendar.isOpen(tokyo("2026-11-20T17:59"))).isTrue();
		assertThat(this.calendar.isOpen(tokyo("2026-11-20T18:00"))).isFalse();
		assertThat(this.calendar.isOpen(tokyo("2026-11-20T08:59"))).isFalse();
		assertThat(this.calendar.isOpen(tokyo("2026-11-21T12:00"))).as("Saturday").isFalse();
		assertThat(this.calendar.isOpen(tokyo("2026-11-24T12:00"))).as("holiday").isFalse();
		assertThat(this.calendar.isOpen(Instant.parse("2026-11-20T00:30:00Z"))).as("09:30 JST").isTrue();
	}

	@Test
	void workingTimeStopsAtClosingAndResumesAtTheNextOpening() {
		assertThat(this.calendar.plusWorkingTime(tokyo("2026-11-20T10:00"), Duration.ofMinutes(5)))
			.isEqualTo(tokyo("2026-11-20T10:05"));
		assertThat(this.calendar.plusWorkingTime(tokyo("2026-11-20T17:58"), Duration.ofMinutes(5)))
			.as("Friday evening → Monday morning")
			.isEqualTo(tokyo("2026-11-23T09:03"));
		assertThat(this.calendar.plusWorkingTime(tokyo("2026-11-23T17:30"), Duration.ofMinutes(60)))
			.as("Monday evening, Tuesday is a holiday")
			.isEqualTo(tokyo("2026-11-25T09:30"));
		assertThat(this.calendar.plusWorkingTime(tokyo("2026-11-21T03:00"), Duration.ofHours(9)))
			.as("a whole working day from the weekend")
			.isEqualTo(tokyo("2026-11-23T18:00"));
		assertThat(this.calendar.nextOpening(tokyo("2026-11-20T20:00"))).isEqualTo(tokyo("2026-11-23T09:00"));
		assertThat(this.calendar.nextOpening(tokyo("2026-11-20T11:00"))).isEqualTo(tokyo("2026-11-20T11:00"));
	}

	@Test
	void theCalendarIsConfiguration() {
		BusinessCalendar weekend = new BusinessCalendar(TestSettings
			.routing("calendar.days=SATURDAY,SUNDAY", "calendar.opens=10:00", "calendar.closes=12:00",
					"calendar.zone=UTC")
			.calendar());
		assertThat(weekend.isOpen(Instant.parse("2026-11-21T11:00:00Z"))).isTrue();
		assertThat(weekend.isOpen(Instant.parse("2026-11-20T11:00:00Z"))).isFalse();
		assertThat(weekend.plusWorkingTime(Instant.parse("2026-11-21T11:30:00Z"), Duration.ofHours(1)))
			.isEqualTo(Instant.parse("2026-11-22T10:30:00Z"));
	}

	static Instant tokyo(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
	}

}
