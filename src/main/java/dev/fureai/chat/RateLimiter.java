package dev.fureai.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages per connection in a sliding minute. Each connection has its own window, so a
 * flooding connection never slows anyone else down.
 */
final class RateLimiter {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int perMinute;

	private final Clock clock;

	private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();

	RateLimiter(int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/** Counts one message of the connection; {@code false} when it is one too many. */
	boolean allow(String connection) {
		Instant now = this.clock.instant();
		Deque<Instant> window = this.windows.computeIfAbsent(connection, (key) -> new ArrayDeque<>());
		synchronized (window) {
			while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(WINDOW))) {
				window.pollFirst();
			}
			if (window.size() >= this.perMinute) {
				return false;
			}
			window.addLast(now);
			return true;
		}
	}

	void forget(String connection) {
		this.windows.remove(connection);
	}

}
