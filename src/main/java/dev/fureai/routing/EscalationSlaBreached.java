package dev.fureai.routing;

/**
 * Published when a waiting escalation passed its first-response deadline; the breach is
 * also marked on the row, so the queue shows it.
 *
 * @param escalation the escalation, marked
 */
public record EscalationSlaBreached(Escalation escalation) {

}
