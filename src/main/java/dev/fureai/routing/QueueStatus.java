package dev.fureai.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Where a waiting customer stands, to tell them (and to update as the queue moves).
 *
 * @param escalation the escalation
 * @param position 1 = next; 0 once a person has taken it
 * @param estimatedWait working time until a person answers, from recent handling times
 * @param expectedBy when to expect an answer, business hours considered
 * @param openNow whether the team is working now
 * @param message what to tell the customer, in Japanese
 * @param zone the team's calendar zone, in which {@code message} states its times
 */
public record QueueStatus(Escalation escalation, int position, Duration estimatedWait, Instant expectedBy,
		boolean openNow, String message, ZoneId zone) {

}
