package dev.fureai.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	private final RateLimiter limiter = new RateLimiter(3, new Clock() {
		@Override
		public Instant instant() {
			return RateLimiterTests.this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	});

	@Test
	void refusesTheMessageOverTheLimitWithinAMinute() {
		assertThat(this.limiter.allow("s1")).isTrue();
		assertThat(this.limiter.allow("s1")).isTrue();
		assertThat(this.limiter.allow("s1")).isTrue();
		assertThat(this.limiter.allow("s1")).isFalse();
	}

	@Test
	void eachConnectionHasItsOwnWindow() {
		for (int i = 0; i < 5; i++) {
			this.limiter.allow("flood");
		}
		assertThat(this.limiter.allow("other")).isTrue();
	}

	@Test
	void theWindowSlides() {
		this.limiter.allow("s1");
		this.now = this.now.plusSeconds(30);
		this.limiter.allow("s1");
		this.limiter.allow("s1");
		assertThat(this.limiter.allow("s1")).isFalse();
		this.now = this.now.plus(Duration.ofSeconds(31));
		assertThat(this.limiter.allow("s1")).as("the first message left the window").isTrue();
		assertThat(this.limiter.allow("s1")).isFalse();
	}

	@Test
	void aForgottenConnectionStartsAfresh() {
		for (int i = 0; i < 3; i++) {
			this.limiter.allow("s1");
		}
		this.limiter.forget("s1");
		assertThat(this.limiter.allow("s1")).isTrue();
	}

}
