package dev.fureai.routing;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The routing module's clock: the application's {@link Clock} bean when there is one
 * (tests fix it), else the system clock.
 */
@Component
class RoutingClock {

	private final Clock clock;

	RoutingClock(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Clock clock() {
		return this.clock;
	}

}
