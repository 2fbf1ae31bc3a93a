package dev.fureai.routing;

/**
 * Published when an escalation was claimed, resolved or abandoned: the queue it was in
 * changed, so waiting customers' positions may have moved.
 *
 * @param escalation the escalation as stored now
 */
public record EscalationStatusChanged(Escalation escalation) {

}
